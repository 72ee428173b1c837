package refs

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseRefs runs p over text and returns the references and warnings.
func parseRefs(t testing.TB, p Parser, text string) ([]Reference, diag.List) {
	t.Helper()
	r, err := p.Parse(text)
	require.NoError(t, err)
	return r.References, r.Warnings
}

// refIDs returns the ids of refs, "-" for non-cable items.
func refIDs(refs []Reference) []string {
	out := make([]string, 0, len(refs))
	for _, r := range refs {
		if r.ID == "" {
			out = append(out, "-"+string(r.Kind))
			continue
		}
		out = append(out, r.ID)
	}
	return out
}

// Real REF lines (dev corpus variants) and the ids
// they cite.
func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		year int
		self string
		want []string
	}{
		{"one line enumerated", "REF: A. 99 PRETORIA 12315  B. 99 PRETORIA 12316  C. 00 PRETORIA 9150  D. 00 CAPE TOWN 2150  E. PRETORIA 425", 2001, "",
			[]string{"99PRETORIA12315", "99PRETORIA12316", "00PRETORIA9150", "00CAPETOWN2150", "01PRETORIA425"}},
		{"REF. with received-copy page header", "REF. STATE 184178 \n                       CONFIDENTIAL \n \nPAGE 02        VATICA  05693  01 OF 02  021700Z \n \nCLASSIFIED BY AMBASSADOR. REASON 1.5(B,D). \n", 2001, "",
			[]string{"01STATE184178"}},
		{"doubled enumerators", "REF: A. A) SECSTATE 96300\n¶B. B) MADRID 2114\n¶C. C) 2004 MADRID 4554\n\nClassified By: X", 2005, "",
			[]string{"05STATE96300", "05MADRID2114", "04MADRID4554"}},
		{"csv backslashes", "REF: A) BOGOTA 11207 B) BOGOTA 11205 C) BOGOTA 10728 \\\n \\\nClassified By: Ambassador \\", 2004, "",
			[]string{"04BOGOTA11207", "04BOGOTA11205", "04BOGOTA10728"}},
		{"page break inside", "REF: TASHKENT 465 \\\n \\\nTASHKENT 00000902  001.2 OF 002 \\\n \\\n \\\nClassified By: AMB. \\", 2006, "",
			[]string{"06TASHKENT465"}},
		{"anchors of WikiLeaks pages", "REF: A. AMMAN 4559\n<a id='parB' href='#parB'>¶</a>B. AMMAN 4676\n\nClassified By: Ambassador", 2007, "",
			[]string{"07AMMAN4559", "07AMMAN4676"}},
		{"Ref A: form", "Ref A:  Geneva 2373; Ref B:  Geneva 2355 \\\n \\\n¶1.  Summary:  The", 2007, "",
			[]string{"07GENEVA2373", "07GENEVA2355"}},
		{"REF A bare form", "REF A 09 CAIRO 074 REF B 08 CAIRO 784 Sensitive but Unclassified. Please handle accordingly.", 2009, "",
			[]string{"09CAIRO74", "08CAIRO784"}},
		{"compact ids", "REF: A) 09CAIRO2189 B) 08CAIRO01352 C) 09CAIRO2371", 2009, "",
			[]string{"09CAIRO2189", "08CAIRO1352", "09CAIRO2371"}},
		{"e-mail item kept", "REF: A. STATE 124823\n     ¶B. GUHA-CARTER E-MAIL (07SEP07)\n     ¶C. BERN 860\n\nClassified By: X", 2007, "",
			[]string{"07STATE124823", "-email", "07BERN860"}},
		{"TD report numbers", "REF: A. 314/07696-07 \n¶B. MEXICO 002071 \n", 2009, "",
			[]string{"-report", "09MEXICO2071"}},
		{"telcon item not split", "REF: TELCON:  O. MOSS:  CA/OCS RYAN HALEY; AF DUTY, CHRIS LAMORA; \nCMS, DOUG KONEFF \n \n¶1.  In the early", 2009, "",
			[]string{"-tel"}},
		{"derived from ends the block", "REF: 10 STATE 9124; STATE 120288 DERIVED FROM: Derived from previous message. ", 2010, "",
			[]string{"10STATE9124", "10STATE120288"}},
		{"a year is no serial", "REF: BRASILIA 09 MDA 839 CLASSIFIED BY: Alex", 2009, "",
			[]string{"-other"}},
		{"truncated item dropped", "REF: A. SECSTATE 87254 \n     ¶B. BRATIS...\n", 2008, "",
			[]string{"08STATE87254"}},
		{"portion-marked paragraph ends the block", "REF: 2010 STATE 6668 \n\n(U) THIS CABLE IS SENSITIVE BUT UNCLASSIFIED AND NOT FOR INTERNET DISTRIBUTION. \n", 2010, "",
			[]string{"10STATE6668"}},
		{"1960s circular and airgram", " REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966 ", 1966, "",
			[]string{"66STATE106206", "-other"}},
		{"colon separated", "REF: TEHRAN 1091: TEHRAN 263: MOSCOW 1603 ", 1972, "",
			[]string{"72TEHRAN1091", "72TEHRAN263", "72MOSCOW1603"}},
		{"self reference dropped", "REF: TRIPOLI 227  TRIPOLI 564 \n", 2008, "08TRIPOLI564",
			[]string{"08TRIPOLI227"}},
		{"bare serial of the citing station", "REF: A) 6307 B) STATE 285773 ", 2003, "03ANKARA7000",
			[]string{"03ANKARA6307", "03STATE285773"}},
		{"bare serial higher than own is not guessed", "REF: 239012 \n\nClassified By: X", 2004, "04THEHAGUE3156",
			[]string{"-other"}},
		{"inherited station", "REF: A. MANILA 2969 \n     ¶B. 2962 AND PREVIOUS \n ", 2006, "",
			[]string{"06MANILA2969", "06MANILA2962"}},
		{"comma continuation", "REF: PARIS 1501, 1568 AND 1698", 2008, "",
			[]string{"08PARIS1501", "08PARIS1568", "08PARIS1698"}},
		{"date after station is no citation", "REF: PARIS 12 MAY 2008 MEETING", 2008, "",
			[]string{"-other"}},
		{"paragraph reference is no citation", "REF: PARAS 3 AND 4 OF THE NON-PAPER", 2008, "",
			[]string{"-other"}},
		{"one reference per item", "REF: A. STATE 1234 B. STATE 1234, 1234", 2008, "",
			[]string{"08STATE1234", "08STATE1234"}},
		{"a repeated block adds nothing", "REF: A. STATE 1234 B. STATE 1234\n\nREF: A. STATE 1234 B. STATE 1234", 2008, "",
			[]string{"08STATE1234", "08STATE1234"}},
		{"not a label", "REFORM OF THE JUDICIARY: STATE 1234\n", 2008, "", []string{}},
		{"reftel in a sentence", "As requested reftel, Post provides STATE 1234 details.\n", 2008, "", []string{}},
		{"no refs", "Ref:      None                                                   \n______\n", 2003, "", []string{}},
		{"stops at paragraph 1", "SUBJECT: X\n\n1. (C) Summary: REF: STATE 1234 was read.\n", 2008, "", []string{}},
		{"two REF blocks", "REF: A. 08 STATE 81854\n\n\nS e c r e t nairobi 001938\n\nSUBJECT: X\n\nREF: A. NAIROBI 1830 B. NAIROBI 1859\n\nClassified By: X", 2009, "",
			[]string{"08STATE81854", "09NAIROBI1830", "09NAIROBI1859"}},
		{"CRLF", "REF: A. STATE 1\r\n¶B. STATE 2\r\n\r\nClassified By: X\r\n", 2008, "",
			[]string{"08STATE1", "08STATE2"}},
		{"markdown links", "REF: A. [STATE](#) 1234\n", 2008, "",
			[]string{"08STATE1234"}},
		{"Classified By glued to a serial", "REF: A. MANAMA 510 B. MANAMA 651Classified By: CDA Christopher Henzel", 2009, "",
			[]string{"09MANAMA510", "09MANAMA651"}},
		{"paragraph 1 on the REF line", "REF: SECSTATE 165115 1. Post grants country clearance for the visit", 2006, "",
			[]string{"06STATE165115"}},
		{"paragraph 1 glued", "SUBJECT: FRAUD SUMMARY REF: 08 STATE 74840 TRIPOLI 00000772 001.2 OF 003 1.The following responses are keyed to reftel.\n\na. COUNTRY CONDITIONS: Fraud Level: Low.", 2009, "",
			[]string{"08STATE74840"}},
		{"REF.: and REF...", "REF.: BRASILIA 03286 AND PREVIOUS \n \nREF...04 CHENNAI 575\n", 2005, "",
			[]string{"05BRASILIA3286", "04CHENNAI575"}},
		{"truncated preview label", "REF:...\n\n\n\n74802,8/14/2006 15:43,06THEHAGUE1782,\"Embassy The\n", 2006, "", []string{}},
		{"Ref in body text is no label", "(SBU) The following information is keyed to the questions in\nRef A.  Ref B was Post's September response to similar\n", 2006, "", []string{}},
		{"out-of-sequence item after a blank line", "REF: A. SECSTATE 114420 B. LONDON 2738\n\n ¶I. Key Objectives and Priorities (SBU) The UK strongly supports\n", 2008, "",
			[]string{"08STATE114420", "08LONDON2738"}},
		{"(SUBJ: ...) inside an item", "REF: A. PARIS 1501\n¶B. HOTR WASHINGTON DC//USDAO PARIS (SUBJ: IIR 6 832\n0617 08)\n", 2008, "",
			[]string{"08PARIS1501", "-report"}},
		{"year between station and serial", "REF: SECSTATE 06 163201", 2007, "",
			[]string{"06STATE163201"}},
		{"station glued to serial", "REF: A. ASHGABAT687 B. STATE085363", 2009, "",
			[]string{"09ASHGABAT687", "09STATE85363"}},
		{"two-digit serial with a zero", "REF: A. LAGOS 04 B. REYKJAVIK 01 AND 02", 2009, "",
			[]string{"09LAGOS4", "09REYKJAVIK1", "09REYKJAVIK2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := parseRefs(t, Parser{Year: tt.year, Self: tt.self}, tt.in)
			assert.Equal(t, tt.want, refIDs(got))
		})
	}
}

