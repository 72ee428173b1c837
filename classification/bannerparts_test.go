package classification

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

var (
	// sectionRE is the pattern matchSection reads by hand.
	sectionRE = regexp.MustCompile(`(?i)^\s*SECTION\s*(\d{1,3})\s*OF\s*(\d{1,3})\b`)
	// originRE is the pattern matchOrigin reads by hand.
	originRE = regexp.MustCompile(`^\s*([A-Za-z][A-Za-z.'&\-]*(?: [A-Za-z][A-Za-z.'&\-]*){0,4})\s+(\d{1,7})`)
)

// checkBannerParts compares matchSection and matchOrigin with the patterns
// they stand for on s, and findEFTO with eftoRE.
func checkBannerParts(t *testing.T, s string) {
	t.Helper()
	a, b, n, ok := matchSection(s)
	m := sectionRE.FindStringSubmatchIndex(s)
	if ok != (m != nil) || ok && (a != s[m[2]:m[3]] || b != s[m[4]:m[5]] || n != m[1]) {
		t.Fatalf("matchSection(%q) = %q, %q, %d, %v; the pattern says %v", s, a, b, n, ok, m)
	}
	a, b, n, ok = matchOrigin(s)
	m = originRE.FindStringSubmatchIndex(s)
	if ok != (m != nil) || ok && (a != s[m[2]:m[3]] || b != s[m[4]:m[5]] || n != m[1]) {
		t.Fatalf("matchOrigin(%q) = %q, %q, %d, %v; the pattern says %v", s, a, b, n, ok, m)
	}
	if got, want := findEFTO(s), eftoRE.FindStringIndex(s); !equalInts(got, want) {
		t.Fatalf("findEFTO(%q) = %v, eftoRE says %v", s, got, want)
	}
}

// bannerPartCases are banner tails on both sides of sectionRE and originRE.
var bannerPartCases = []string{
	"", " SECTION 01 OF 03 BEIJING 006403", "section 1 of 2", "SECTION01OF03", "SECTION 1234 OF 2", "SECTION 1 OF 1234",
	"SECTION 1 OF 12_", "SECTION 1 OF 12X", "SECTION 1 OF 12 ", "ſECTION 2 OF 3", "SECTION 2 OF", "\tSECTION\n2\fOF\r3.",
	" CAPE TOWN 006403", "BEIJING 006403", "ST. PETERSBURG 12", "A B C D E 1", "A B C D E F 1", "CAPE  TOWN 1",
	"CAPE TOWN", "CAPE 12345678", "KUALA-LUMPUR\t000326FOR", "US&MISSION 1", "1 BEIJING 2", "BEIJING\n7", "X'Y 9",
	" EFTO SECTION 1 OF 2", " e f t o", "EFTOX", " E F  T O", "\tEfto", "FTO", " ", "é EFTO",
}

func TestBannerParts(t *testing.T) {
	assert.Equal(t, []int{0, 5}, findEFTO(" EFTO SECTION 1 OF 2"))
	assert.Equal(t, []int{0, 8}, findEFTO(" e f t o"))
	assert.Nil(t, findEFTO("EFTOX"))
	assert.Nil(t, findEFTO(" SECTION 1 OF 2"))
	for _, s := range bannerPartCases {
		checkBannerParts(t, s)
	}
}

// FuzzBannerParts: matchSection and matchOrigin match what sectionRE and
// originRE match, with the same groups, and findEFTO what eftoRE matches.
func FuzzBannerParts(f *testing.F) {
	for _, s := range bannerPartCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkBannerParts(t, s)
	})
}
