package classification

import (
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// lineSeq splits a text into lines as the parser asks for them: it reads
// the banner and the preamble, a few dozen lines at the top of a body
// that often runs to hundreds, so most lines are never split. The first
// seqInPlace lines are kept in the lineSeq itself, which Parse holds on
// its stack: only a longer search puts lines on the heap.
type lineSeq struct {
	text  string // the whole text
	rest  string // text not split yet
	first int    // number of the first line
	n     int    // number of lines split so far
	buf   [seqInPlace]seqLine
	more  []seqLine // lines from seqInPlace on
}

// seqInPlace is the number of lines a lineSeq holds without allocating:
// the preamble search stops 60 lines after the banner, which most texts
// (cut after the header) have on one of their first lines.
const seqInPlace = 64

// seqLine is one line of a lineSeq: its text, without the line end, and
// the byte offset of that text in the whole text.
type seqLine struct {
	text string
	off  int
}

func newLineSeq(text string, first int) *lineSeq {
	return &lineSeq{text: text, rest: text, first: max(first, 1)}
}

// line returns line i, which at has split.
func (s *lineSeq) line(i int) seqLine {
	if i < seqInPlace {
		return s.buf[i]
	}
	return s.more[i-seqInPlace]
}

// at returns line i (0-based) and whether the text has that many lines.
func (s *lineSeq) at(i int) (textutil.Line, bool) {
	for s.n <= i && s.rest != "" {
		l := seqLine{off: len(s.text) - len(s.rest)}
		l.text, s.rest = textutil.NextLine(s.rest)
		if s.n < seqInPlace {
			s.buf[s.n] = l
		} else {
			s.more = append(s.more, l)
		}
		s.n++
	}
	if i < s.n {
		return textutil.Line{Num: s.num(i), Text: s.line(i).text}, true
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
	last := s.line(j - 1)
	zone := s.text[s.line(i).off : last.off+len(last.text)]
	if strings.IndexByte(zone, '\r') < 0 {
		return zone
	}
	n := 0
	for k := i; k < j; k++ {
		n += len(s.line(k).text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte('\n')
		}
		b.WriteString(s.line(k).text)
	}
	return b.String()
}
