package classification

// The E.O. line is looked for on every preamble line that holds a run of
// five digits (the banner serial, dates, phone numbers do too). The
// pattern of the tests, eoRE,
//
//	(?i)(?:E\.\s?[O0]\.?|\bE\s?O)\s*(\d{5})\b
//
// is read here by hand: an 'E' (either case), then "." and an optional
// white space byte, an 'O' (either case) or a zero and an optional dot;
// or, at a word boundary, an optional white space byte and an 'O'; then
// white space, five digits and a word boundary. The two forms differ in
// the byte after the 'E', and no part can take the byte the next one
// needs, so each start has at most one way to match: there is nothing to
// backtrack.

// findEOOrder returns the start of the leftmost E.O. citation in s, the
// start of its five-digit order number and the end of the match
// (eoRE.FindStringSubmatchIndex), or -1s.
func findEOOrder(s string) (start, num, end int) {
	for p := 0; p < len(s); p++ {
		if s[p]|0x20 != 'e' {
			continue
		}
		q := -1
		switch {
		case p+1 < len(s) && s[p+1] == '.':
			q = p + 2
			if q < len(s) && isREWhite(s[q]) {
				q++
			}
			if q < len(s) && (s[q]|0x20 == 'o' || s[q] == '0') {
				q++
				if q < len(s) && s[q] == '.' {
					q++
				}
			} else {
				q = -1
			}
		case p == 0 || !isREWordByte(s[p-1]):
			q = p + 1
			if q < len(s) && isREWhite(s[q]) {
				q++
			}
			if q < len(s) && s[q]|0x20 == 'o' {
				q++
			} else {
				q = -1
			}
		}
		if q < 0 {
			continue
		}
		q += skipRESpace(s[q:])
		if q+5 > len(s) || !allDigits5(s[q:q+5]) || q+5 < len(s) && isREWordByte(s[q+5]) {
			continue
		}
		return p, q, q + 5
	}
	return -1, -1, -1
}

// allDigits5 reports whether the five bytes of s are ASCII digits.
func allDigits5(s string) bool {
	for i := 0; i < 5; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isREWordByte reports whether c is a word byte for \b in a regexp:
// [0-9A-Za-z_].
func isREWordByte(c byte) bool { return isWordByte(c) || c == '_' }