func TestParseDetails(t *testing.T) {
	in := "SUBJECT: X\n\nREF: A. BRASILIA 2799 AND 2764\n     ¶B. 2004 HUMAN RIGHTS REPORT FOR PANAMA\n     ¶C. BRASILA 931\n\nClassified By: X\n"
	got, warns := parseRefs(t, Parser{Year: 2004, FirstLine: 10}, in)
	want := []Reference{
		{Label: "A", ID: "04BRASILIA2799", Kind: Cable, Text: "BRASILIA 2799 AND 2764", Line: 12},
		{Label: "A", ID: "04BRASILIA2764", Kind: Cable, Text: "BRASILIA 2799 AND 2764", Line: 12},
		{Label: "B", Kind: Report, Text: "2004 HUMAN RIGHTS REPORT FOR PANAMA", Line: 13},
		{Label: "C", ID: "04BRASILIA931", Kind: Cable, Text: "BRASILA 931", Line: 14},
	}
	assert.Equal(t, want, got)
	require.Len(t, warns, 1)
	assert.Equal(t, diag.Warning{Line: 14, Part: "references", Field: "REF", Kind: WarnStationSpelling, Message: "station BRASILA read as BRASILIA"}, warns[0])

	got, warns = parseRefs(t, Parser{}, "REF: STATE 1234\n")
	require.Len(t, got, 1)
	assert.Equal(t, Cable, got[0].Kind)
	assert.Empty(t, got[0].ID, "no year, no id")
	require.Len(t, warns, 1)
	assert.Equal(t, WarnBadReferenceID, warns[0].Kind)

	got, warns = parseRefs(t, Parser{Self: "08TRIPOLI564"}, "REF: TRIPOLI 564\n")
	assert.Empty(t, got)
	require.Len(t, warns, 1)
	assert.Equal(t, WarnSelfReference, warns[0].Kind)

	_, warns = parseRefs(t, Parser{Year: 2008}, "REF:\n\nClassified By: X\n")
	require.Len(t, warns, 1)
	assert.Equal(t, WarnBadReference, warns[0].Kind)
}

