package refs

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The rules that the hand-written REF shortcuts stand in for, as they
// were written before: the patterns and loops themselves.

// labelStartRE is a REF label at the start of a line, maybe after an
// item letter ("A. REF AMMAN 222") or "PROGRAM".
var labelStartRE = regexp.MustCompile(`(?i)^[ \t]*(?:¶[ \t]*)?(\(?[a-z][.)]\)?[ \t]*)?(?:program[ \t]+)?(?:ref(?:s|tels?|erences?)?\b|ref\(s\))[ \t]*([:.]+)?`)

// labelMidRE is a REF label after other text, which needs a colon
// ("...PRIMEREF: A. LONDON 1939"), where "ref" occurs.
var labelMidRE = regexp.MustCompile(`^(?i)ref(?:s|tels?|\(s\))?[ \t]*:`)

// labelStartIndex is labelStart as FindStringSubmatchIndex gives it.
func labelStartIndex(s string) []int {
	m, ok := labelStart(s)
	if !ok {
		return nil
	}
	return m[:]
}

// labelMidEnds returns, for each "ref" of s, the end that labelMidEnd
// gives (got) and the one that labelMidRE gives (want).
func labelMidEnds(s string) (got, want []int) {
	for i := 0; i+3 <= len(s); i++ {
		if !foldAt(s, i, "ref") {
			continue
		}
		got = append(got, labelMidEnd(s, i))
		w := -1
		if m := labelMidRE.FindStringIndex(s[i:]); m != nil {
			w = i + m[1]
		}
		want = append(want, w)
	}
	return got, want
}

// hasRefLoop is hasRef as a byte loop.
func hasRefLoop(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i]|0x20 == 'r' && s[i+1]|0x20 == 'e' && s[i+2]|0x20 == 'f' {
			return true
		}
	}
	return false
}

// skipLineUpper is skipLine on an upper-cased copy of the line.
func skipLineUpper(s string) bool {
	t := strings.ToUpper(strings.TrimSpace(s))
	switch t {
	case "UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "LIMITED OFFICIAL USE", "SIPDIS",
		"C O N F I D E N T I A L", "S E C R E T", "NOFORN":
		return true
	}
	return strings.HasPrefix(t, "PAGE ") && len(t) > 8 && isDigit(t[5])
}

var refShortcutCases = []string{
	"", " ", "1", "1.", "1. (C) SUMMARY", " \t¶1.(SBU) Summary:", "¶ 1 . Summary.", "1.  ", "1.x", "1.\"Quote",
	"1. 2", "11. (C)", "¶¶1. (C)", "1.\t(U)", "A. 1. (C)", "1 .The", "\u00b61. (C)", "1. é",
	"REF: STATE 12", "ref a wellington 721", "  A. REF AMMAN 222", "(A) REFTEL", "¶ b) Refs: x", "PROGRAM REF: 1",
	"SUBJECT: X REF: CAIRO 2178", "PREFERENCE", "THE REFORM", "ſ. REF STATE 1", "\u212a) REF X", "k) ref", "[A] REF",
	"REFERENCES.: A", "Reference STATE 1", "REFTEL A", "refs", "refſ", "refſx", "REFSX: 1", "REF(S): A", "ref(s):", "(A.) REF:",
	"(A)) REF", "PROGRAMREF", "PROGRAM  REF...", "¶  (b) program\tref.:.x", "ref_", "ref1", "reftel_", "reference(ſ)", "RErEF: x",
	"PRIMEREF: A", "x refs : y", "REFTELS:", "ref(ſ):", "REF(S) :", "ref(s", "ref(ſ", "REFTE:",
	"UNCLAſ1234", "  C O N F I D E N T I A L ROME 01196", "Secretary 12345", "TD314/123456-07", "TD-314/12345-07x",
	"UNCLASSIFIED", " unclas ", "Confidential", "S E C R E T", "s e c r e t", "sipdis", "NOFORN\t", "ſecret",
	"SECRET ", "unclaſſified", "page 02 rome 01196", "PAGE 2", "PAGE 02X", "Page 1 of 2", "lımıted offıcıal use",
	"LIMITED OFFICIAL USE", "confidential.", "ı", "\xffSECRET", "¶B. 09 THE HAGUE 0238", "¶ SECRET", "page 0\u023f",
	"PAGE 12\u023f", "page 02 ¶ rome", "ſIPDIſ", "\u00a0NOFORN\u0085",
}

// wordCases are word spellings for wordUp.
var wordCases = []string{
	"A", "a", "A.", "b.", "ST.", "ST", "St.", "STATE", "Geneva", "N'DJAMENA", "0TTAWA", "SANTIAG0", "A.B.",
	"U.S.", "E-MAIL", "Z.", "z", "0", "0.", ".", "AB0.", "ABC..", "",
}

