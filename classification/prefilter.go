package classification

// The preamble scan tests every line of the preamble against
// preambleKeyRE. That one is anchored, so the two bytes it can start with
// rule out most lines without running it.

// isPreambleKey reports whether t starts with a preamble key
// (preambleKeyRE): TAGS, SUBJECT, REF, Classified by, Summary. Each key
// has its own first letter, and its second letter ('a', 'u', 'e', 'l') has
// no other case-folded form. Under (?i) an 's' may also be U+017F, so a
// non-ASCII first byte is tried too.
func isPreambleKey(t string) bool {
	if t == "" {
		return false
	}
	var second byte
	switch t[0] | 0x20 {
	case 't':
		second = 'a'
	case 's':
		second = 'u'
	case 'r':
		second = 'e'
	case 'c':
		second = 'l'
	default:
		if t[0] < 0x80 {
			return false
		}
	}
	if second != 0 && (len(t) < 2 || t[1]|0x20 != second) {
		return false
	}
	return preambleKeyRE.MatchString(t)
}

// skipRESpace returns the index of the first byte of t that is not white
// space as \s matches it ([\t\n\f\r ]).
func skipRESpace(t string) int {
	i := 0
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\f' || t[i] == '\r') {
		i++
	}
	return i
}
