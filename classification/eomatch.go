package classification

import (
	"regexp"
	"strings"
)

// eoRE is an E.O. citation: "E.O. 12958:", "EO 12958", "E.o. 12958",
// "E.O.12356:", "HE.O. 12958" (lines run together), "E.0. 12958" (zero
// for O). Its group is the order number.
var eoRE = regexp.MustCompile(`(?i)(?:E\.\s?[O0]\.?|\bE\s?O)\s*(\d{5})\b`)

// eoNoOrderRE is an E.O. label without an order number, before a
// declassification code: "E. O. GDS", "E.O.: OADR", "E.O. DECL: 5/1/79".
var eoNoOrderRE = regexp.MustCompile(`(?i)^\s*E\.\s?O\.\s*:?\s*((?:X?GDS|OADR|N/A|DECL)\b)`)

// findEONoOrder returns the start of an E.O. label without an order
// number at the start of s and the start of the code after it, or -1s.
func findEONoOrder(s string) (start, code int) {
	m := eoNoOrderRE.FindStringSubmatchIndex(s)
	if m == nil {
		return -1, -1
	}
	return m[0] + len(s[m[0]:]) - len(strings.TrimLeft(s[m[0]:], " \t")), m[2]
}

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
