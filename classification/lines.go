package classification

import (
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// lineSeq splits a text into lines as the parser asks for them: it reads
// the banner and the preamble, a few dozen lines at the top of a body
// that often runs to hundreds, so most lines are never split.
type lineSeq struct {
	text  string // the whole text
	rest  string // text not split yet
	first int    // number of the first line
	ls    []seqLine
}

// seqLine is one line of a lineSeq: its text, without the line end, and
// the byte offset of that text in the whole text.
type seqLine struct {
	text string
	off  int
}

func newLineSeq(text string, first int) *lineSeq {
	return &lineSeq{text: text, rest: text, first: max(first, 1), ls: make([]seqLine, 0, 64)}
}

// at returns line i (0-based) and whether the text has that many lines.
func (s *lineSeq) at(i int) (textutil.Line, bool) {
	for len(s.ls) <= i && s.rest != "" {
		off := len(s.text) - len(s.rest)
		var ln string
		ln, s.rest = textutil.NextLine(s.rest)
		s.ls = append(s.ls, seqLine{text: ln, off: off})
	}
	if i < len(s.ls) {
		return textutil.Line{Num: s.num(i), Text: s.ls[i].text}, true
	}
	return textutil.Line{}, false
}

// num returns the line number of line i.
func (s *lineSeq) num(i int) int { return s.first + i }

// join returns the texts of lines [i, j), which at has returned, joined
// with "\n". Lines end with "\n" in most texts, and then it is a slice of
// the text: only line ends with a carriage return make it build a string.
func (s *lineSeq) join(i, j int) string {
	if i >= j {
		return ""
	}
	last := s.ls[j-1]
	zone := s.text[s.ls[i].off : last.off+len(last.text)]
	if strings.IndexByte(zone, '\r') < 0 {
		return zone
	}
	n := 0
	for _, l := range s.ls[i:j] {
		n += len(l.text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for k, l := range s.ls[i:j] {
		if k > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.text)
	}
	return b.String()
}
