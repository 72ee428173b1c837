package classification

import "github.com/cablemeta/cablemeta/internal/textutil"

// lineSeq splits a text into lines as the parser asks for them: it reads
// the banner and the preamble, a few dozen lines at the top of a body
// that often runs to hundreds, so most lines are never split.
type lineSeq struct {
	rest string // text not split yet
	next int    // number of the next line
	ls   []textutil.Line
}

func newLineSeq(text string, first int) *lineSeq {
	return &lineSeq{rest: text, next: max(first, 1), ls: make([]textutil.Line, 0, 64)}
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
