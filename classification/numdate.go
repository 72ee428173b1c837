package classification

import "regexp"

// numDateRE is a numeric date of an E.O. line: M/D/Y, Y/M/D, Y-M-D, with
// 1-4 digit fields.
var numDateRE = regexp.MustCompile(`^(\d{1,4})\s*[/.-]\s*(\d{1,3})\s*[/.-]\s*(\d{2,4})\b`)

// numDate is a match of numDateRE: the bounds of its three digit fields;
// c1 is also the end of the match.
type numDate struct {
	a0, a1, b0, b1, c0, c1 int
}

// matchNumDate matches numDateRE at the start of s.
func matchNumDate(s string) (numDate, bool) {
	m := numDateRE.FindStringSubmatchIndex(s)
	if m == nil {
		return numDate{}, false
	}
	return numDate{m[2], m[3], m[4], m[5], m[6], m[7]}, true
}

// isNumDate reports whether s starts with a numeric date (numDateRE
// matches), calendar date or not.
func isNumDate(s string) bool { return numDateRE.MatchString(s) }
