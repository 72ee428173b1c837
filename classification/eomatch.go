package classification

import "regexp"

// eoRE is an E.O. citation: "E.O. 12958:", "EO 12958", "E.o. 12958",
// "E.O.12356:", "HE.O. 12958" (lines run together), "E.0. 12958" (zero
// for O). Its group is the order number.
var eoRE = regexp.MustCompile(`(?i)(?:E\.\s?[O0]\.?|\bE\s?O)\s*(\d{5})\b`)

// findEOOrder returns the start of the leftmost E.O. citation in s, the
// start of its five-digit order number and the end of the citation, or
// -1s.
func findEOOrder(s string) (start, num, end int) {
	m := eoRE.FindStringSubmatchIndex(s)
	if m == nil {
		return -1, -1, -1
	}
	return m[0], m[2], m[3]
}

// isREWordByte reports whether c is a word byte for \b in a regexp:
// [0-9A-Za-z_].
func isREWordByte(c byte) bool { return isWordByte(c) || c == '_' }
