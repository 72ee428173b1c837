package classification

import (
	"strings"
)

// cbSections are the sections findCBSection finds, by digit from '2'.
var cbSections = [...]string{"1.2", "1.3", "1.4", "1.5", "1.6"}

// parseReasons reads the section number and category letters from the
// reason part: "Reasons 1.4 (b) and (d)", "REASON: 1.4(B), (D)", "1.4 (b,d)",
// "1.4 b and d", "1.4 (b)(d)", "1.5 (B  AND D)", "1. \n4 (b/d)".
func parseReasons(s string) []Reason {
	_, end := findCBSection(s)
	if end < 0 {
		return nil
	}
	section := cbSections[s[end-1]-'2']
	var buf [len(reasonLetters)]string
	letters := appendLetters(buf[:0], s[end:])
	if len(letters) == 0 {
		return nil
	}
	out := make([]Reason, 0, len(letters))
	for _, l := range letters {
		out = append(out, Reason{Section: section, Letter: l, Meaning: ReasonMeaning(section, l)})
	}
	return out
}

// reasonLetters are the category letters, as scanLetters returns them.
var reasonLetters = [...]string{"a", "b", "c", "d", "e", "f", "g", "h"}

// scanLetters returns the category letters a-h at the start of s, in the
// order written, without duplicates (nil if none).
func scanLetters(s string) []string {
	return appendLetters(nil, s)
}

// hasLetters reports whether scanLetters finds a letter at the start of s.
func hasLetters(s string) bool {
	var buf [len(reasonLetters)]string
	return len(appendLetters(buf[:0], s)) > 0
}

// appendLetters appends the letters scanLetters returns to out, which
// the callers that only read them hold on their stack: there are at most
// len(reasonLetters).
func appendLetters(out []string, s string) []string {
	n0 := len(out)
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
			if len(out) > n0 && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') {
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
		w := s[i:j] // ASCII letters: compared case-insensitively
		first := w[0] | 0x20
		switch {
		case isLetterJoin(w):
		case len(w) == 1 && first >= 'a' && first <= 'h' && (depth > 0 || !parens):
			if k := first - 'a'; !seen[k] {
				seen[k] = true
				out = append(out, reasonLetters[k])
			}
		case len(w) == 1 && first == 'a' && parens:
			// the "a" of a wrapped "a\nnd"
		default:
			return out
		}
		i = j
	}
	return out
}

// isLetterJoin reports whether the word w (ASCII letters) joins category
// letters: "and", "or", "nd", "an", in any case.
func isLetterJoin(w string) bool {
	switch len(w) {
	case 2:
		return strings.EqualFold(w, "or") || strings.EqualFold(w, "nd") || strings.EqualFold(w, "an")
	case 3:
		return strings.EqualFold(w, "and")
	}
	return false
}
