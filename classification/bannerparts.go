package classification

import "regexp"

// The section and the origin and serial of a banner, matched on the text
// after its classification and caveats.
var (
	// sectionRE is "SECTION 01 OF 03", also with the word garbled
	// ("SCTION", "ECTION", "SECTON", "GF" for OF); its groups are the
	// two numbers.
	sectionRE = regexp.MustCompile(`(?i)^\s*(?:SECTION|SCTION|ECTION|SECTON|SECTIN|SECTIO)\s*(\d{1,3})\s*(?:OF|0F|GF)\s*(\d{1,3})\b`)
	// originRE is "CAPE TOWN 006403": up to five words, each after one
	// space, white space and a digit run of any length (zero-padded up
	// to eight digits: "STATE 00119085"), after the year in old banners
	// ("75 DAKAR 1234"); its groups are the words and the digits.
	originRE = regexp.MustCompile(`^\s*(?:\d{2}\s+)?([A-Za-z][A-Za-z.'&\-]*(?: [A-Za-z][A-Za-z.'&\-]*){0,4})\s+(\d+)`)
)

// matchSection matches sectionRE at the start of s: it returns the two
// numbers as written and the length of the match.
func matchSection(s string) (num, total string, n int, ok bool) {
	m := sectionRE.FindStringSubmatchIndex(s)
	if m == nil {
		return "", "", 0, false
	}
	return s[m[2]:m[3]], s[m[4]:m[5]], m[1], true
}

// matchOrigin matches originRE at the start of s: it returns the words,
// the digits and the length of the match.
func matchOrigin(s string) (origin, serial string, n int, ok bool) {
	m := originRE.FindStringSubmatchIndex(s)
	if m == nil {
		return "", "", 0, false
	}
	return s[m[2]:m[3]], s[m[4]:m[5]], m[1], true
}
