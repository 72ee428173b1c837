package classification

// The preamble scan tests every line of the preamble against paraRE and
// preambleKeyRE. Both are anchored, so the byte they can start with (after
// white space) rules out most lines without running them.

// isParaLine reports whether t opens a numbered paragraph (paraRE).
func isParaLine(t string) bool {
	i := skipRESpace(t)
	return i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == 0xC2) && paraRE.MatchString(t) // 0xC2: '¶'
}

// isPreambleKey reports whether t starts with a preamble key
// (preambleKeyRE): TAGS, SUBJECT, REF, Classified by, Summary. Under (?i)
// an 's' may also be U+017F, so a non-ASCII first byte is tried too.
func isPreambleKey(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] | 0x20 {
	case 't', 's', 'r', 'c':
	default:
		if t[0] < 0x80 {
			return false
		}
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
