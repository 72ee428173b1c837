package lexicon

import "strings"

// SkipLead returns the offset in s after leading blanks, pilcrows and the
// markdown marks '#', '*' and '>' that copies of cables put before a
// line's first word.
func SkipLead(s string) int {
	i := 0
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t' || s[i] == '#' || s[i] == '*' || s[i] == '>':
			i++
		case strings.HasPrefix(s[i:], "¶"):
			i += len("¶")
		default:
			return i
		}
	}
	return i
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isREWhite reports whether c is white space for \s in a regexp
// ([\t\n\f\r ]).
func isREWhite(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
