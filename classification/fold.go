package classification

import "strings"

// indexFold returns the index of the first ASCII case-insensitive match of
// sub in s, or -1. sub must be lower-case ASCII and start with a letter.
func indexFold(s, sub string) int {
	if len(sub) == 0 {
		return 0
	}
	lo, up := sub[0], sub[0]-('a'-'A')
	nextLo, nextUp := -2, -2
	for i := 0; i+len(sub) <= len(s); {
		if nextLo < i && nextLo != -1 {
			nextLo = indexByteFrom(s, lo, i)
		}
		if nextUp < i && nextUp != -1 {
			nextUp = indexByteFrom(s, up, i)
		}
		j := nextLo
		if j < 0 || (nextUp >= 0 && nextUp < j) {
			j = nextUp
		}
		if j < 0 || j+len(sub) > len(s) {
			return -1
		}
		if hasPrefixFold(s[j:], sub) {
			return j
		}
		i = j + 1
	}
	return -1
}

func indexByteFrom(s string, c byte, from int) int {
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

// hasPrefixFold reports whether s starts with sub, ASCII case-insensitively;
// sub is lower-case ASCII.
func hasPrefixFold(s, sub string) bool {
	if len(s) < len(sub) {
		return false
	}
	for k := 0; k < len(sub); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != sub[k] {
			return false
		}
	}
	return true
}
