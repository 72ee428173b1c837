package paragraph

// pageBreakEnd returns the end of the match of pageBreakRE at the start
// of s, as pageBreakRE.FindStringIndex(s)[1] does, or -1 if there is
// none. It follows the regexp's leftmost-first choices byte by byte: the
// pattern is ASCII only, and every run of \s or digits in it is followed
// by a byte that cannot continue the run, so only the lazy name part
// ([A-Za-z .'\-]{1,30}?) needs trying at more than one length.
// FuzzPageBreakEnd checks it against the regexp.
func pageBreakEnd(s string) int {
	p := reSpaceRun(s, 0)
	if p >= len(s) || s[p] < 'A' || s[p] > 'Z' {
		return -1
	}
	for k := 1; k <= 30; k++ {
		if p+k >= len(s) || !pageNameByte(s[p+k]) {
			return -1
		}
		if e := pageBreakRest(s, p+k+1); e >= 0 {
			return e
		}
	}
	return -1
}

// pageBreakRest matches the part of pageBreakRE after the station name
// at s[i:]: `\s+\d{8}\s+\d{3}(?:\.\d)?\s+(?:OF|of|Of)(?:\s+\d{3})?(?:\s+|$)`.
// It returns the end of the match or -1.
func pageBreakRest(s string, i int) int {
	j := reSpaceRun(s, i)
	if j == i || !digitsAt(s, j, 8) {
		return -1
	}
	i = j + 8
	j = reSpaceRun(s, i)
	if j == i || !digitsAt(s, j, 3) {
		return -1
	}
	i = j + 3
	if i+1 < len(s) && s[i] == '.' && isDigitByte(s[i+1]) {
		i += 2
	}
	j = reSpaceRun(s, i)
	if j == i || j+2 > len(s) {
		return -1
	}
	switch s[j : j+2] {
	case "OF", "of", "Of":
	default:
		return -1
	}
	i = j + 2
	j = reSpaceRun(s, i)
	if j > i && digitsAt(s, j, 3) { // (?:\s+\d{3})? taken when (?:\s+|$) follows
		e := j + 3
		if e == len(s) {
			return e
		}
		if f := reSpaceRun(s, e); f > e {
			return f
		}
	}
	if j > i {
		return j
	}
	if i == len(s) {
		return i
	}
	return -1
}

// reSpaceRun returns the end of the run of regexp white space (\s:
// tab, newline, form feed, carriage return, space) starting at s[i].
func reSpaceRun(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// digitsAt reports whether s[i:i+n] is n ASCII digits.
func digitsAt(s string, i, n int) bool {
	if i+n > len(s) {
		return false
	}
	for _, c := range []byte(s[i : i+n]) {
		if !isDigitByte(c) {
			return false
		}
	}
	return true
}

// pageNameByte reports whether c is in the station-name class of
// pageBreakRE: [A-Za-z .'\-].
func pageNameByte(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == ' ' || c == '.' || c == '\'' || c == '-'
}
