package classification

// The "Classified By" keyword is read by hand. The patterns of the tests,
//
//	cbKeyRE       (?i)\bclass?i?fi?e?d\s+by\b\s*:?
//	cbKeyStartRE  (?i)^class?i?fi?e?d\s+by\b\s*:?\s*
//
// have one way to match from a given start (matchCBKey): each optional
// letter differs from the letter that must come after it (s? i? before f,
// i? e? before d), white space is not a letter or a colon, so taking what
// fits is what the pattern does. Under (?i) an 's' may also be 'ſ'
// (U+017F); no other letter of the keyword has a non-ASCII fold.

// matchCBKey returns the end of the match of
// `(?i)^class?i?fi?e?d\s+by\b\s*:?` in s, or -1.
func matchCBKey(s string) int {
	i, ok := foldPrefixLen(s, "CLAS")
	if !ok {
		return -1
	}
	i += optFold(s[i:], "S")
	i += optFold(s[i:], "I")
	n, ok := foldPrefixLen(s[i:], "F")
	if !ok {
		return -1
	}
	i += n
	i += optFold(s[i:], "I")
	i += optFold(s[i:], "E")
	if n, ok = foldPrefixLen(s[i:], "D"); !ok {
		return -1
	}
	i += n
	if n = skipRESpace(s[i:]); n == 0 {
		return -1
	}
	i += n
	if n, ok = foldPrefixLen(s[i:], "BY"); !ok {
		return -1
	}
	i += n
	if i < len(s) && isREWordByte(s[i]) { // \b
		return -1
	}
	i += skipRESpace(s[i:])
	if i < len(s) && s[i] == ':' {
		i++
	}
	return i
}

// optFold returns the length of letter (upper-case) at the start of s as
// an optional letter of a (?i) pattern matches it, 0 when it is not there.
func optFold(s, letter string) int {
	n, _ := foldPrefixLen(s, letter)
	return n
}

// cbKeyStartLen returns the length of the "Classified By" keyword, and
// the white space after it, that s starts with (cbKeyStartRE), or 0.
func cbKeyStartLen(s string) int {
	e := matchCBKey(s)
	if e < 0 {
		return 0
	}
	return e + skipRESpace(s[e:])
}

// nextCBKey finds the next "Classified By" keyword in text from offset off
// and returns its span, or -1. It looks for "fied" (cheap) before trying
// the pattern around it, and only where "by" follows (byFollows).
func nextCBKey(text string, off int) (int, int) {
	return nextFied(text, off, func(p int) (int, int, bool) {
		if !byFollows(text, p+4) {
			return 0, 0, false // "UNCLASSIFIED", "DECLASSIFIED 2019"
		}
		return cbKeyAt(text, p)
	})
}

// nextFied returns the first span that at gives around a "fied" (any
// case) of text from offset off, where at(p) looks at the "fied" at p;
// -1, -1 when there is none.
func nextFied(text string, off int, at func(p int) (start, end int, ok bool)) (int, int) {
	for off < len(text) {
		p := indexFold(text[off:], "fied")
		if p < 0 {
			return -1, -1
		}
		p += off
		off = p + 4
		if start, end, ok := at(p); ok {
			return start, end
		}
	}
	return -1, -1
}

// cbKeyAt returns the span of the "Classified By" keyword whose "fied" is
// at text[p], if cbKeyRE, run on text[p-6:p+40], finds one that starts
// at or before p and starts a word ("DECLASSIFIED BY NARA" does not). The
// leftmost match is the one of the first start from p-6 on where \b holds
// in that window (always at its first byte) and matchCBKey matches.
func cbKeyAt(text string, p int) (start, end int, ok bool) {
	w0 := max(0, p-6)
	win := text[w0:min(len(text), p+40)]
	for q := w0; q <= p; q++ {
		if q > w0 && isREWordByte(text[q-1]) {
			continue
		}
		e := matchCBKey(win[q-w0:])
		if e < 0 {
			continue
		}
		if q > 0 && isWordByte(text[q-1]) {
			return 0, 0, false
		}
		return q, q + e, true
	}
	return 0, 0, false
}

// byFollows reports whether white space and then "by" (either case) start
// at text[i:]. cbKeyRE, run on text[p-6:p+40] after a "fied" at p, finds
// a match that starts at or before p only when this holds for i = p+4:
// its shortest match, "clafd by", is 8 bytes long, so a match that starts
// at p-6 or later reaches past p, and the one 'f' of its letters
// (c-l-a-s-s-i-f-i-e-d, the s's may be 'ſ') must be the one at p; "ied"
// then ends the letters, and `\s+by` comes next.
func byFollows(text string, i int) bool {
	if i >= len(text) || !isREWhite(text[i]) {
		return false
	}
	i += skipRESpace(text[i:])
	return hasPrefixFold(text[i:], "by")
}
