package classification

// The numeric date of an E.O. line is read by hand. The pattern of the
// tests, numDateRE,
//
//	^(\d{1,4})\s*[/.-]\s*(\d{1,3})\s*[/.-]\s*(\d{2,4})\b
//
// has one way to match each text: no part can take the byte the next one
// needs (a digit run is followed by white space or a separator, white
// space by a separator or a digit), so each digit field is a whole run of
// digits and the pattern fails when the run is longer than its field. The
// last run must be followed by a byte that is not a word byte for \b.

// numDate is a match of numDateRE: the bounds of its three digit fields;
// c1 is also the end of the match.
type numDate struct {
	a0, a1, b0, b1, c0, c1 int
}

// matchNumDate matches numDateRE at the start of s.
func matchNumDate(s string) (numDate, bool) {
	var m numDate
	m.a0, m.a1 = 0, digitRun(s, 0, 5) // five digits: too long
	if n := m.a1 - m.a0; n < 1 || n > 4 {
		return numDate{}, false
	}
	i, ok := skipDateSep(s, m.a1)
	if !ok {
		return numDate{}, false
	}
	m.b0, m.b1 = i, digitRun(s, i, 4)
	if n := m.b1 - m.b0; n < 1 || n > 3 {
		return numDate{}, false
	}
	if i, ok = skipDateSep(s, m.b1); !ok {
		return numDate{}, false
	}
	m.c0, m.c1 = i, digitRun(s, i, 5)
	if n := m.c1 - m.c0; n < 2 || n > 4 || m.c1 < len(s) && isREWordByte(s[m.c1]) {
		return numDate{}, false
	}
	return m, true
}

// skipDateSep skips `\s*[/.-]\s*` at s[i:] and returns the index after
// it, or false.
func skipDateSep(s string, i int) (int, bool) {
	i += skipRESpace(s[i:])
	if i == len(s) || s[i] != '/' && s[i] != '.' && s[i] != '-' {
		return 0, false
	}
	i++
	return i + skipRESpace(s[i:]), true
}

// isNumDate reports whether s starts with a numeric date (numDateRE
// matches), calendar date or not.
func isNumDate(s string) bool {
	_, ok := matchNumDate(s)
	return ok
}
