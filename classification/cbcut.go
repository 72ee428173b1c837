package classification

// The "who" part of a "Classified By" line ends where cbCut finds the
// pattern cbCutExpr of the tests, matched on the block lower-cased
// (asciiLower): a reason keyword (misspelt, wrapped), an E.O. citation,
// "SECTION 1.5", "for/per/under/based on/due to 1.x", a bare "1.4 (b)",
// garbled bytes. Its six alternatives are
//
//	(?:\b(?:for|fr|f0r|per)\s+)?\b(?:r\s*e\s*a\s*s\s*[o0]\s*n\s*s?|rea[o0]ns?|res[o0]ns?|sea3on)\b
//	(?:\bfor\s+)?\be\.?\s?o\.?\s*1\d{4}
//	\b(?:under\s+)?se\s*ctions?\s+\d
//	\b(?:for|fr|f0r|per|under|based\s+[o0]n|due\s+to)\s+(?:para\s+)?1\s*[.,/]
//	[:;,.]?\s+1\s*[.,/]\s*[2-6]\s*\(?\s*[a-h]\b
//	[#$@!{}~`=<>|]
//
// and they are read here byte by byte (cutAt), lower-casing ASCII letters
// as they are read, so the block is not copied. Each part takes bytes the
// next cannot (white space is no letter, digit or punctuation sign; an
// optional letter differs from the one after it), so taking what fits is
// the one way to match, with one exception handled where it occurs: the
// end of a reason keyword (cutWordEnd). Only whether an alternative
// matches matters, not where it ends.
//
// It is read by hand because the pattern costs 9.5% of cable.Parse:
// 658k instructions per cable with cbCut, 721k with the regexp on the
// lower-cased block (cachegrind, GOGC=off, the cable package's
// BenchmarkParse). TestCBCut and FuzzCBCut check it against the pattern.

// cbCut returns the start of the leftmost match of cbCutExpr in
// asciiLower(s), or -1. The first four alternatives start with a letter
// (f, p, r, s, e, b, u or d) and need a word boundary before it, the fifth
// starts with [:;,.] or white space, the last is a symbol: other bytes
// start no match.
func cbCut(s string) int {
	for p := 0; p < len(s); p++ {
		switch lowerAt(s, p) {
		case 'f', 'p', 'r', 's', 'e', 'b', 'u', 'd':
			if p > 0 && isREWordByte(s[p-1]) { // \b
				continue
			}
		case ':', ';', ',', '.', ' ', '\t', '\n', '\f', '\r':
		case '#', '$', '@', '!', '{', '}', '~', '`', '=', '<', '>', '|':
			return p
		default:
			continue
		}
		if cutAt(s[p:]) {
			return p
		}
	}
	return -1
}

// cutAt reports whether cbCutExpr matches at the start of asciiLower(t),
// as the pattern anchored there does (cbCutAtRE of the tests; the word
// boundary before a letter is the caller's to check).
func cutAt(t string) bool {
	switch lowerAt(t, 0) {
	case '#', '$', '@', '!', '{', '}', '~', '`', '=', '<', '>', '|':
		return true
	case ':', ';', ',', '.', ' ', '\t', '\n', '\f', '\r':
		return cutLetterCiteAt(t)
	}
	return cutReasonAt(t) || cutEOAt(t) || cutSectionAt(t) || cutForSectionAt(t)
}

// cutReasonAt: the first alternative, a reason keyword, after "for", "fr",
// "f0r" or "per" and white space or alone.
func cutReasonAt(t string) bool {
	if cutReasonWordAt(t, 0) {
		return true
	}
	for _, k := range [...]string{"for", "fr", "f0r", "per"} {
		if i := spacesAfter(t, foldLit(t, 0, k)); i >= 0 && cutReasonWordAt(t, i) {
			return true
		}
	}
	return false
}

// cutReasonWordAt reports whether one of the reason keywords
// `r\s*e\s*a\s*s\s*[o0]\s*n\s*s?`, `rea[o0]ns?`, `res[o0]ns?`, `sea3on`,
// followed by a word boundary, starts at t[i].
func cutReasonWordAt(t string, i int) bool {
	j := i
	for _, c := range [...]byte{'r', 'e', 'a', 's'} {
		if lowerAt(t, j) != c {
			j = -1
			break
		}
		j = skipREWhite(t, j+1)
	}
	if j >= 0 && isO0(lowerAt(t, j)) {
		if j = skipREWhite(t, j+1); lowerAt(t, j) == 'n' && cutWordEnd(t, j+1) {
			return true
		}
	}
	for _, k := range [...]string{"rea", "res"} {
		if j := foldLit(t, i, k); j >= 0 && isO0(lowerAt(t, j)) && lowerAt(t, j+1) == 'n' && cutWordEnd(t, j+2) {
			return true
		}
	}
	j = foldLit(t, i, "sea3on")
	return j >= 0 && !isREWordByte(lowerAt(t, j))
}

// cutWordEnd reports whether `\s*s?\b` matches at t[i], after the "n" of
// "reason" (the first alternative of the keyword also allows white space
// there; the others are `s?\b`, the same when t[i] is not white space).
// The pattern backtracks here: a word byte after "reason " is a word
// boundary after the white space. So it matches when t[i] is not a word
// byte (white space, punctuation, the end), or is an 's' that is.
func cutWordEnd(t string, i int) bool {
	c := lowerAt(t, i)
	return !isREWordByte(c) || c == 's' && !isREWordByte(lowerAt(t, i+1))
}

