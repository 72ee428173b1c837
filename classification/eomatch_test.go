package classification

import (
	"regexp"
	"testing"
)

// eoRE is the E.O. pattern findEOOrder reads by hand: "E.O. 12958:",
// "EO 12958", "E.o. 12958", "E.O.12356:", "HE.O. 12958" (lines run
// together), "E.0. 12958" (zero for O).
var eoRE = regexp.MustCompile(`(?i)(?:E\.\s?[O0]\.?|\bE\s?O)\s*(\d{5})\b`)

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
}

// checkEOMatch compares findEOOrder and declLen with eoRE and declRE, and
// the test before dngRE with the pattern, on s.
func checkEOMatch(t *testing.T, s string) {
	t.Helper()
	start, num, end := findEOOrder(s)
	if m := eoRE.FindStringSubmatchIndex(s); m == nil {
		if start >= 0 {
			t.Fatalf("findEOOrder(%q) = %d, %d, %d; eoRE finds nothing", s, start, num, end)
		}
	} else if start != m[0] || num != m[2] || end != m[3] || end != m[1] {
		t.Fatalf("findEOOrder(%q) = %d, %d, %d; eoRE finds %v", s, start, num, end, m)
	}
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

func TestEOMatch(t *testing.T) {
	for _, s := range eoMatchCases {
		checkEOMatch(t, s)
	}
}

// FuzzEOMatch: findEOOrder and declLen find what eoRE and declRE find,
// and the byte test before dngRE never rules out a match.
func FuzzEOMatch(f *testing.F) {
	for _, s := range eoMatchCases[:12] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkEOMatch(t, s)
	})
}
