package tags

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func codes(tags []Tag) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = t.Code
	}
	return out
}

// TestParseVariants covers the TAGS line variants of docs/tags.md#the-line
// with real lines (cable ids in the names).
func TestParseVariants(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"colon, spaces (08BERLIN122)", "E.O. 12958: DECL: 01/29/2018\nTAGS: PGOV PREL GM\nSUBJECT: WELCOME TO BERLIN\n", []string{"PGOV", "PREL", "GM"}},
		{"no colon, commas (09KABUL2523)", "EO 12958 DECL: 09/15/2019\nTAGS PGOV, PREL, AF\nSUBJECT: X\n", []string{"PGOV", "PREL", "AF"}},
		{"semicolons (10ZAGREB97)", "TAGS PREL;PGOV;KCOR;HU;HR\nSUBJECT: X", []string{"PREL", "PGOV", "KCOR", "HU", "HR"}},
		{"TAG on the E.O. line (09STOCKHOLM194)", "E.O. 12958:  DECL: 03/20/2019 TAG PTER, PGOV, ASEC, EFIN, ENRG, KCIP, SW\nSUBJECT: X", []string{"PTER", "PGOV", "ASEC", "EFIN", "ENRG", "KCIP", "SW"}},
		{"TAGS glued to the E.O. date (05SANAA1352)", "SIPDISE.O. 12958: DECL: 05/21/2015TAGS: PREL PGOV PTER\n", []string{"PREL", "PGOV", "PTER"}},
		{"media version, lower case, SUBJECT on the line (04ANKARA348)", "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. Erdogan goes to washington", []string{"PREL", "PGOV", "PINS", "TU"}},
		{"TAGE", "TAGES:  OIIP, KPAO, PREL, JO\nSUBJECT: X", []string{"OIIP", "KPAO", "PREL", "JO"}},
		{"TAS", "TAS: ECON, ETRD, IS, JO\nSUBJECT: X", []string{"ECON", "ETRD", "IS", "JO"}},
		{"TGS", "TGS: ECON, ETRD\nSUBJECT: X", []string{"ECON", "ETRD"}},
		{"TABS", "TABS: PREL PGOV\nSUBJECT: X", []string{"PREL", "PGOV"}},
		{"AGS", "AGS: PREL PGOV\nSUBJECT: X", []string{"PREL", "PGOV"}},
		{"TAGS,", "TAGS, ASEC, APER, AMGT, PE\nSUBJECT: X", []string{"ASEC", "APER", "AMGT", "PE"}},
		{"trailing comma continues (10BEIJING263)", "TAGS CH, ENRG, KPWR, TPHY,\nTSPL\n\nSUBJECT: PRC", []string{"CH", "ENRG", "KPWR", "TPHY", "TSPL"}},
		{"WORD, continues (06PARTO9)", "TAGS: OVIP RICE CONDOLEEZZA KISL PGOV PHUM LE\nSY, IS\nSUBJECT: X", []string{"OVIP", "RICE, CONDOLEEZZA", "KISL", "PGOV", "PHUM", "LE", "SY", "IS"}},
		{"code line continues (09TRIPOLI1025)", "TAGS: PREL PINS KRAD ENRG\nLY\nSUBJECT: X", []string{"PREL", "PINS", "KRAD", "ENRG", "LY"}},
		{"wrapped subject is not a continuation (06LIMA1452)", "E.O. 12958: DECL: 04/12/2016   TAGS: PGOV PINR PE\nRUN-OFF,\nSEEKS EMBASSY'S ASSISTANCE IN CEMENTING DEMOCRATIC COALITION AGAINST HUMALA\n", []string{"PGOV", "PINR", "PE"}},
		{"lower-case next line is not a continuation", "tags something\nhere", []string{"SOMETHING"}},
		{"parenthesised name on a continuation line", "TAGS: PREL, OVIP,\n(CLINTON, HILLARY), US\nSUBJECT: X", []string{"PREL", "OVIP", "CLINTON, HILLARY", "US"}},
		{"portion mark line ends the value", "TAGS: PREL,\n(U) CLASSIFIED BY: X", []string{"PREL"}},
		{"blank line ends the value", "TAGS: PREL PGOV\n\nEINV\n", []string{"PREL", "PGOV"}},
		{"markdown links (07BEIJING6403)", "TAGS: [PREL](#) [PTER](#) [ZK](#) [XD](#) [CH](#) [RS](#)  \n\nSUBJECT: SCO", []string{"PREL", "PTER", "ZK", "XD", "CH", "RS"}},
		{"HTML links (09STATE122950)", "TAGS: <a href='/tag/MTCRE_0.html'>MTCRE</a> <a href='/tag/GE_0.html'>GE</a>\nSUBJECT: X", []string{"MTCRE", "GE"}},
		{"pilcrow and CRLF", "\u00b6TAGS: PREL PGOV \r\nSUBJECT: X\r\n", []string{"PREL", "PGOV"}},
		{"run-together (PGOVLO, 08BRATISLAVA377)", "TAGS: PREL PGOVLO GG RU LO", []string{"PREL", "PGOV", "LO", "GG", "RS"}},
		{"run-together found by segmentation", "TAGS: PHUMPGOV PRELIZ KPAOKDEM", []string{"PHUM", "PGOV", "PREL", "IZ", "KPAO", "KDEM"}},
		{"English word not split into countries", "TAGS: PREL POLITICS", []string{"PREL", "POLITICS"}},
		{"typos", "TAGS: POGOV MOPPS ESENV KWWMN SYR", []string{"PGOV", "MOPS", "SENV", "KWMN", "SY"}},
		{"SIPDIS dropped", "TAGS: PREL SIPDIS PGOV", []string{"PREL", "PGOV"}},
		{"SIPDIS GUIDANCE kept", "TAGS: KPAO, SIPDIS GUIDANCE", []string{"KPAO", "SIPDIS GUIDANCE"}},
		{"person without comma after OVIP", "TAGS: OVIP CLINTON HILLARY PREL", []string{"OVIP", "CLINTON, HILLARY", "PREL"}},
		{"unknown person after OVIP", "TAGS: OVIP SMITH JOHN PREL UK", []string{"OVIP", "SMITH, JOHN", "PREL", "UK"}},
		{"person with comma in a comma list", "TAGS: PREL, OBAMA, BARACK, US", []string{"PREL", "OBAMA, BARACK", "US"}},
		{"parenthesised person", "TAGS OVIP (STEINBERG, JAMES B.), PREL", []string{"OVIP", "STEINBERG, JAMES B.", "PREL"}},
		{"multi-word tags", "TAGS: PHUM, HUMAN RIGHTS, GAZA DISENGAGEMENT, COUNTER TERRORISM", []string{"PHUM", "HUMAN RIGHTS", "GAZA DISENGAGEMENT", "COUNTERTERRORISM"}},
		{"catalog multi-word organization", "TAGS: EAIR EL AL IS", []string{"EAIR", "EL AL", "IS"}},
		{"function word inside a phrase", "TAGS: PREL, MINISTRY OF DEFENSE", []string{"PREL", "MINISTRY OF DEFENSE"}},
		{"duplicates removed, order kept", "TAGS PHUM, OPRC, OPRC, OPRC, IT, ITPHUM", []string{"PHUM", "OPRC", "IT"}},
		{"page-break header ends the value", "TAGS: PREL, PHUM, TBIO, UNCLASSIFIED    PAGE 02        VATICA  00283  01 OF 05  241033Z VTPREL", []string{"PREL", "PHUM", "TBIO"}},
		{"missing keyword (08BEIJING3662)", "E.O. 12958: N/A\nEFIN, ECON, EINV, PGOV, CH\nSUBJECT: Beijing Welcomes Coordination", []string{"EFIN", "ECON", "EINV", "PGOV", "CH"}},
		{"missing keyword but a sentence", "E.O. 12958: N/A\nTHIS, THAT AND MORE\nSUBJECT: X", []string{}},
		{"no TAGS before paragraph 1", "SUBJECT: X\n\n1. (C) The price tag: high.\nTAGS: PREL\n", []string{}},
		{"empty", "", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, codes(got))
		})
	}
}

