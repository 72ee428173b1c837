package classification

import "strings"

// findCBSection returns the leftmost match of `\b1\s*[.,/]\s*([2-6])` in
// s, the E.O. section of a "Classified By" line ("1.4", "1 . 5", "1/4"):
// the match ends with the section digit, at end-1. It reports -1, -1 when
// there is none. Every match starts at a '1', so it visits those instead of
// running the pattern; neither \s* can take the byte after it, so the
// first '1' that fits is the leftmost match.
func findCBSection(s string) (start, end int) {
	for p := 0; p < len(s); p++ {
		i := strings.IndexByte(s[p:], '1')
		if i < 0 {
			break
		}
		p += i
		if p > 0 && (isWordByte(s[p-1]) || s[p-1] == '_') { // \b
			continue
		}
		j := skipRESpace(s[p+1:]) + p + 1
		if j == len(s) || s[j] != '.' && s[j] != ',' && s[j] != '/' {
			continue
		}
		j += 1 + skipRESpace(s[j+1:])
		if j < len(s) && s[j] >= '2' && s[j] <= '6' {
			return p, j + 1
		}
	}
	return -1, -1
}
