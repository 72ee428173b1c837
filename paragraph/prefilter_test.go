package paragraph

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/stretchr/testify/assert"
)

// prefiltered lists the wrapped marker regexps, each with the plain regexp
// it must agree with.
func prefiltered() map[string][2]finder {
	out := map[string][2]finder{}
	for name, f := range map[string]interface {
		finder
		String() string
	}{
		"summaryMid": summaryMidRE, "summaryEnd": summaryEndRE, "commentMid": commentMidRE,
		"commentEnd": commentEndRE, "textEnd": textEndRE, "actionEnd": actionEndRE,
		"textOpen": textOpenRE, "commentOpen": commentOpenRE, "naraReview": naraReviewRE,
		"ssnLine": ssnLineRE, "headerLine": headerLineRE, "signerDebris": signerDebrisRE,
	} {
		out[name] = [2]finder{f, regexp.MustCompile(f.String())}
	}
	return out
}

var prefilterCases = []string{
	"TALKS ON TRADE REF: STATE 12", "VISIT Classified By: Amb", "x\tSENSITIVE BUT UNCLASSIFIED", "PLAN  C O N F I D E N T I A L",
	"", "END", "end comment", "END COMMENT.", "Embassy comment: the", "(COMMENT: THE MINISTER)",
	"THE END OF THE YEAR. END SUMMARY.", "END\nSUMMARY", "VENDOR END SUMMARY", "WEEKEND COMMENT",
	"2. (C) SUMMARY: LIBYA'S", "REASON: 1.4 (b), (d) 1. (C) Summary:  Libya's", "end of text", "END TEXT.",
	"End Action Request", "END OF ACTION REQUESTS.", "BEGIN TEXT: QUOTE", "said. Comment - it is",
	"extended comment — no", "ſummary: x 1. (U) ſUMMARY: y", "blend end_ END  comments", "\u212aEND COMMENT",
	"END \u212aEY COMMENT", "END\tOF\tEMBASSY COMMENT", "a. COMMENT\f: x", "xEND SUMMARY END SUMMARY",
	"Review 12 JAN 2009", "REVIEW 1 FEB 1977", "#1234", "GP-3", "BT", "ZZ", "XXXX", "xxx", "...", "…",
	"RUEHC/SECSTATE WASHDC IMMEDIATE 2350", "FM AMEMBASSY ROME", "O 151153Z NOV 05", "Telegram",
	"R 2 P 151153Z NOV 05", "RICE 0 12/23/2007 .", "STEVENS NNNN", "CHACON ...", "CHACON . . .", "WOLFF \\n",
	"WOLFF \\n .", "x ….", "12/23/2007", "BEGIN TEXT", "begin embassy text:", "Post comment: yes",
	"usun COMMENT CONTINUED.", "Embassy's comment", "CONSULATE\tCOMMENT—",
}

func TestPrefilteredMatchesRegexp(t *testing.T) {
	for name, f := range prefiltered() {
		for _, s := range prefilterCases {
			assert.Equal(t, f[1].FindStringIndex(s), f[0].FindStringIndex(s), "%s %q", name, s)
		}
	}
}

func TestIndexFold(t *testing.T) {
	assert.Equal(t, 4, indexFold("THE END", "end"))
	assert.Equal(t, 0, indexFold("eNd", "end"))
	assert.Equal(t, -1, indexFold("EN", "end"))
	assert.Equal(t, 3, indexFold("a. comment", "comment"))
}

func FuzzPrefiltered(f *testing.F) {
	for _, s := range prefilterCases {
		f.Add(s)
	}
	fs := prefiltered()
	f.Fuzz(func(t *testing.T, s string) {
		for name, f := range fs {
			want, got := f[1].FindStringIndex(s), f[0].FindStringIndex(s)
			if len(want) != len(got) || (len(want) == 2 && (want[0] != got[0] || want[1] != got[1])) {
				t.Fatalf("%s(%q) = %v, want %v", name, s, got, want)
			}
		}
	})
}

func TestHasDigitRun(t *testing.T) {
	ref := func(s string, n int) bool {
		run := 0
		for i := 0; i < len(s); i++ {
			if s[i] >= '0' && s[i] <= '9' {
				run++
				if run >= n {
					return true
				}
			} else {
				run = 0
			}
		}
		return false
	}
	for _, s := range []string{"", "1234567", "12345678", "x12345678", "BEIJING 00006403 002 OF 003",
		"1234567 1234567", "1 12345678", "123456789012", "ab1234567x12345678", "1234567a1234567b"} {
		for n := 1; n <= 9; n++ {
			assert.Equal(t, ref(s, n), textutil.HasDigitRun(s, n), "%q %d", s, n)
		}
	}
}

// TestContainsFold checks indexFold (textutil.IndexFold, fuzzed there)
// with the marker words the span code looks for.
func TestContainsFold(t *testing.T) {
	ref := func(s, w string) int { // ASCII letters lower-cased, offsets kept
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return bytes.Index(b, []byte(w))
	}
	for _, s := range append(prefilterCases, "0123456789abcdefCOMMENT", "01234567comment", "0123456comment", "comment01234567") {
		for _, w := range []string{"comment", "summ", "end", "sumar", "x", ""} {
			assert.Equal(t, ref(s, w), indexFold(s, w), "%q %q", s, w)
			assert.Equal(t, ref(s, w) >= 0, containsFold(s, w), "%q %q", s, w)
		}
	}
}

var titleCases = []string{
	"(S) GERMANY TAKING ACTION", "DOD AND USG VIEWS ON THE 3RD ROUND", "McCain's visit to the GOL's MFA",
	"U.S.-CHINA: PRC'S VIEW ON TITLE III", "XXXXXXXXXXXX MEETS AMBASSADOR", "ÉLECTIONS À GENÈVE", "istanbul’s mayor",
	"a-b/c d--e", "SCENESETTER FOR CODEL", "co-operation 1.4(b)", "ǅemal", "STRASSE ß",
	"THE 3RD G8 MEETING IN 1990S", "a1b2c 11a11b 007", "u.s. b&w x.y",
}

func TestTitleFastPath(t *testing.T) {
	for _, s := range titleCases {
		assert.Equal(t, titleCase(s, false), Title(s), "%q", s)
	}
}

func FuzzTitleFastPath(f *testing.F) {
	for _, s := range titleCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Title(s), titleCase(s, false); got != want {
			t.Fatalf("Title(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzMayBeSIPDIS: a line the cheap test rules out is neither "SIPDIS"
// nor starts with "SIPDIS " once trimmed, in any case.
func FuzzMayBeSIPDIS(f *testing.F) {
	for _, s := range []string{"SIPDIS", " sipdis NOFORN", "\u00a0SIPDIS", "\u017fIPDIS", "1. SIPDIS", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if mayBeSIPDIS(s) {
			return
		}
		if u := strings.TrimSpace(s); strings.EqualFold(u, "SIPDIS") || textutil.HasPrefixFold(u, "SIPDIS ") {
			t.Fatalf("%q is a SIPDIS line but mayBeSIPDIS rules it out", s)
		}
	})
}
