package tags

import "github.com/cablemeta/cablemeta/internal/textutil"

// lineSeq splits a text into lines as find asks for them. find stops at
// the TAGS line and the few continuation lines after it, or at paragraph
// 1 and the lines the unlabelled form can reach past it; the TAGS line
// comes in the first few lines of a body that often runs to hundreds, so
// most lines are never split. The first seqInPlace lines are kept in the
// lineSeq itself, which ParseResult holds on its stack: only a longer
// search puts lines on the heap.
type lineSeq struct {
	rest string // text not split yet
	next int    // number of the next line
	n    int    // number of lines split so far
	buf  [seqInPlace]textutil.Line
	more []textutil.Line // lines from seqInPlace on
}

// seqInPlace is the number of lines a lineSeq holds without allocating,
// enough for the TAGS line and its continuations in most bodies.
const seqInPlace = 32

// newLineSeq returns the lines of text, numbered from first.
func newLineSeq(text string, first int) *lineSeq {
	return &lineSeq{rest: text, next: first}
}

// add appends line l to the lines split so far.
func (s *lineSeq) add(l textutil.Line) {
	if s.n < seqInPlace {
		s.buf[s.n] = l
	} else {
		s.more = append(s.more, l)
	}
	s.n++
}

// at returns line i (0-based) and whether the text has that many lines.
func (s *lineSeq) at(i int) (textutil.Line, bool) {
	for s.n <= i && s.rest != "" {
		var ln string
		ln, s.rest = textutil.NextLine(s.rest)
		s.add(textutil.Line{Num: s.next, Text: ln})
		s.next++
	}
	switch {
	case i >= s.n:
		return textutil.Line{}, false
	case i < seqInPlace:
		return s.buf[i], true
	}
	return s.more[i-seqInPlace], true
}
