package lexicon

import "regexp"

// eoNumberRE is an E.O. label and the number of the executive order:
// "E.O. 12958", "EO 13526", "E. O.: 12356".
var eoNumberRE = regexp.MustCompile(`^(?i)E\s?\.?\s?O\.?\s*:?\s*\d{4}`)

// EOLine reports whether the line s, after SkipLead, opens with an E.O.
// label followed by an order number ("E.O. 12958: DECL: 01/01/2019").
func EOLine(s string) bool {
	s = s[SkipLead(s):]
	if len(s) <= 2 || s[0]|0x20 != 'e' {
		return false
	}
	// the byte after the E is white space, a dot or the O: most lines
	// that start with an E ("EMBASSY") end here, before the pattern
	if c := s[1]; !isREWhite(c) && c != '.' && c|0x20 != 'o' {
		return false
	}
	return eoNumberRE.MatchString(s)
}
