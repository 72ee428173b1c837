package tags

import "github.com/cablemeta/cablemeta/internal/textutil"

// lineCursor splits a text into lines as find asks for them. find stops at
// the TAGS line and the few continuation lines after it, or at paragraph
// 1 and the lines the unlabelled form can reach past it; the TAGS line
// comes in the first few lines of a body that often runs to hundreds, so
// most lines are never split. A lineCursor is a value: a copy is an
// independent cursor, which is how collect looks a line ahead and how
// unlabelled comes back to the line after the E.O. line, so no line is
// stored.
type lineCursor struct {
	rest string // text not split yet
	num  int    // number of the next line
	// split, when not nil, holds the lines in place of rest: the tests
	// run find over the lines of a text split up front this way.
	split []textutil.Line
}

// newLineCursor returns a cursor at the first line of text, numbered first.
func newLineCursor(text string, first int) lineCursor {
	return lineCursor{rest: text, num: first}
}

// next returns the next line and moves past it; ok is false at the end.
func (c *lineCursor) next() (l textutil.Line, ok bool) {
	if c.split != nil {
		if len(c.split) == 0 {
			return textutil.Line{}, false
		}
		l, c.split = c.split[0], c.split[1:]
		return l, true
	}
	if c.rest == "" {
		return textutil.Line{}, false
	}
	var ln string
	ln, c.rest = textutil.NextLine(c.rest)
	l = textutil.Line{Num: c.num, Text: ln}
	c.num++
	return l, true
}
