package classification

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

// scanLettersCases are reason letters as written, in both cases.
var scanLettersCases = []string{
	"(b) and (d)", "(B), (D).", "(b,d)", " b and d", "(b)(d)", "(B  AND D)", "(b/d)", "B OR H", "(A\nND D)", "(a) nd (c)",
	"(b) an (d)", "(i)", "(B) AND (b)", "AnD (C)", "(b). Next", "x (b)", "(b) & (d) + (e); (f): (g)-(h)_", "ORDER",
}

// TestScanLettersCases reads the letters of scanLettersCases.
func TestScanLettersCases(t *testing.T) {
	want := [][]string{
		{"b", "d"}, {"b", "d"}, {"b", "d"}, {"b", "d"}, {"b", "d"}, {"b", "d"}, {"b", "d"}, {"b", "h"}, {"a", "d"}, {"a", "c"},
		{"b", "d"}, nil, {"b"}, {"c"}, {"b"}, nil, {"b", "d", "e", "f", "g", "h"}, nil,
	}
	for n, s := range scanLettersCases {
		assert.Equal(t, want[n], scanLetters(s), "%q", s)
	}
}

// FuzzScanLetters: scanLetters reads the same letters whatever the case
// of the words (the joining words and the letters are compared in any
// case), and returns lower-case letters a-h, each once.
func FuzzScanLetters(f *testing.F) {
	for _, s := range scanLettersCases[:8] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := scanLetters(s)
		for _, v := range []string{asciiCase(s, false), asciiCase(s, true)} {
			if other := scanLetters(v); !reflect.DeepEqual(got, other) {
				t.Fatalf("scanLetters(%q) = %q, scanLetters(%q) = %q", s, got, v, other)
			}
		}
		seen := map[string]bool{}
		for _, l := range got {
			if len(l) != 1 || l[0] < 'a' || l[0] > 'h' || seen[l] {
				t.Fatalf("scanLetters(%q) = %q", s, got)
			}
			seen[l] = true
		}
	})
}

// asciiCase returns s with its ASCII letters upper- or lower-cased.
func asciiCase(s string, upper bool) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case upper && c >= 'a' && c <= 'z':
			b[i] = c - 'a' + 'A'
		case !upper && c >= 'A' && c <= 'Z':
			b[i] = c - 'A' + 'a'
		}
	}
	return string(b)
}
