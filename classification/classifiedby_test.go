package classification

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// "Classified By" lines from the dev corpus (cable ids in comments) and
// docs/classification.md#classified-by.
func TestParseClassifiedBy(t *testing.T) {
	tests := []struct {
		in      string
		names   []string
		title   string
		reasons string // section+letters, e.g. "1.4bd"
		derived string
	}{
		{"Classified By: Political Minister Counselor Aubrey Carlson. Reasons 1.4 (b/d).", []string{"Aubrey Carlson"}, "Political Minister Counselor", "1.4bd", ""},
		// 01PRETORIA1173
		{"CLASSIFIED BY AMBASSADOR DELANO E. LEWIS. REASONS 1.5 (B) AND (D).", []string{"DELANO E. LEWIS"}, "AMBASSADOR", "1.5bd", ""},
		// 01VATICAN5693: title only
		{"CLASSIFIED BY AMBASSADOR. REASON 1.5(B,D). ", nil, "AMBASSADOR", "1.5bd", ""},
		// 03THEHAGUE2113: wrapped "a\nnd"
		{"Classified By: Acting Economic Counselor Todd Kushner. Reason 1.5(b) a \nnd (d) ", []string{"Todd Kushner"}, "Acting Economic Counselor", "1.5bd", ""},
		// 09CARACAS1551: surname first, then title, agency
		{"CLASSIFIED BY: DUDDY, AMBASSADOR, DOS, AMB; REASON: 1.4(B), (D)", []string{"DUDDY"}, "AMBASSADOR, DOS, AMB", "1.4bd", ""},
		// 08REYKJAVIK199: particle
		{"Classified By: Amb. Carol van Voorst for reasons 1.4 (b) and (d)", []string{"Carol van Voorst"}, "Amb", "1.4bd", ""},
		// 09BERN169: initial run into the surname
		{"Classified By: POL/E Counselor R.Rorvig, reasons 1.4 (b) and (d)", []string{"R.Rorvig"}, "POL/E Counselor", "1.4bd", ""},
		// 09STATE63860
		{"Classified By: Derived from Multiple Sources", nil, "", "", "Multiple Sources"},
		// 06MEXICO5607: suffix without comma
		{"Classified By: AMBASSADOR ANTONIO O. GARZA JR FOR REASONS 1.4 (B,D) ", []string{"ANTONIO O. GARZA JR"}, "AMBASSADOR", "1.4bd", ""},
		// 06MOSCOW9533
		{"Classified By: Deputy Chief of Mission Daniel A. Russell. Reason 1.4 ( b, d)", []string{"Daniel A. Russell"}, "Deputy Chief of Mission", "1.4bd", ""},
		// 09MONROVIA188: "a nd"
		{"Classified By: Ambassador Linda Thomas-Greenfield for Reasons 1.4 (b) a nd (d).", []string{"Linda Thomas-Greenfield"}, "Ambassador", "1.4bd", ""},
		// 04ANKARA348 (media copy)
		{"(U) Classified by Ambassador Eric Edelman; reasons: 1.5 (b,d).", []string{"Eric Edelman"}, "Ambassador", "1.5bd", ""},
		// Sison: reasons on the next line after a full stop
		{"Classified By: Ambassador Michele J. Sison. \nFor reasons 1.4 (a), (b), and (d). ", []string{"Michele J. Sison"}, "Ambassador", "1.4abd", ""},
		{"Classified By: DCM Carol Urban, Reasons 1.4 b/d/h \\", []string{"Carol Urban"}, "DCM", "1.4bdh", ""},
		{"Classified By: Deputy Chief of Mission J. Robert Manzanares; Reasons 1.\n4 (B) and (D).", []string{"J. Robert Manzanares"}, "Deputy Chief of Mission", "1.4bd", ""},
		{"Classified By: ESTOff Trevor Evans for reasons 1.4 (d) and (e):", []string{"Trevor Evans"}, "ESTOff", "1.4de", ""},
		{"CLASSIFIED BY: POLITICAL MC THOMAS COUNTRYMAN  REASON: 1.5 (B) \nAND (D). \n                       CONFIDENTIAL ", []string{"THOMAS COUNTRYMAN"}, "POLITICAL MC", "1.5bd", ""},
		{"1.  CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY SECTION 1.5 (B)\nAND (D).  NIACT PRECEDENCE BECAUSE OF GOVERNMENT CRISIS IN\nISRAEL.", nil, "", "1.5bd", ""},
		{"Classified By: Political Counselor Alexander Margulies.  Reason: 1.4(d)   .      ", []string{"Alexander Margulies"}, "Political Counselor", "1.4d", ""},
		// 09BOGOTA3035: letters wrapped onto a line that looks like a marking
		{"CLASSIFIED BY: William R. Brownfield, Ambassador; REASON: 1.4(B), \n(C), (D) \n\nSUMMARY ", []string{"William R. Brownfield"}, "Ambassador", "1.4bcd", ""},
		// 09TRIPOLI260: a blank line inside the title
		{"CLASSIFIED BY: Gene A. Cretz, Ambassador, Embassy Tripoli, \n\nDepartment of State. REASON: 1.4 (b), (d)\n", []string{"Gene A. Cretz"}, "Ambassador, Embassy Tripoli, Department of State", "1.4bd", ""},
		{"Classified By: Amb. Edward W. Gnehm for reasons 1.5 (b) (d)\n-------\nSUMMARY", []string{"Edward W. Gnehm"}, "Amb", "1.5bd", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			cb, ok := ParseClassifiedBy(tt.in)
			require.True(t, ok)
			assert.Equal(t, tt.names, cb.Names)
			assert.Equal(t, tt.title, cb.Title)
			assert.Equal(t, tt.derived, cb.DerivedFrom)
			got := ""
			for i, r := range cb.Reasons {
				if i == 0 {
					got = r.Section
				}
				got += r.Letter
				assert.Equal(t, ReasonMeaning(r.Section, r.Letter), r.Meaning)
			}
			assert.Equal(t, tt.reasons, got)
		})
	}
}

