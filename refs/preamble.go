package refs

import (
	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
)

// preamble hands out the preamble lines of a text one at a time: the lines
// before paragraph 1, or the first maxPreamble lines when there is none.
// The rest of the body is never split, and no line is kept. A preamble is a
// small value: a copy marks a position to go back to.
type preamble struct {
	rest string // the text after the lines handed out so far
	num  int    // number of the next line
	left int    // lines that may still be handed out
}

// newPreamble starts the preamble lines of text, numbered from first (0
// means 1).
func newPreamble(text string, first int) preamble {
	return preamble{rest: text, num: max(first, 1), left: maxPreamble}
}

// next returns the next preamble line; ok is false at the end of the text,
// at paragraph 1 and after maxPreamble lines.
func (r *preamble) next() (line textutil.Line, ok bool) {
	if r.rest == "" || r.left <= 0 {
		return textutil.Line{}, false
	}
	s, rest := textutil.NextLine(r.rest)
	if lexicon.ParagraphOne(s) {
		r.rest, r.left = "", 0
		return textutil.Line{}, false
	}
	line = textutil.Line{Num: r.num, Text: s}
	r.rest = rest
	r.num++
	r.left--
	return line, true
}
