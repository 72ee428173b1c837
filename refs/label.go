package refs

import "strings"

// Hand-written matchers for the REF labels (they run on every preamble
// line that holds "ref"). Each gives what its pattern, kept in
// shortcut_test.go, gives:
//
//	labelStartRE  (?i)^[ \t]*(?:¶[ \t]*)?(\(?[a-z][.)]\)?[ \t]*)?(?:program[ \t]+)?(?:ref(?:s|tels?|erences?)?\b|ref\(s\))[ \t]*([:.]+)?
//	labelMidRE    ^(?i)ref(?:s|tels?|\(s\))?[ \t]*:
//
// Under (?i) the letter class [a-z] also takes "ſ" and "K" (which fold to
// s and k), and so does every "s" of the labels; \b is an ASCII word
// boundary. The second branch of labelStartRE, ref\(s\), never decides a
// match: where it could, the first branch already matched "ref".

// labelStart matches labelStartRE against s: a REF label at the start
// of a line, maybe after an item letter ("A. REF AMMAN 222") or "PROGRAM".
// m holds the submatch offsets the pattern gives: the match, the item
// letter group with its blanks, the run of colons and periods after the
// label; -1 for a group that takes no part.
func labelStart(s string) (m [6]int, ok bool) {
	m = [6]int{0, -1, -1, -1, -1, -1}
	k := skipSpaces(s, 0)
	if strings.HasPrefix(s[k:], "¶") {
		k = skipSpaces(s, k+len("¶"))
	}
	if e := itemLetterEnd(s, k); e >= 0 {
		m[2], m[3] = k, e
		k = e
	}
	if foldAt(s, k, "program") {
		if j := skipSpaces(s, k+len("program")); j > k+len("program") {
			k = j
		}
	}
	if !foldAt(s, k, "ref") {
		return m, false
	}
	k = refWordEnd(s, k+len("ref"), true)
	if k < 0 {
		return m, false
	}
	k = skipSpaces(s, k)
	j := k
	for j < len(s) && (s[j] == ':' || s[j] == '.') {
		j++
	}
	if j > k {
		m[4], m[5] = k, j
		k = j
	}
	m[1] = k
	return m, true
}

// itemLetterEnd matches the item letter group of labelStartRE,
// \(?[a-z][.)]\)?[ \t]*, at s[k:] and returns its end, or -1.
func itemLetterEnd(s string, k int) int {
	j := k
	if j < len(s) && s[j] == '(' {
		j++
	}
	w := foldLetter(s, j)
	if w == 0 || j+w >= len(s) || (s[j+w] != '.' && s[j+w] != ')') {
		return -1
	}
	j += w + 1
	if j < len(s) && s[j] == ')' {
		j++
	}
	return skipSpaces(s, j)
}

// foldLetter returns the width of the letter at s[j] that (?i)[a-z]
// takes: 1 for an ASCII letter, 2 for "ſ", 3 for "K"; 0 for none.
func foldLetter(s string, j int) int {
	switch {
	case j >= len(s):
		return 0
	case isLetter(s[j]):
		return 1
	case strings.HasPrefix(s[j:], "ſ"):
		return len("ſ")
	case strings.HasPrefix(s[j:], "\u212A"):
		return len("\u212A")
	}
	return 0
}

// foldS returns the width of an "s" that (?i) takes at s[j] ("s", "S",
// "ſ"), or 0.
func foldS(s string, j int) int {
	switch {
	case j < len(s) && s[j]|0x20 == 's':
		return 1
	case strings.HasPrefix(s[j:], "ſ"):
		return len("ſ")
	}
	return 0
}

// refWordEnd reads the rest of a REF label word after "ref" at s[j:]:
// the suffixes of labelStartRE, (?:s|tels?|erences?)?\b when start is
// set, or those of labelMidRE, (?:s|tels?|\(s\))?, when it is not. The
// branches are tried in the order of the pattern, the longer spelling
// first; it returns the end of the first one that holds, or -1.
func refWordEnd(s string, j int, start bool) int {
	ok := func(e int) bool { return !start || wordBoundary(s, e) }
	if w := foldS(s, j); w > 0 && ok(j+w) {
		return j + w
	}
	if foldAt(s, j, "tel") {
		e := j + len("tel")
		if w := foldS(s, e); w > 0 && ok(e+w) {
			return e + w
		}
		if ok(e) {
			return e
		}
	}
	if start && foldAt(s, j, "erence") {
		e := j + len("erence")
		if w := foldS(s, e); w > 0 && ok(e+w) {
			return e + w
		}
		if ok(e) {
			return e
		}
	}
	if !start && j < len(s) && s[j] == '(' {
		if w := foldS(s, j+1); w > 0 && j+1+w < len(s) && s[j+1+w] == ')' {
			return j + 2 + w
		}
	}
	if ok(j) {
		return j
	}
	return -1
}

// wordBoundary reports whether \b holds at s[e], e > 0: whether one of
// the characters around it is an ASCII word character and the other not.
func wordBoundary(s string, e int) bool {
	before := wordByte(s[e-1]) // a byte of a multi-byte character is no word character
	after := e < len(s) && wordByte(s[e])
	return before != after
}

// wordByte reports whether c is an ASCII word character: [0-9A-Za-z_].
func wordByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }

// labelMidEnd matches labelMidRE at s[i:], where "ref" occurs, and
// returns the end of the match (after the colon), or -1.
func labelMidEnd(s string, i int) int {
	if !foldAt(s, i, "ref") {
		return -1
	}
	j := skipSpaces(s, refWordEnd(s, i+len("ref"), false))
	if j < len(s) && s[j] == ':' {
		return j + 1
	}
	return -1
}
