package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClassificationLine(t *testing.T) {
	for _, s := range []string{"CONFIDENTIAL", "  SECRET ", "unclassified", "UNCLAS", "LIMITED OFFICIAL USE", "TOP SECRET",
		"C O N F I D E N T I A L", "S E C R E T", "SECRET NOFORN", "Confidential Noforn"} {
		assert.True(t, ClassificationLine(s), s)
	}
	for _, s := range []string{"", "SECRET SECTION 01 OF 02", "CONFIDENTIAL PTQ7681", "SECRETARY", "NOFORN", "C O N"} {
		assert.False(t, ClassificationLine(s), s)
	}
}

// bannerPrefixes are the starts of a classification banner line.
var bannerPrefixes = []string{"C O N", "S E C", "U N C", "T O P", "UNCLAS", "CONFIDENTIAL", "SECRET", "TOP SECRET",
	"UNCLASSIFIED", "LIMITED OFFICIAL"}

// FuzzBannerStart: BannerStart is "starts with one of bannerPrefixes".
func FuzzBannerStart(f *testing.F) {
	for _, p := range bannerPrefixes {
		f.Add(p + " SECTION 02 OF 03")
		f.Add(p[:len(p)-1])
	}
	f.Add("")
	f.Add("CONTACTS SAID")
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, p := range bannerPrefixes {
			want = want || strings.HasPrefix(s, p)
		}
		if got := BannerStart(s); got != want {
			t.Fatalf("BannerStart(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestBannerStart(t *testing.T) {
	for _, s := range []string{"C O N F I D E N T I A L SECTION 01 OF 03 LIMA 001234", "UNCLASSIFIED", "UNCLAS SECTION 01 OF 02", "TOP SECRET", "LIMITED OFFICIAL USE LIMA 1234"} {
		assert.True(t, BannerStart(s), s)
	}
	for _, s := range []string{"", "CONTACTS SAID", "Secret", " SECRET", "LIMITED"} {
		assert.False(t, BannerStart(s), s)
	}
}

func TestBannerLine(t *testing.T) {
	for _, s := range []string{" S e c r e t nairobi 001938", "ſECRET ROME 1234", "\tunclas 123 4567", "Limited Official Use X 12345",
		"C O N F I D E N T I A L", "CONFIDENTIAL SECTION 01 OF 02 LIMA 001234  "} {
		assert.True(t, BannerLine(s), s)
	}
	for _, s := range []string{"", "CONFIDENTIAL", "SECRET LIMA 123", "SECRETARY RICE 001234", "1. SECRET LIMA 001234", "THE SECRET 1234"} {
		assert.False(t, BannerLine(s), s)
	}
}

// FuzzBannerLine: the byte tests before bannerSerialRE never rule out a
// line the pattern matches.
func FuzzBannerLine(f *testing.F) {
	for _, s := range []string{" S e c r e t nairobi 001938", "ſECRET ROME 1234", "\tunclas 123 4567", "CONFIDENTIAL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if bannerSerialRE.MatchString(s) && !BannerLine(s) {
			t.Fatalf("%q matches bannerSerialRE but BannerLine rules it out", s)
		}
	})
}
