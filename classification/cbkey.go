package classification

import "regexp"

var (
	// cbKeyRE is the "Classified By" keyword, misspelt as it is in cables.
	cbKeyRE = regexp.MustCompile(`(?i)\bclass?i?fi?e?d\s+by\b\s*:?`)
	// cbKeyStartRE is the keyword and the white space after it at the
	// start of a text.
	cbKeyStartRE = regexp.MustCompile(`(?i)^class?i?fi?e?d\s+by\b\s*:?\s*`)
)

// cbKeyStartLen returns the length of the "Classified By" keyword, and
// the white space after it, that s starts with, or 0.
func cbKeyStartLen(s string) int {
	if m := cbKeyStartRE.FindStringIndex(s); m != nil {
		return m[1]
	}
	return 0
}

// nextCBKey finds the next "Classified By" keyword in text from offset off
// and returns its span, or -1. It looks for "fied" (cheap) before trying
// the pattern around it.
func nextCBKey(text string, off int) (int, int) {
	for off < len(text) {
		p := indexFold(text[off:], "fied")
		if p < 0 {
			return -1, -1
		}
		p += off
		off = p + 4
		if start, end, ok := cbKeyAt(text, p); ok {
			return start, end
		}
	}
	return -1, -1
}

// cbKeyAt returns the span of the "Classified By" keyword whose "fied" is
// at text[p]: the leftmost match of cbKeyRE in text[p-6:p+40], if it
// starts at or before p and starts a word ("DECLASSIFIED BY NARA" does
// not).
func cbKeyAt(text string, p int) (start, end int, ok bool) {
	w0 := max(0, p-6)
	loc := cbKeyRE.FindStringIndex(text[w0:min(len(text), p+40)])
	if loc == nil || w0+loc[0] > p {
		return 0, 0, false
	}
	start, end = w0+loc[0], w0+loc[1]
	if start > 0 && isWordByte(text[start-1]) {
		return 0, 0, false
	}
	return start, end, true
}