// cutEOAt: the second alternative, an E.O. citation `e\.?\s?o\.?\s*1\d{4}`,
// after "for" and white space or alone.
func cutEOAt(t string) bool {
	return cutEOCiteAt(t, 0) || cutEOCiteAt(t, spacesAfter(t, foldLit(t, 0, "for")))
}

func cutEOCiteAt(t string, i int) bool {
	if i < 0 || lowerAt(t, i) != 'e' {
		return false
	}
	i++
	if lowerAt(t, i) == '.' {
		i++
	}
	if isREWhite(lowerAt(t, i)) {
		i++
	}
	if lowerAt(t, i) != 'o' {
		return false
	}
	i++
	if lowerAt(t, i) == '.' {
		i++
	}
	i = skipREWhite(t, i)
	if lowerAt(t, i) != '1' {
		return false
	}
	for k := 1; k <= 4; k++ {
		if !isDigit(lowerAt(t, i+k)) {
			return false
		}
	}
	return true
}

// cutSectionAt: the third alternative, `se\s*ctions?\s+\d`, after "under"
// and white space or alone.
func cutSectionAt(t string) bool {
	return cutSectionWordAt(t, 0) || cutSectionWordAt(t, spacesAfter(t, foldLit(t, 0, "under")))
}

func cutSectionWordAt(t string, i int) bool {
	if i = foldLit(t, i, "se"); i < 0 {
		return false
	}
	if i = foldLit(t, skipREWhite(t, i), "ction"); i < 0 {
		return false
	}
	if lowerAt(t, i) == 's' {
		i++
	}
	i = spacesAfter(t, i)
	return i >= 0 && isDigit(lowerAt(t, i))
}

// cutForSectionAt: the fourth alternative, a word such as "for", "under",
// "based on" or "due to", white space, an optional "para" and white
// space, then `1\s*[.,/]`.
func cutForSectionAt(t string) bool {
	i := spacesAfter(t, cutForWordEnd(t))
	if i < 0 {
		return false
	}
	if j := spacesAfter(t, foldLit(t, i, "para")); j >= 0 {
		i = j
	}
	if lowerAt(t, i) != '1' {
		return false
	}
	switch lowerAt(t, skipREWhite(t, i+1)) {
	case '.', ',', '/':
		return true
	}
	return false
}

// cutForWordEnd returns the end of `for|fr|f0r|per|under|based\s+[o0]n|due\s+to`
// at the start of t, or -1. At most one of them fits a text.
func cutForWordEnd(t string) int {
	for _, k := range [...]string{"for", "fr", "f0r", "per", "under"} {
		if i := foldLit(t, 0, k); i >= 0 {
			return i
		}
	}
	if i := spacesAfter(t, foldLit(t, 0, "based")); i >= 0 && isO0(lowerAt(t, i)) && lowerAt(t, i+1) == 'n' {
		return i + 2
	}
	return foldLit(t, spacesAfter(t, foldLit(t, 0, "due")), "to")
}

// cutLetterCiteAt: the fifth alternative, a bare section and letter
// `[:;,.]?\s+1\s*[.,/]\s*[2-6]\s*\(?\s*[a-h]\b`.
func cutLetterCiteAt(t string) bool {
	i := 0
	switch lowerAt(t, 0) {
	case ':', ';', ',', '.':
		i = 1
	}
	if i = spacesAfter(t, i); i < 0 || lowerAt(t, i) != '1' {
		return false
	}
	i = skipREWhite(t, i+1)
	switch lowerAt(t, i) {
	case '.', ',', '/':
	default:
		return false
	}
	i = skipREWhite(t, i+1)
	if c := lowerAt(t, i); c < '2' || c > '6' {
		return false
	}
	i = skipREWhite(t, i+1)
	if lowerAt(t, i) == '(' {
		i++
	}
	i = skipREWhite(t, i)
	c := lowerAt(t, i)
	return c >= 'a' && c <= 'h' && !isREWordByte(lowerAt(t, i+1))
}

// lowerAt returns t[i] with ASCII upper-case letters lower-cased, as
// asciiLower(t)[i], or 0 past the end of t. Every use treats 0 as the
// end: it is no letter, digit, white space or word byte.
func lowerAt(t string, i int) byte {
	if i >= len(t) {
		return 0
	}
	c := t[i]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

// foldLit returns the index after lit (lower-case ASCII) if
// asciiLower(t) holds it at i, or -1 (also for i < 0).
func foldLit(t string, i int, lit string) int {
	if i < 0 {
		return -1
	}
	for k := 0; k < len(lit); k++ {
		if lowerAt(t, i+k) != lit[k] {
			return -1
		}
	}
	return i + len(lit)
}

// spacesAfter returns the index after the white space (one byte at
// least, `\s+`) at t[i], or -1 (also for i < 0).
func spacesAfter(t string, i int) int {
	if i < 0 {
		return -1
	}
	j := skipREWhite(t, i)
	if j == i {
		return -1
	}
	return j
}

// skipREWhite returns the index after the white space (`\s*`) at t[i].
func skipREWhite(t string, i int) int { return i + skipRESpace(t[i:]) }

func isO0(c byte) bool { return c == 'o' || c == '0' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isREWhite reports whether c is white space for \s in a regexp.
func isREWhite(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
