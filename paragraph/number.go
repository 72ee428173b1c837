package paragraph

import "github.com/cablemeta/cablemeta/internal/textutil"

// cutNumber reads a paragraph number at the start of s (after any pilcrow
// has been removed): "1.", "12. ", "1.(U)", "3)". It returns the number, the
// text after the delimiter and whether s starts with a number at all.
// Four-digit numbers ("2006.") are years, not paragraph numbers, and "1.4"
// is a decimal.
func cutNumber(s string) (n int, rest string, ok bool) {
	n, rest, _, ok = cutNumberDelim(s)
	return n, rest, ok
}

// cutNumberDelim is cutNumber that also returns the delimiter ('.' or ')').
func cutNumberDelim(s string) (n int, rest string, delim byte, ok bool) {
	i := 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i > 3 || n == 0 {
		return 0, s, 0, false
	}
	j := i
	for j < len(s) && s[j] == ' ' && j-i < 2 {
		j++
	}
	if j >= len(s) || (s[j] != '.' && s[j] != ')') {
		return 0, s, 0, false
	}
	delim = s[j]
	j++
	if j < len(s) {
		c := s[j]
		switch {
		case c == ' ' || c == '\t' || c == '(':
		case delim == '.' && c == '.':
			return 0, s, 0, false // "1.." ellipsis
		case c >= 'A' && c <= 'Z' && delim == '.':
			// "1.THE" (no space) occurs in old cables
		default:
			return 0, s, 0, false
		}
	}
	return n, textutil.TrimBlanksLeft(s[j:]), delim, true
}
