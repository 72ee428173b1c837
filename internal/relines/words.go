package relines

// Small byte-level helpers for the landmark matchers.

func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isBlank(c byte) bool  { return c == ' ' || c == '\t' }

// wordEnd returns the end of the word (up to a blank or line end) at s[i:].
func wordEnd(s string, i int) int {
	for i < len(s) && !isBlank(s[i]) && s[i] != '\n' && s[i] != '\r' {
		i++
	}
	return i
}

// skipBlanks returns the offset after the blanks at s[i:].
func skipBlanks(s string, i int) int {
	for i < len(s) && isBlank(s[i]) {
		i++
	}
	return i
}

// nextWord returns the word after the one at s[i:] on the same line, and
// its offset (-1 when none).
func nextWord(s string, i int) (string, int) {
	j := skipBlanks(s, wordEnd(s, i))
	if j >= len(s) || s[j] == '\n' || s[j] == '\r' {
		return "", -1
	}
	return s[j:wordEnd(s, j)], j
}

// allDigits reports whether w is a non-empty run of digits.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// upperWord reports whether w has capitals and no lower-case letter.
func upperWord(w string) bool {
	caps := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case isUpper(c):
			caps = true
		}
	}
	return caps
}