func TestParseResultPositions(t *testing.T) {
	in := "UNCLASSIFIED\n\nE.O. 12958: N/A\nTAGS: PREL PGOV KPAL ETRD\nECON, PHUM, RU SUBJECT: MILIBAND'S TRIP\n"
	res, err := (&Parser{FirstLine: 100}).ParseResult(in)
	require.NoError(t, err)
	assert.Equal(t, 103, res.Line)
	assert.Equal(t, 104, res.EndLine)
	assert.Equal(t, "TAGS", res.Label)
	assert.Equal(t, "TAGS: PREL PGOV KPAL ETRD\nECON, PHUM, RU", res.Raw)
	assert.Equal(t, []string{"PREL", "PGOV", "KPAL", "ETRD", "ECON", "PHUM", "RS"}, res.Codes())
	require.Len(t, res.Warnings, 1)
	assert.Equal(t, diag.Warning{Line: 103, Part: "tags", Field: "TAGS", Kind: WarnTypoFixed, Message: `corrected "RU" to "RS"`}, res.Warnings[0])
	assert.Equal(t, `line 103: tags: TAGS: corrected "RU" to "RS"`, res.Warnings[0].String())
	assert.Equal(t, "RU", res.Tags[6].Raw)
}

func TestRawCutWithNonASCII(t *testing.T) {
	res, err := (&Parser{}).ParseResult("Tags: prel, tu Subject: Erdogan’s visit ßß")
	require.NoError(t, err)
	assert.Equal(t, "Tags: prel, tu", res.Raw)
	assert.Equal(t, []string{"PREL", "TU"}, res.Codes())
}

