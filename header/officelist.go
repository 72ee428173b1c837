package header

// officeList gathers the office tokens of a received copy's distribution
// list ("LOG-00 EEB-00 AF-00 ...", a dozen to a line over several lines)
// while the scanner reads it. The first officesInPlace tokens stay in the
// list itself, on the scanner's stack, so that ReceivedCopy.Info is made
// once, at its final size, instead of growing line by line.
type officeList struct {
	n    int
	buf  [officesInPlace]string
	more []string // tokens from officesInPlace on
}

// officesInPlace holds the lists of most received copies (23 to 44
// offices in the test cables).
const officesInPlace = 48

func (l *officeList) add(w string) {
	if l.n < officesInPlace {
		l.buf[l.n] = w
	} else {
		l.more = append(l.more, w)
	}
	l.n++
}

// list returns the tokens in the order they were added, in a new slice.
func (l *officeList) list() []string {
	out := make([]string, 0, l.n)
	out = append(out, l.buf[:min(l.n, officesInPlace)]...)
	return append(out, l.more...)
}
