// Package layout finds the landmarks of a cable text in one pass over its
// lines: banners (first and repeated), the E.O., TAGS and SUBJECT lines,
// where paragraph 1 starts, numbered paragraphs, page breaks and page
// headers. Each landmark is recognised by internal/lexicon; the
// layout records where it is (line number and byte offsets), so that the
// section parsers and the checks that compose a cable need not scan the
// text again.
//
// The pass reads the lines as they are: it does not decide what a
// landmark means for a field. Preamble landmarks (E.O., TAGS, SUBJECT)
// are looked for only before paragraph 1.
package layout

import (
	"iter"
	"strings"

	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
)

// Kind is the kind of a landmark.
type Kind uint8

// The landmarks a layout records.
const (
	Banner         Kind = iota + 1 // a banner line with origin and serial, or letter-spaced
	EO                             // an E.O. line
	Tags                           // a line holding the TAGS label
	Subject                        // a SUBJECT line
	DTG                            // a precedence and date-time group line
	Office                         // an office line of a received copy ("INFO LOG-00 ...")
	Paragraph                      // a numbered paragraph
	PageBreak                      // a page-break line naming a serial
	PageHeader                     // a received copy's page header ("PAGE 02 ...")
	Classification                 // a bare classification line
)

// Span is a landmark found in the text.
type Span struct {
	Kind Kind
	Line int // line number, in the caller's coordinates
	// LineStart and LineEnd are the byte offsets of the landmark's line in
	// the text (without its newline); Start and End those of the landmark.
	LineStart, LineEnd int
	Start, End         int
	// N is the paragraph number of a Paragraph and the serial of a
	// PageBreak.
	N int
	// Alone is set when nothing but white space follows the landmark on
	// its line.
	Alone bool
}

// Layout is the landmarks of a text, in text order.
type Layout struct {
	Spans []Span
	// ParagraphOne is the line where paragraph 1 starts, which ends the
	// preamble; 0 when the text has none.
	ParagraphOne int

	preamble int  // lines of the preamble still to read for its landmarks
	tags     bool // whether a TAGS line was found
}

// maxPreamble bounds the lines read for preamble landmarks when paragraph
// 1 comes late or never.
const maxPreamble = 80

// Scan finds the landmarks of text, whose first line is numbered first
// (0 means 1). Lines end at a line feed.
func Scan(text string, first int) *Layout {
	l := &Layout{Spans: make([]Span, 0, 32), preamble: maxPreamble}
	num := max(first, 1)
	run := -1 // offset of the next 8-digit run at or after off, as far as known
	for off := 0; off <= len(text); num++ {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		if run < off {
			// a page-break line names an 8-digit serial: find the next
			// run once (IndexDigitRun probes every eighth byte) instead
			// of looking for one in every line
			if i := textutil.IndexDigitRun(text[off:], 8); i >= 0 {
				run = off + i
			} else {
				run = len(text) + 1
			}
		}
		l.line(text[off:end], num, off, run < end)
		off = end + 1
	}
	return l
}

// line records the landmarks of one line s, at offset off of the text.
// serial tells whether s holds an 8-digit run.
func (l *Layout) line(s string, num, off int, serial bool) {
	add := func(k Kind, start, end, n int, alone bool) {
		l.Spans = append(l.Spans, Span{Kind: k, Line: num, LineStart: off, LineEnd: off + len(s),
			Start: off + start, End: off + end, N: n, Alone: alone})
	}
	lead := len(s) - len(textutil.TrimBlanksLeft(s))
	if lead == len(s) {
		return
	}
	if serial || strings.HasPrefix(s[reWhite(s):], "PAGE") {
		if m, ok := lexicon.PageBreakLine(s); ok {
			if m.Header {
				add(PageHeader, m.Start, m.End, 0, m.Alone)
			} else {
				add(PageBreak, m.Start, m.End, m.Serial, m.Alone)
			}
			return
		}
	}
	if c := s[lead]; c >= '0' && c <= '9' || c == "¶"[0] || c == '#' || c == '*' || c == '>' {
		if p, ok := lexicon.ParagraphNumber(s); ok {
			add(Paragraph, p.Start, p.Text, p.Num, p.Text == len(s))
			if l.ParagraphOne == 0 && p.One() {
				l.ParagraphOne, l.preamble = num, 0
			}
			return
		}
	}
	l.preamble--
	if lexicon.BannerLine(s) {
		add(Banner, lead, lead+len(strings.TrimSpace(s[lead:])), 0, true)
		return
	}
	if l.preamble < 0 {
		return
	}
	t := strings.TrimSpace(s[lead:])
	switch {
	case lexicon.EOLine(s):
		add(EO, lead, lead+len(t), 0, true)
	case lexicon.SubjectLine(t):
		sl, _ := lexicon.SubjectLabel(t)
		add(Subject, lead+sl.Start, lead+sl.Value, 0, sl.Value == len(t))
	}
	if l.tags {
		return
	}
	if tl, ok := lexicon.FindTagsLabel(s, false); ok {
		add(Tags, tl.Start, tl.Value, 0, tl.Value == len(s))
		l.tags = true
	}
}

// All returns the spans of kind k, in text order.
func (l *Layout) All(k Kind) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		for _, s := range l.Spans {
			if s.Kind == k && !yield(s) {
				return
			}
		}
	}
}

// reWhite returns the length of the white space (\s of a regexp: space,
// tab, newline, form feed, carriage return) that s starts with.
func reWhite(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}
