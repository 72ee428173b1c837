package classification

import (
	"strings"
)

// cbCut returns the start of the leftmost match of cbCutRE in s (lower
// case), or -1. Run position by position over the block, the regexp cost
// more than the rest of the classification parse; cbCut runs it anchored
// only where the first byte allows a match, which gives the same leftmost
// match: an alternative that starts with a letter needs a word boundary
// before it (checked here, as the anchored regexp cannot see s[p-1]), the
// fifth needs [:;,.] or white space and then, after white space, a "1".
func cbCut(s string) int {
	for p := 0; p < len(s); p++ {
		c := s[p]
		switch c {
		case 'f', 'p', 'r', 's', 'e', 'b', 'u', 'd':
			if p > 0 && (isWordByte(s[p-1]) || s[p-1] == '_') { // \b
				continue
			}
			if !cutWordMayStart(s, p) {
				continue
			}
		case ':', ';', ',', '.', ' ', '\t', '\n', '\f', '\r':
			j := p
			if !isREWhite(c) {
				j++
			}
			k := j
			for k < len(s) && isREWhite(s[k]) {
				k++
			}
			if k == j || k >= len(s) || s[k] != '1' {
				continue
			}
		case '#', '$', '@', '!', '{', '}', '~', '`', '=', '<', '>', '|':
		default:
			continue
		}
		if cbCutAtRE.MatchString(s[p:]) {
			return p
		}
	}
	return -1
}

// cutWordMayStart reports whether the word at s[p] may start a match of
// one of the alternatives of cbCutExpr that start with a letter, by its
// next bytes: "for"/"fr"/"f0r", "per", "r" and white space and 'e', "se"
// ("sea3on", "section"), 'e' with an 'o' within three bytes (e.o.),
// "based", "under", "due". Most words of a name or title (the p of
// "political", the r of "robert") are ruled out before the regexp runs.
func cutWordMayStart(s string, p int) bool {
	next := func(k int) byte {
		if p+k < len(s) {
			return s[p+k]
		}
		return 0
	}
	switch s[p] {
	case 'f':
		c := next(1)
		return c == 'o' || c == 'r' || c == '0'
	case 'p':
		return next(1) == 'e'
	case 'r':
		q := p + 1
		for q < len(s) && isREWhite(s[q]) {
			q++
		}
		return q < len(s) && s[q] == 'e'
	case 's':
		return next(1) == 'e'
	case 'e':
		return next(1) == 'o' || next(2) == 'o' || next(3) == 'o'
	case 'b':
		return strings.HasPrefix(s[p:], "based")
	case 'u':
		return strings.HasPrefix(s[p:], "under")
	case 'd':
		return strings.HasPrefix(s[p:], "due")
	}
	return true
}

// isREWhite reports whether c is white space for \s in a regexp.
func isREWhite(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