func TestKindOf(t *testing.T) {
	tests := map[string]Kind{
		"E-Mail Tralala":                       Email,
		"MYRIAD POST-DEPARTMENT E-MAILS":       Email,
		"WILSON/MACK TELECON":                  Tel,
		"7 FAM 180":                            Book,
		"OSC EUP20080707950031":                Report,
		"TD-314/65216-07":                      Report,
		"2004 HUMAN RIGHTS REPORT FOR PANAMA":  Report,
		"SECDEF MSG DTG 301601z SEP 08":        Other,
		"EXP.LIC. D328589":                     Other,
		"ROME DAILY REPORT 12/4/09 AND E-MAIL": Email,
	}
	for in, want := range tests {
		assert.Equal(t, want, kindOf(in), in)
	}
}

// TestParseGolden parses real REF blocks cut from dev-corpus
// cables (testdata/blocks, first line "# <id> <year> ...") and
// compares with testdata/golden/<id>.json (reviewed by eye).
func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/blocks/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			head, body, _ := strings.Cut(string(b), "\n")
			f := strings.Fields(head)
			require.GreaterOrEqual(t, len(f), 3, head)
			year := 0
			for _, c := range f[2] {
				year = year*10 + int(c-'0')
			}
			p := Parser{Year: year, Self: f[1], FirstLine: 2}
			r, err := p.Parse(body)
			require.NoError(t, err)
			golden.JSON(t, filepath.Join("testdata", "golden", name+".json"), r)
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"REF: A. STATE 12345 B. 08BEIJING1234",
		"REF: A) 08 RIO DE JAN 138; B) 08 RIO DE JAN 0044 and previous",
		"REF: A. A) BERN 1253 \\\n \\\n     B. B) GENEVA 1633 \\\n",
		"REFS: (1) 2005 RIO DE JANEIRO 1143, (2) 2005 BRASILIA 03242",
		"REF: TRIPOLI 227  TRIPOLI 00000564  001.2 OF 002   CLASSIFIED BY: Chris",
		"Ref: [A] State 188314, 259032, [B] Ottawa 2285",
	} {
		f.Add(s, 2008)
	}
	f.Fuzz(func(t *testing.T, s string, year int) {
		opt := Parser{Year: year % 3000, Self: "08TRIPOLI564", FirstLine: 5}
		refs, warns := parseRefs(t, opt, s)
		lines := strings.Count(s, "\n") + strings.Count(s, "\r") + 1
		for _, r := range refs {
			if !utf8.ValidString(r.Text) && utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 text %q", r.Text)
			}
			if r.Line < 5 || r.Line >= 5+lines {
				t.Fatalf("line %d outside the input (%d lines)", r.Line, lines)
			}
			if r.Kind == Cable && r.ID != "" {
				if _, err := ParseID(r.ID); err != nil {
					t.Fatalf("bad id %q: %v", r.ID, err)
				}
			}
			if r.Kind != Cable && r.ID != "" {
				t.Fatalf("non-cable reference with id %+v", r)
			}
		}
		for _, w := range warns {
			if w.Line < 5 || w.Line >= 5+lines {
				t.Fatalf("warning line %d outside the input", w.Line)
			}
		}
		again, _ := parseRefs(t, opt, s)
		if len(again) != len(refs) {
			t.Fatalf("not deterministic")
		}
		if !strings.Contains(s, "\r") {
			crlf, _ := parseRefs(t, opt, strings.ReplaceAll(s, "\n", "\r\n"))
			if strings.Join(refIDs(crlf), " ") != strings.Join(refIDs(refs), " ") {
				t.Fatalf("CRLF changes the result: %v vs %v", refIDs(crlf), refIDs(refs))
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("testdata/blocks/09THEHAGUE418.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	p := &Parser{Year: 2009}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.Parse(text)
	}
}

// A strict Parser returns its first warning as a *diag.ParseError wrapping
// a *diag.StrictError, with the result; a lenient one returns no error.
func TestParseStrict(t *testing.T) {
	in := "SUBJECT: ZORBLAND TRADE\nREF: A. STATE 4711\n¶B. PARIS 815\n"
	for _, strict := range []bool{false, true} {
		r, err := (&Parser{Strict: strict, FirstLine: 3}).Parse(in)
		require.NotNil(t, r)
		assert.Len(t, r.References, 2)
		require.Len(t, r.Warnings, 2, "no year: no ids")
		if !strict {
			assert.NoError(t, err)
			continue
		}
		var pe *diag.ParseError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, 4, pe.Line)
		var se *diag.StrictError
		require.ErrorAs(t, err, &se)
		assert.Equal(t, WarnBadReferenceID, se.Warning.Kind)
		assert.Equal(t, r.Warnings[0], se.Warning)
	}
}
