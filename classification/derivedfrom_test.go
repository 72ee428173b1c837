package classification

import (
	"strings"
	"testing"
)

// derivedFromCases are "who" parts on both sides of hasDerivedFrom's
// ASCII test.
var derivedFromCases = []string{
	"Derived from Multiple Sources", "DERIVED FROM: X", "derived  from", "derived fro", "DERİVED FROM X", "derİved from",
	"Derived\tfrom", "dérived from", "", "DERIVED FROMX", "\u212aderived from",
}

func TestHasDerivedFrom(t *testing.T) {
	for _, s := range derivedFromCases {
		if got, want := hasDerivedFrom(s), strings.HasPrefix(strings.ToLower(s), "derived from"); got != want {
			t.Errorf("hasDerivedFrom(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzDerivedFrom: hasDerivedFrom answers as the test of the lower-cased
// copy it stands for.
func FuzzDerivedFrom(f *testing.F) {
	for _, s := range derivedFromCases[:6] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasDerivedFrom(s), strings.HasPrefix(strings.ToLower(s), "derived from"); got != want {
			t.Fatalf("hasDerivedFrom(%q) = %v, want %v", s, got, want)
		}
	})
}
