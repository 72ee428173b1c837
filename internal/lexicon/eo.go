package lexicon

import "regexp"

// eoNumberRE is an E.O. label and the number of the executive order:
// "E.O. 12958", "EO 13526", "E. O.: 12356".
var eoNumberRE = regexp.MustCompile(`^(?i)E\s?\.?\s?O\.?\s*:?\s*\d{4}`)

// EOLine reports whether the line s, after SkipLead, opens with an E.O.
// label followed by an order number ("E.O. 12958: DECL: 01/01/2019").
func EOLine(s string) bool {
	s = s[SkipLead(s):]
	return len(s) > 2 && s[0]|0x20 == 'e' && eoNumberRE.MatchString(s)
}