func TestWarnings(t *testing.T) {
	tests := []struct {
		in   string
		want []diag.Kind
	}{
		{"TAGS: PREL", nil},
		{"TAGE: PREL", []diag.Kind{WarnLabelVariant}},
		{"TAGS: POGOV", []diag.Kind{WarnTypoFixed}},
		{"TAGS: PHUMPGOV", []diag.Kind{WarnSplit}},
		{"TAGS: PREL PREL", []diag.Kind{WarnDuplicate}},
		{"TAGS: PREL SIPDIS", []diag.Kind{WarnDropped}},
		{"TAGS: EAID, BA, TAGS: EFIN", []diag.Kind{WarnDropped}},
		{"TAGS: PREL, UNCLASSIFIED PAGE 02 VATICA 00283 01 OF 05 241033Z VTPREL", []diag.Kind{WarnTruncated}},
		{"E.O. 12958: N/A\nEFIN, CH\nSUBJECT: X", []diag.Kind{WarnMissingLabel}},
		{"SUBJECT: X", []diag.Kind{WarnNoTags}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			res, err := (&Parser{}).ParseResult(tt.in)
			require.NoError(t, err)
			var kinds []diag.Kind
			for _, w := range res.Warnings {
				kinds = append(kinds, w.Kind)
			}
			assert.Equal(t, tt.want, kinds)
		})
	}
}

func TestStrict(t *testing.T) {
	p := &Parser{Strict: true, FirstLine: 10}
	tags, err := p.Parse("TAGS: PREL\n")
	require.NoError(t, err)
	assert.Equal(t, []string{"PREL"}, codes(tags))

	tags, err = p.Parse("E.O. 12958: N/A\nTAGS: POGOV, PREL\n")
	require.Error(t, err)
	se, ok := errors.AsType[*diag.StrictError](err)
	require.True(t, ok)
	assert.Equal(t, WarnTypoFixed, se.Warning.Kind)
	var pe *diag.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 11, pe.Line)
	assert.Equal(t, "TAGS", pe.Field)
	assert.Equal(t, `line 11: TAGS: tags: typo-fixed: corrected "POGOV" to "PGOV"`, err.Error())
	assert.Equal(t, []string{"PGOV", "PREL"}, codes(tags), "partial result kept")

	_, err = p.Parse("SUBJECT: nothing here\n")
	assert.ErrorIs(t, err, ErrNoTags)

	_, err = p.ParseLine("PREL PREL")
	assert.ErrorAs(t, err, new(*diag.StrictError))
	assert.False(t, errors.Is(err, ErrNoTags))
}

func TestParseLine(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"PREL PGOV", []string{"PREL", "PGOV"}},
		{"TAGS: PREL, PGOV", []string{"PREL", "PGOV"}},
		{"tags prel pgov", []string{"PREL", "PGOV"}},
		{"OVIP RICE CONDOLEEZZA PREL\nBL, IS", []string{"OVIP", "RICE, CONDOLEEZZA", "PREL", "BL", "IS"}},
		{"OREP AMGT KU COUNTRY\nCLEARANCE", []string{"OREP", "AMGT", "KU", "COUNTRY CLEARANCE"}},
		{"TAGGED PREL", []string{"TAGGED", "PREL"}},
		{"", nil},
	}
	for _, tt := range tests {
		got, err := ParseLine(tt.in)
		require.NoError(t, err)
		if tt.want == nil {
			assert.Empty(t, got, tt.in)
			continue
		}
		assert.Equal(t, tt.want, codes(got), tt.in)
	}
}

