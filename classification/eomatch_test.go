package classification

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/cablemeta/cablemeta/internal/lexicon"
)

// declRE is the pattern declLen reads by hand: "DECL:", "DECL :", "DECLl:",
// "decl:", "DECL ".
var declRE = regexp.MustCompile(`(?i)^(?:DECL[A-Z]?\s*:\s*|DECL\s+)`)

// eoMatchCases are lines on both sides of eoRE, declRE and dngRE (and
// numDateRE, see TestNumDate).
var eoMatchCases = []string{
	"E.O. 12958: DECL: 09/28/2032", "EO 12958", "e.o.12958", "E.0. 12958", "HE.O. 12958", "THE O 12958", "E O12958",
	"E.\tO.\n\t 12356:", "E. 0 12958", "E.O. 129580", "E.O. 1295", "E.O. 12958_", "E.O. 12958x", "_EO 12958", "EO. 12958",
	"E.O 12958", "E . O. 12958", "DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012", "EEO 12958", "E.E.O. 12958", "EO 12345 EO 13526",
	"", "E", "E.", "E.O", "E.O.", "EO1295812958", "é.O. 12958", "E\u00a0O 12958", "E\fO\r12958 X",
	"DECL: 1/2/2019", "decl : x", "DECLX: 1", "DECL  1", "DECL", "DECLl:", "DECLſ:", "DECL\u212a :", "DECLé:", "DECLX 1",
	"DECL\t\n: \f", "DECL:", "DECLXY:", "DECL X:", "decl\r", "DECL1:", "DNG: CO 04/08/2026", "dng co", "DNG CONFIDENTIAL", "DNGS",
	"1/2/2019", "2019-02-12", "011/2/2019", "1 / 2 / 19", "N/A", "X1",
	"Declassify on: 8/31/2034", "DECLAſſIFY ON 12345", "declassify\ton:x", "classify on", "IFY", "STATE 123456 declassify",
	"DECL: 03/20/2019 TAGS: PTER", "12/31/2019 TAG PTER", "x tags:y", "STAGS", "tag", "DECL: X SUBJECT: Y TAGS", "Subject: tag", "XTAG TAGſ",
}

// refCutTags is cutTags as it was, on an upper-cased copy of s.
func refCutTags(s string) string {
	up := asciiUpper(s)
	end := len(s)
	if i := strings.Index(up, "SUBJECT:"); i >= 0 {
		end = i
	}
	if l, ok := lexicon.IndexTagsLabel(up[:end], true); ok {
		end = l.Start
	}
	return strings.TrimSpace(trimLineEnd(s[:end]))
}

// checkEOMatch compares declLen with declRE, the
// tests before dngRE and declOnRE with the patterns, and cutTags with its
// version on an upper-cased copy, on s.
func checkEOMatch(t *testing.T, s string) {
	t.Helper()
	want := 0
	if m := declRE.FindStringIndex(s); m != nil {
		want = m[1]
	}
	if got := declLen(s); got != want {
		t.Fatalf("declLen(%q) = %d, declRE says %d", s, got, want)
	}
	if got, want := findDNG(s), dngRE.FindStringSubmatchIndex(s); !equalInts(got, want) {
		t.Fatalf("findDNG(%q) = %v, dngRE says %v", s, got, want)
	}
	if got, want := findDeclOn(s), declOnRE.FindStringIndex(s); !equalInts(got, want) {
		t.Fatalf("findDeclOn(%q) = %v, declOnRE says %v", s, got, want)
	}
	if got, want := cutTags(s), refCutTags(s); got != want {
		t.Fatalf("cutTags(%q) = %q, want %q", s, got, want)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) || (a == nil) != (b == nil) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestCutTagsAndDeclOn(t *testing.T) {
	tests := []struct{ in, cut string }{
		{"DECL: 03/20/2019 TAGS: PTER", "DECL: 03/20/2019"},
		{"12/31/2019 tag PTER", "12/31/2019"},
		{"DECL: X subject: Y", "DECL: X"},
		{"DECL: STAGS", "DECL: STAGS"},
		{"TAGS: X", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.cut, cutTags(tt.in), "%q", tt.in)
	}
	assert.Equal(t, []int{4, 20}, findDeclOn("X Y Declassify on:  8/31/2034"))
	assert.Equal(t, []int{0, 16}, findDeclOn("DECLAſſIFY ON 12345"))
	assert.Nil(t, findDeclOn("STATE 123456"))
}

func TestFindEOOrder(t *testing.T) {
	tests := []struct {
		in              string
		start, num, end int
	}{
		{"E.O. 12958: DECL: 09/28/2032", 0, 5, 10},
		{"EO 12958", 0, 3, 8},
		{"e.o.12958", 0, 4, 9},
		{"E.0. 12958", 0, 5, 10},
		{"HE.O. 12958", 1, 6, 11}, // lines run together
		{"DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012", 17, 22, 27},
		{"E.\tO.\n\t 12356:", 0, 8, 13},
		{"THE O 12958", -1, -1, -1}, // no word boundary before "E O"
		{"E.O. 129580", -1, -1, -1},
		{"E.O. 1295", -1, -1, -1},
		{"E.O. 12958_", -1, -1, -1},
		{"E . O. 12958", -1, -1, -1},
	}
	for _, tt := range tests {
		start, num, end := findEOOrder(tt.in)
		assert.Equal(t, []int{tt.start, tt.num, tt.end}, []int{start, num, end}, "%q", tt.in)
	}
}

func TestEOMatch(t *testing.T) {
	for _, s := range eoMatchCases {
		checkEOMatch(t, s)
	}
}

// FuzzEOMatch: declLen finds what declRE finds,
// the tests before dngRE and declOnRE never rule out a match, and cutTags
// cuts where its version on an upper-cased copy cuts.
func FuzzEOMatch(f *testing.F) {
	for _, s := range eoMatchCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkEOMatch(t, s)
	})
}