func TestParseClassifiedByMeaning(t *testing.T) {
	cb, ok := ParseClassifiedBy("Classified By: Ambassador Glyn T. Davies for reasons 1.4 b and d")
	require.True(t, ok)
	require.Len(t, cb.Reasons, 2)
	assert.Equal(t, Reason{Section: "1.4", Letter: "b", Meaning: "foreign government information"}, cb.Reasons[0])
	assert.Contains(t, cb.Reasons[1].Meaning, "foreign relations")
	assert.Equal(t, "Classified By: Ambassador Glyn T. Davies for reasons 1.4 b and d", cb.Raw)
}

func TestParseClassifiedByNone(t *testing.T) {
	for _, in := range []string{"", "SUBJECT: CLASSIFIED INFORMATION", "the documents were classified but", "1. (C) Summary: nothing here."} {
		_, ok := ParseClassifiedBy(in)
		assert.False(t, ok, in)
	}
}

// The corrected-copy note "CLASSIFIED BY LINE ADDED" is not the line.
func TestParseClassifiedBySkipsCorrectedCopyNote(t *testing.T) {
	in := "C O N F I D E N T I A L TEL AVIV 004462 \n \n- - C O R R E C T E D  C O P Y - - CLASSIFIED BY LINE ADDED \n \nE.O. 12958: DECL: 08/24/05 \n\nCLASSIFIED BY DCM PSIMONS PER 1.5 (B) AND (D).\n"
	cb, ok := ParseClassifiedBy(in)
	require.True(t, ok)
	assert.Equal(t, []string{"PSIMONS"}, cb.Names)
	assert.Equal(t, "DCM", cb.Title)
}

func TestScanLetters(t *testing.T) {
	tests := map[string][]string{
		" (b/d).":             {"b", "d"},
		"(B) AND (D)":         {"b", "d"},
		" (b)(d) and more":    {"b", "d"},
		" b and d. Next":      {"b", "d"},
		" (b,d)":              {"b", "d"},
		"(b&d)":               {"b", "d"},
		" ( \nb/b)":           {"b"},
		" (c \n) and (d)":     {"c", "d"},
		" C.":                 {"c"},
		"(b+`ald$hd":          {"b"},
		" (B  AND D) ":        {"b", "d"},
		" (b) a \nnd (d)":     {"b", "d"},
		" (A), \n(B) AND (D)": {"a", "b", "d"},
		"":                    nil,
		" summary":            nil,
	}
	for in, want := range tests {
		assert.Equal(t, want, scanLetters(in), in)
	}
}

// endsWithAndCases are texts on both sides of endsWithAnd.
var endsWithAndCases = []string{"DCM X AND", "a and", "and", " and", "x AnD", "xand", "a\tand", "a and ", "\u212a and", "a \u0130nd", "İ and"}

func TestEndsWithAnd(t *testing.T) {
	assert.True(t, endsWithAnd("POL COUNSELOR JOHN DOE AND"))
	assert.False(t, endsWithAnd("POL COUNSELOR JOHN DOE, RAND"))
	for _, s := range endsWithAndCases {
		assert.Equal(t, strings.HasSuffix(strings.ToLower(s), " and"), endsWithAnd(s), "%q", s)
	}
}

// FuzzEndsWithAnd: endsWithAnd answers as the lower-cased copy does.
func FuzzEndsWithAnd(f *testing.F) {
	for _, s := range endsWithAndCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := endsWithAnd(s), strings.HasSuffix(strings.ToLower(s), " and"); got != want {
			t.Fatalf("endsWithAnd(%q) = %v, the lower-cased copy says %v", s, got, want)
		}
	})
}
