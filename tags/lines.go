package tags

import "github.com/cablemeta/cablemeta/internal/textutil"

// lineSeq splits a text into lines as find asks for them. find stops at
// the TAGS line and the few continuation lines after it, or at paragraph
// 1 and the lines the unlabelled form can reach past it; the TAGS line
// comes in the first few lines of a body that often runs to hundreds, so
// most lines are never split.
type lineSeq struct {
	rest string // text not split yet
	next int    // number of the next line
	ls   []textutil.Line
}

// newLineSeq returns the lines of text, numbered from first.
func newLineSeq(text string, first int) *lineSeq {
	return &lineSeq{rest: text, next: first, ls: make([]textutil.Line, 0, 16)}
}

// at returns line i (0-based) and whether the text has that many lines.
func (s *lineSeq) at(i int) (textutil.Line, bool) {
	for len(s.ls) <= i && s.rest != "" {
		var ln string
		ln, s.rest = textutil.NextLine(s.rest)
		s.ls = append(s.ls, textutil.Line{Num: s.next, Text: ln})
		s.next++
	}
	if i < len(s.ls) {
		return s.ls[i], true
	}
	return textutil.Line{}, false
}
