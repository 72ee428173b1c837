package classification

import "strings"

// ParseBanner reads the section and the origin and serial of a banner
// byte by byte: they are what the patterns sectionRE and originRE of the
// tests match, run once per banner and once per line that starts with a
// classification word. Neither pattern can backtrack into a different
// match: a digit run or a word is always taken whole, since the next part
// cannot start with the byte that ended it.

// matchSection matches `(?i)^\s*SECTION\s*(\d{1,3})\s*OF\s*(\d{1,3})\b` at
// the start of s ("SECTION 01 OF 03"): it returns the two numbers as
// written and the length of the match.
func matchSection(s string) (num, total string, n int, ok bool) {
	i := skipRESpace(s)
	k, ok := foldPrefixLen(s[i:], "SECTION")
	if !ok {
		return "", "", 0, false
	}
	i += k
	i += skipRESpace(s[i:])
	j := digitRun(s, i, 3)
	if j == i {
		return "", "", 0, false
	}
	num = s[i:j]
	i = j + skipRESpace(s[j:])
	k, ok = foldPrefixLen(s[i:], "OF")
	if !ok {
		return "", "", 0, false
	}
	i += k
	i += skipRESpace(s[i:])
	j = digitRun(s, i, 3)
	if j == i || j < len(s) && (isWordByte(s[j]) || s[j] == '_') { // \b
		return "", "", 0, false
	}
	return num, s[i:j], j, true
}

// matchOrigin matches
// `^\s*([A-Za-z][A-Za-z.'&\-]*(?: [A-Za-z][A-Za-z.'&\-]*){0,4})\s+(\d{1,7})`
// at the start of s ("CAPE TOWN 006403"): up to five words, each after one
// space, white space and up to seven digits. It returns the words, the
// digits and the length of the match.
func matchOrigin(s string) (origin, serial string, n int, ok bool) {
	start := skipRESpace(s)
	if start == len(s) || !isLetter(s[start]) {
		return "", "", 0, false
	}
	i := originWordEnd(s, start)
	for words := 1; words < 5 && i+1 < len(s) && s[i] == ' ' && isLetter(s[i+1]); words++ {
		i = originWordEnd(s, i+1)
	}
	end := i
	i += skipRESpace(s[i:])
	if i == end {
		return "", "", 0, false
	}
	j := digitRun(s, i, 7)
	if j == i {
		return "", "", 0, false
	}
	return s[start:end], s[i:j], j, true
}

// originWordEnd returns the end of the origin word that starts at s[i], a
// letter: letters and . ' & -.
func originWordEnd(s string, i int) int {
	for i++; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && c != '.' && c != '\'' && c != '&' && c != '-' {
			break
		}
	}
	return i
}

// digitRun returns the end of the run of at most max ASCII digits at s[i:].
func digitRun(s string, i, max int) int {
	j := i
	for j < len(s) && j-i < max && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j
}

// foldPrefixLen reports whether s starts with word (upper-case ASCII
// letters) as a (?i) pattern matches it, where an 'S' may also be U+017F
// (ſ) and a 'K' U+212A (the Kelvin sign), and returns the length of the
// prefix.
func foldPrefixLen(s, word string) (int, bool) {
	i := 0
	for k := 0; k < len(word); k++ {
		c := word[k]
		switch {
		case i < len(s) && s[i]&^0x20 == c:
			i++
		case c == 'S' && strings.HasPrefix(s[i:], "ſ"):
			i += len("ſ")
		case c == 'K' && strings.HasPrefix(s[i:], "\u212a"):
			i += len("\u212a")
		default:
			return 0, false
		}
	}
	return i, true
}
