package classification

import (
	"strings"
	"testing"
)

// refTrimLineEnd is what trimLineEnd stands for: trailing blanks and
// carriage returns, then a backslash, until neither is left.
func refTrimLineEnd(s string) string {
	for {
		t := strings.TrimRight(s, " \t\r")
		t = strings.TrimSuffix(t, "\\")
		if t == s {
			return s
		}
		s = t
	}
}

// trimLineEndCases mix the trailing bytes trimLineEnd drops with others.
var trimLineEndCases = []string{
	"", " ", "\\", "a", "SECRET \r", "E.O. 12958\\", "X \\ \t\\\r", "\\\\ x", "é\\ ", "a\n", "a\f", "TAGS\t\\\\\r\r",
}

func TestTrimLineEnd(t *testing.T) {
	for _, s := range trimLineEndCases {
		if got, want := trimLineEnd(s), refTrimLineEnd(s); got != want {
			t.Errorf("trimLineEnd(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzTrimLineEnd: trimLineEnd's byte loop agrees with the strings calls
// it replaced.
func FuzzTrimLineEnd(f *testing.F) {
	for _, s := range trimLineEndCases[:6] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimLineEnd(s), refTrimLineEnd(s); got != want {
			t.Fatalf("trimLineEnd(%q) = %q, want %q", s, got, want)
		}
	})
}
