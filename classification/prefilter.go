package classification

import "strings"

// The preamble scan tests every line of the preamble for a paragraph
// number (the pattern paraRE of the tests, read here byte by byte) and
// against preambleKeyRE. That one is anchored, so the two bytes it can
// start with rule out most lines without running it.

// isParaLine reports whether t opens a numbered paragraph: "1. ", "¶1.",
// "1.(C)", " 2.  (S)". It reads what the pattern
// `^\s*(?:¶\s*)?(\d{1,2})\s*\.(?:\s|\(|$|[A-Z])` matches: white space, an
// optional '¶' and white space, one or two digits, white space, a dot,
// then white space, '(', an upper-case letter or the end of t. No part
// can take the byte the next one needs, so there is nothing to backtrack.
func isParaLine(t string) bool {
	i := skipRESpace(t)
	if strings.HasPrefix(t[i:], "¶") {
		i += len("¶")
		i += skipRESpace(t[i:])
	}
	j := i
	for j < len(t) && j-i < 2 && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j == i {
		return false
	}
	j += skipRESpace(t[j:])
	if j == len(t) || t[j] != '.' {
		return false
	}
	j++
	if j == len(t) {
		return true
	}
	c := t[j]
	return isREWhite(c) || c == '(' || c >= 'A' && c <= 'Z'
}

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
