package classification

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkBannerParts compares findEFTO with eftoRE on s.
func checkBannerParts(t *testing.T, s string) {
	t.Helper()
	if got, want := findEFTO(s), eftoRE.FindStringIndex(s); !equalInts(got, want) {
		t.Fatalf("findEFTO(%q) = %v, eftoRE says %v", s, got, want)
	}
}

// bannerPartCases are banner tails on both sides of sectionRE, originRE and
// eftoRE.
var bannerPartCases = []string{
	"", " SECTION 01 OF 03 BEIJING 006403", "section 1 of 2", "SECTION01OF03", "SECTION 1234 OF 2", "SECTION 1 OF 1234",
	"SECTION 1 OF 12_", "SECTION 1 OF 12X", "SECTION 1 OF 12 ", "ſECTION 2 OF 3", "SECTION 2 OF", "\tSECTION\n2\fOF\r3.",
	" CAPE TOWN 006403", "BEIJING 006403", "ST. PETERSBURG 12", "A B C D E 1", "A B C D E F 1", "CAPE  TOWN 1",
	"CAPE TOWN", "CAPE 12345678", "KUALA-LUMPUR\t000326FOR", "US&MISSION 1", "1 BEIJING 2", "BEIJING\n7", "X'Y 9",
	" EFTO SECTION 1 OF 2", " e f t o", "EFTOX", " E F  T O", "\tEfto", "FTO", " ", "é EFTO",
}

func TestMatchSectionOrigin(t *testing.T) {
	sections := []struct {
		in, num, total string
		n              int // 0: no match
	}{
		{" SECTION 01 OF 03 BEIJING 006403", "01", "03", 17},
		{"section 1 of 2", "1", "2", 14},
		{"SECTION01OF03", "01", "03", 13},
		{"\tSECTION\n2\fOF\r3.", "2", "3", 15},
		{"ſECTION 2 OF 3", "2", "3", 15}, // the long s folds to S
		{"SECTION 1234 OF 2", "", "", 0},
		{"SECTION 1 OF 1234", "", "", 0},
		{"SECTION 1 OF 12X", "", "", 0},
		{"SECTION 2 OF", "", "", 0},
	}
	for _, tt := range sections {
		num, total, n, ok := matchSection(tt.in)
		assert.Equal(t, tt.n > 0, ok, "%q", tt.in)
		assert.Equal(t, []any{tt.num, tt.total, tt.n}, []any{num, total, n}, "%q", tt.in)
	}
	origins := []struct {
		in, origin, serial string
		n                  int // 0: no match
	}{
		{" CAPE TOWN 006403", "CAPE TOWN", "006403", 17},
		{"ST. PETERSBURG 12", "ST. PETERSBURG", "12", 17},
		{"A B C D E 1", "A B C D E", "1", 11},
		{"KUALA-LUMPUR\t000326FOR", "KUALA-LUMPUR", "000326", 19},
		{"BEIJING\n7", "BEIJING", "7", 9},
		{"A B C D E F 1", "", "", 0}, // six words
		{"CAPE  TOWN 1", "", "", 0},  // two spaces between words
		{"CAPE TOWN", "", "", 0},
		{"1 BEIJING 2", "", "", 0},
	}
	for _, tt := range origins {
		origin, serial, n, ok := matchOrigin(tt.in)
		assert.Equal(t, tt.n > 0, ok, "%q", tt.in)
		assert.Equal(t, []any{tt.origin, tt.serial, tt.n}, []any{origin, serial, n}, "%q", tt.in)
	}
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

// FuzzBannerParts: findEFTO finds what eftoRE matches.
func FuzzBannerParts(f *testing.F) {
	for _, s := range bannerPartCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkBannerParts(t, s)
	})
}

// TestMatchGarbledSection: a SECTION word with a letter lost or changed
// is still the section, so that it never becomes the origin.
func TestMatchGarbledSection(t *testing.T) {
	for _, s := range []string{"SCTION 02 OF 02 ", "ECTION 01 OF 03", "SECTON 1 OF 2", "SECTION 01 GF 02"} {
		_, _, _, ok := matchSection(s)
		assert.True(t, ok, s)
	}
	b, ok := ParseBanner("C O N F I D E N T I A L 75 ZEMBLA 1234")
	assert.True(t, ok)
	assert.Equal(t, []any{"ZEMBLA", 1234}, []any{b.Origin, b.SerialNumber}, "year before the station")
	b, _ = ParseBanner("S E C R E T STATE 00119085")
	assert.Equal(t, 119085, b.SerialNumber, "eight-digit serial")
}

// TestCompleteBanner: a banner line without origin is completed by a
// later full banner (a received copy's header between them) or by the
// origin and serial alone on the next line.
func TestCompleteBanner(t *testing.T) {
	r, err := Parse("SECRET//NOFORN\n\nVZCZCXRO1234\nDE RUEHZZ #0472 1172107\nFM AMCONSUL ZEMBLA\n\nS E C R E T ZEMBLA 000472\n\nE.O. 12958: DECL: 04/27/2017\nTAGS: PREL\n")
	require.NoError(t, err)
	c := r.Classification
	require.NotNil(t, c)
	assert.Equal(t, []any{"ZEMBLA", 472, 7, []string{"NOFORN"}}, []any{c.Origin, c.SerialNumber, c.Line, c.Caveats})

	r, _ = Parse("C O N F I D E N T I A L SECTION 01 OF 02\n\nZEMBLA 000133\n\nSIPDIS\n\nE.O. 12958: DECL: 2/16/2020\n")
	c = r.Classification
	require.NotNil(t, c)
	assert.Equal(t, []any{"ZEMBLA", 133, 3}, []any{c.Origin, c.SerialNumber, c.Line})
	require.Len(t, r.Captions, 1)
}
