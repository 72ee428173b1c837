package cable

import (
	"strings"
	"testing"
)

// refIndexFoldString is indexFoldString written byte by byte.
func refIndexFoldString(s, lowerNeedle string) int {
	n := len(lowerNeedle)
	for i := 0; i+n <= len(s); i++ {
		if (n == 0 || s[i]|0x20 == lowerNeedle[0]|0x20) && strings.EqualFold(s[i:i+n], lowerNeedle) {
			return i
		}
	}
	return -1
}

func FuzzIndexFoldString(f *testing.F) {
	f.Add("<TABLE class='cable'>Appears in these articles", "appears in these articles")
	f.Add("xx</PRE>", "</pre")
	f.Add("aAaAppears", "appears")
	f.Fuzz(func(t *testing.T, s, needle string) {
		needle = strings.ToLower(needle)
		if len(needle) > 30 || (needle != "" && needle[0] >= 0x80) {
			return
		}
		if got, want := indexFoldString(s, needle), refIndexFoldString(s, needle); got != want {
			t.Fatalf("indexFoldString(%q, %q) = %d, want %d", s, needle, got, want)
		}
	})
}