func TestRefShortcuts(t *testing.T) {
	for _, s := range refShortcutCases {
		assert.Equal(t, hasRefLoop(s), hasRef(s), "hasRef %q", s)
		assert.Equal(t, skipLineUpper(s), skipLine(s), "skipLine %q", s)
		if !mayBeTDNumber(s) {
			assert.False(t, tdNumberRE.MatchString(s), "mayBeTDNumber %q", s)
		}
		assert.Equal(t, labelStartRE.FindStringSubmatchIndex(s), labelStartIndex(s), "labelStart %q", s)
		got, want := labelMidEnds(s)
		assert.Equal(t, want, got, "labelMidEnd %q", s)
	}
	for _, s := range []string{"REF: X", "A. REF X", "(A) REF", "PROGRAM REF", "ſ. REF X", "\u212a) REF X", "refſ: x", "REF(S): X"} {
		_, ok := labelStart(s)
		assert.True(t, ok, s)
	}
	for _, s := range []string{"PRIMEREF: A", "x refs : y", "REFTELS:", "ref(ſ):", "REF(S) :"} {
		assert.Positive(t, findMidLabel(s), s)
	}
	for _, s := range []string{"TD-314/65216-07", "314/07696-07 X"} {
		assert.True(t, mayBeTDNumber(s), s)
		assert.True(t, tdNumberRE.MatchString(s), s)
	}
	for _, s := range []string{"UNCLASSIFIED", "ſecret", "page 02 rome"} {
		assert.True(t, skipLine(s), s)
	}
	for _, w := range append(wordCases, refShortcutCases...) {
		assert.Equal(t, compactLetters(w), wordUp(w), "wordUp %q", w)
	}
}

// FuzzRefShortcuts checks the hand-written REF shortcuts against the rules
// they stand in for: hasRef against the
// byte loop, skipLine against the comparison of an upper-cased copy,
// wordUp against compactLetters, labelStart against labelStartRE,
// labelMidEnd against labelMidRE; a line that mayBeTDNumber rules out
// never matches tdNumberRE.
func FuzzRefShortcuts(f *testing.F) {
	for _, s := range append(refShortcutCases, wordCases...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasRef(s), hasRefLoop(s); got != want {
			t.Fatalf("hasRef(%q) = %v, want %v", s, got, want)
		}
		if got, want := skipLine(s), skipLineUpper(s); got != want {
			t.Fatalf("skipLine(%q) = %v, want %v", s, got, want)
		}
		if !mayBeTDNumber(s) && tdNumberRE.MatchString(s) {
			t.Fatalf("%q matches tdNumberRE but mayBeTDNumber rules it out", s)
		}
		if got, want := wordUp(s), compactLetters(s); got != want {
			t.Fatalf("wordUp(%q) = %q, want %q", s, got, want)
		}
		if got, want := labelStartIndex(s), labelStartRE.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("labelStart(%q) = %v, want %v", s, got, want)
		}
		if got, want := labelMidEnds(s); !slices.Equal(got, want) {
			t.Fatalf("labelMidEnd(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestIDAppendTo checks that ID.appendTo, which String and the REF parser
// use, appends the canonical form after what dst holds (nothing for an
// incomplete id), past the size of String's stack buffer too.
func TestIDAppendTo(t *testing.T) {
	tests := []struct {
		id   ID
		want string
	}{
		{ID{}, ""},
		{ID{Year: 2008, Station: "TRIPOLI", Serial: 564}, "08TRIPOLI564"},
		{ID{Year: 1975, Station: "DACCA", Serial: 292}, "75DACCA292"},
		{ID{Year: 2000, Station: "X", Serial: 1}, "00X1"},
		{ID{Year: -1, Station: "ROME", Serial: 1}, ""},
		{ID{Year: 2008, Station: "ROME"}, ""},
		{ID{Year: 5, Station: "STATE", Serial: 123456789012}, "05STATE123456789012"},
		{ID{Year: 12345, Station: "A_VERY_LONG_STATION_NAME_PAST_THE_FORTY_EIGHT_BYTES_OF_THE_BUFFER", Serial: 7},
			"45A_VERY_LONG_STATION_NAME_PAST_THE_FORTY_EIGHT_BYTES_OF_THE_BUFFER7"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.id.String(), "%+v", tt.id)
		assert.Equal(t, "x"+tt.want, string(tt.id.appendTo([]byte("x"))), "%+v", tt.id)
	}
}
