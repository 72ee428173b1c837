package classification

import (
	"reflect"
	"strings"
	"testing"
)

// refScanLetters is scanLetters as it was before it compared words
// case-insensitively in place: each word lower-cased with strings.ToLower.
func refScanLetters(s string) []string {
	var out []string
	seen := [8]bool{}
	depth, parens := 0, false
	if len(s) > 120 {
		s = s[:120]
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '(':
			depth++
			parens = true
			i++
			continue
		case c == ')':
			if depth > 0 {
				depth--
			}
			i++
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '/' || c == '&' || c == '+' || c == ';' || c == ':':
			i++
			continue
		case c == '.':
			if len(out) > 0 && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') {
				return out
			}
			i++
			continue
		case c == '-' || c == '_':
			i++
			continue
		}
		if !isLetter(c) {
			return out
		}
		j := i
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		w := strings.ToLower(s[i:j])
		switch {
		case w == "and" || w == "or" || w == "nd" || w == "an":
		case len(w) == 1 && w[0] >= 'a' && w[0] <= 'h' && (depth > 0 || !parens):
			if k := w[0] - 'a'; !seen[k] {
				seen[k] = true
				out = append(out, w)
			}
		case len(w) == 1 && w == "a" && parens:
		default:
			return out
		}
		i = j
	}
	return out
}

// scanLettersCases are reason letters as written, in both cases.
var scanLettersCases = []string{
	"(b) and (d)", "(B), (D).", "(b,d)", " b and d", "(b)(d)", "(B  AND D)", "(b/d)", "B OR H", "(A\nND D)", "(a) nd (c)",
	"(b) an (d)", "(i)", "(B) AND (b)", "AnD (C)", "(b). Next", "x (b)", "(b) & (d) + (e); (f): (g)-(h)_", "ORDER",
}

func TestScanLettersMatchesRef(t *testing.T) {
	for _, s := range scanLettersCases {
		if got, want := scanLetters(s), refScanLetters(s); !reflect.DeepEqual(got, want) {
			t.Errorf("scanLetters(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzScanLetters: scanLetters, comparing words in place, reads the
// letters that lower-casing each word read.
func FuzzScanLetters(f *testing.F) {
	for _, s := range scanLettersCases[:8] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := scanLetters(s), refScanLetters(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("scanLetters(%q) = %q, want %q", s, got, want)
		}
	})
}