func TestTagJSON(t *testing.T) {
	tags, err := ParseLine("POGOV CH")
	require.NoError(t, err)
	b, err := json.Marshal(tags)
	require.NoError(t, err)
	assert.JSONEq(t, `[
		{"code":"PGOV","kind":"subject","meaning":"Political Affairs--Government; Internal Governmental Affairs","raw":"POGOV"},
		{"code":"CH","kind":"geographic","meaning":"China (Mainland)"}]`, string(b))
}

func TestLookup(t *testing.T) {
	tests := []struct {
		code    string
		kind    Kind
		meaning string
		source  string // prefix
	}{
		{"PGOV", KindSubject, "Political Affairs--Government; Internal Governmental Affairs", "WikiLeaks PlusD"},
		{"aemr", KindSubject, "Emergency Planning and Evacuation", "5 FAH-3"},
		{"ENRG", KindSubject, "", "5 FAH-3"}, // the transcribed excerpt is cut
		{"CH", KindGeographic, "China (Mainland)", "WikiLeaks PlusD"},
		{"SZ", KindGeographic, "Switzerland", "FIPS 10-4"},
		{"RS", KindGeographic, "Russia", "FIPS 10-4"},
		{"UR", KindGeographic, "USSR", "FIPS 10-3"},
		{"GE", KindGeographic, "Germany, Federal Republic of", "FIPS 10-3"}, // withdrawn code, no current meaning
		{"TC", KindGeographic, "United Arab Emirates", "FIPS 10-3"},
		{"BM", KindGeographic, "Myanmar", "FIPS 10-4"}, // current meaning over withdrawn Burma
		{"NATO", KindOrganization, "", "heuer/cablemap"},
		{"EU", KindOrganization, "", "usage"}, // not Europa Island, the withdrawn geographic code
		{"UN", KindOrganization, "", "usage"},
		{"AU", KindGeographic, "Austria", "FIPS 10-4"},
		{"OIIP", KindSubject, "International Information Programs", "pdnetworks"},
		{"PTER", KindSubject, "", "heuer/cablemap"}, // only an unidentified paraphrase
		{"ZK", KindGeographic, "", "TAGS lines"},
		{"KDEM", KindProgram, "", ""},
		{"CLINTON, HILLARY", KindPerson, "", "heuer/cablemap"},
		{"GENERAL  MOTORS", KindOrganization, "", "heuer/cablemap"},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			e, ok := Lookup(tt.code)
			require.True(t, ok)
			assert.Equal(t, tt.kind, e.Kind)
			assert.Equal(t, tt.meaning, e.Meaning)
			assert.True(t, strings.HasPrefix(e.Source, tt.source), e.Source)
		})
	}
	_, ok := Lookup("NOSUCHCODE")
	assert.False(t, ok)
}

func TestKindOf(t *testing.T) {
	tests := []struct {
		code string
		want Kind
	}{
		{"PHUM", KindSubject}, {"KIPR", KindProgram}, {"KZZZ", KindProgram},
		{"GE", KindGeographic}, {"QQ", KindGeographic}, {"NASA", KindOrganization},
		{"IAEA", KindOrganization}, {"OPEC", KindOrganization}, {"ICTY", KindOrganization},
		{"OBAMA, BARACK", KindPerson}, {"DOE, JANE", KindPerson},
		{"MXYZ", KindSubject}, {"WXYZ", KindUnknown}, {"THIS IS UNKNOWN", KindUnknown},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, KindOf(tt.code), tt.code)
	}
}

func TestKindText(t *testing.T) {
	for k := KindUnknown; k <= KindPerson; k++ {
		b, err := k.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, k.String(), string(b))
		var back Kind
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, k, back)
	}
	var k Kind
	require.NoError(t, k.UnmarshalText([]byte("geo")))
	assert.Equal(t, KindGeographic, k)
	require.NoError(t, k.UnmarshalText([]byte("org")))
	assert.Equal(t, KindOrganization, k)
	assert.Error(t, k.UnmarshalText([]byte("bogus")))
	_, err := Kind(99).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Kind(99)", Kind(99).String())
}

// TestCatalogData checks fixes.tsv: every row is well-formed and names
// known sources (tags.tsv and extra.tsv: TestDataFiles).
func TestCatalogData(t *testing.T) {
	sources := loadSources()
	for _, f := range tsvRows(fixesTSV, "from") {
		require.Len(t, f, 5, f[0])
		require.NotEmpty(t, f[3], "source of %q", f[0])
		for _, k := range strings.Split(f[3], ";") {
			_, ok := sources[k]
			assert.True(t, ok, "%s: source key %q", f[0], k)
		}
	}
	assert.Greater(t, len(loadCatalog().entries), 1000)
}
