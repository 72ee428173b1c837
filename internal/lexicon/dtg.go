package lexicon

// DTG is a date-time group line found by DTGLine, "R 171512Z JAN 90" or
// "ZZ O 241632Z": up to two precedence prosigns, the day, hour and
// minute, a time-zone letter, and optionally the month and the year.
type DTG struct {
	Start    int  // offset of the first precedence prosign, or of the group
	Prosigns int  // how many precedence prosigns precede the group (0, 1 or 2)
	Group    int  // offset of the six digits DDHHMM
	Zone     byte // the time-zone letter after them ('Z' for GMT)
	Month    bool // a three-letter month follows the zone letter
	Year     bool // and a year of two to four digits follows the month
	End      int  // end of the last part found
}

// DTGLine recognises a date-time group line: after blanks, up to two
// precedence prosigns (each one or two of the letters Z, O, P, R and Y:
// "R", "ZZ", "O P") each followed by blanks, six digits and a capital
// time-zone letter,
// then, after blanks, a three-letter month and a year. The month and year
// are reported when present; what follows them is the caller's to judge.
func DTGLine[T string | []byte](s T) (DTG, bool) {
	var m DTG
	i := blanks(s, 0)
	m.Start = i
	groups := 0
	for groups < 2 {
		j := i
		for j < len(s) && j-i < 2 && isPrecedenceLetter(s[j]) {
			j++
		}
		k := blanks(s, j)
		if j == i || k == j {
			break
		}
		i = k
		groups++
	}
	m.Prosigns = groups
	if i+7 > len(s) {
		return DTG{}, false
	}
	for j := i; j < i+6; j++ {
		if !isDigit(s[j]) {
			return DTG{}, false
		}
	}
	if c := s[i+6]; c < 'A' || c > 'Z' {
		return DTG{}, false
	}
	m.Group, m.Zone, m.End = i, s[i+6], i+7
	i = blanks(s, m.End)
	if i == m.End || i+3 > len(s) || !isLetter(s[i]) || !isLetter(s[i+1]) || !isLetter(s[i+2]) {
		return m, true
	}
	m.Month, m.End = true, i+3
	i = blanks(s, m.End)
	j := i
	for j < len(s) && j-i < 4 && isDigit(s[j]) {
		j++
	}
	if i > m.End && j-i >= 2 && (j == len(s) || !isDigit(s[j])) {
		m.Year, m.End = true, j
	}
	return m, true
}

// isPrecedenceLetter reports whether c is a precedence prosign letter:
// Z (flash), O (immediate), P (priority), R (routine), Y (emergency).
func isPrecedenceLetter(c byte) bool {
	return c == 'Z' || c == 'O' || c == 'P' || c == 'R' || c == 'Y'
}

// blanks returns the end of the run of blanks (spaces and tabs) at s[i:].
func blanks[T string | []byte](s T, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}
