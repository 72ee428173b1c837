package classification

import (
	"regexp"
	"strings"
	"testing"
)

// cbSectionRE is the pattern findCBSection stands for.
var cbSectionRE = regexp.MustCompile(`\b1\s*[.,/]\s*([2-6])`)

// checkCBSection compares findCBSection with cbSectionRE on s.
func checkCBSection(t *testing.T, s string) {
	t.Helper()
	start, end := findCBSection(s)
	want := []int{-1, -1}
	if m := cbSectionRE.FindStringSubmatchIndex(s); m != nil {
		if m[3] != m[1] || m[2] != m[1]-1 {
			t.Fatalf("%q: the digit is not the end of the match %v", s, m)
		}
		want = m[:2]
	}
	if start != want[0] || end != want[1] {
		t.Fatalf("findCBSection(%q) = %d, %d, the pattern says %v", s, start, end, want)
	}
	if hasCBSection(s) != (start >= 0) {
		t.Fatalf("hasCBSection(%q) disagrees with findCBSection", s)
	}
	// blockComplete tests the suffix " 1." on the text itself: lower-casing
	// cannot make or unmake it.
	if strings.HasSuffix(strings.ToLower(s), " 1.") != strings.HasSuffix(s, " 1.") {
		t.Fatalf("%q: lower-casing changes the suffix \" 1.\"", s)
	}
}

func TestFindCBSection(t *testing.T) {
	for _, s := range []string{
		"", "1", "1.", "1.4", "Reasons 1.4 (b) and (d)", "REASON: 1 . 5(B)", "11.4", "a1.4", "_1.4", "1.1.4",
		"1.7 then 1,6", "1\t/\n3", "1. \n4 (b/d)", "E.O. 12958 1.4", "x 1.", "(1.5)", "1.\f2", "1 1.4",
	} {
		checkCBSection(t, s)
	}
}

// FuzzCBSection: findCBSection finds what cbSectionRE finds.
func FuzzCBSection(f *testing.F) {
	for _, s := range []string{"Reasons 1.4 (b) and (d)", "11.4 1 ,5", "a1.4 _1.4 (1/6)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkCBSection(t, s)
	})
}
