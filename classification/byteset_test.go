package classification

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// allByteSets are the byteSets of the package.
var allByteSets = [...]*byteSet{&blanks, &captionSeps, &captionEnd, &bannerLead, &whoLead, &whoEnd, &titleEnd, &nameEnd, &wordPunct, &eoEventTrail}

// byteSetCases are texts with bytes of the cutsets at both ends.
var byteSetCases = []string{"", " ", " \t a,b; ", "(U) Amb. X,;:", `"x",`, ".,;:()", "é, ", " -:x-: ", "\x80 ,", "a\u00a0"}

// checkByteSets compares the trims of every byteSet of the package with
// the strings functions on its cutset.
func checkByteSets(t *testing.T, s string) {
	t.Helper()
	for _, set := range allByteSets {
		if got, want := set.trimLeft(s), strings.TrimLeft(s, set.chars); got != want {
			t.Fatalf("trimLeft(%q) of %q = %q, want %q", s, set.chars, got, want)
		}
		if got, want := set.trimRight(s), strings.TrimRight(s, set.chars); got != want {
			t.Fatalf("trimRight(%q) of %q = %q, want %q", s, set.chars, got, want)
		}
		if got, want := set.trim(s), strings.Trim(s, set.chars); got != want {
			t.Fatalf("trim(%q) of %q = %q, want %q", s, set.chars, got, want)
		}
	}
}

func TestByteSet(t *testing.T) {
	assert.Equal(t, "a,b;", blanks.trim(" \t a,b; "))
	assert.Equal(t, "Amb. X", whoEnd.trimRight("Amb. X,;:"))
	assert.Equal(t, "x", whoLead.trimLeft(" -:x"))
	assert.Panics(t, func() { newByteSet("é") })
	for _, s := range byteSetCases {
		checkByteSets(t, s)
	}
}

// FuzzByteSet: the byteSet trims agree with strings.Trim, TrimLeft and
// TrimRight on their cutsets.
func FuzzByteSet(f *testing.F) {
	for _, s := range byteSetCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkByteSets(t, s)
	})
}
