package cabletest

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// Rendering is a way a cable's text is damaged or reshaped on its way to a
// user: the copies that scraped databases, PDF converters and web pages
// hold. [Render] applies one to a cable text, so that an archive tool can
// test that it reads every shape of the same cable alike.
type Rendering uint8

// The renderings.
const (
	// Plain is the text unchanged.
	Plain Rendering = iota
	// LinesJoined turns every line break into a space, as a database
	// export that stored the cable in one field does.
	LinesJoined
	// BreaksDropped removes every line break, so that the last word of a
	// line and the first of the next run together ("LIMATO SECSTATE").
	BreaksDropped
	// BlankLinesDropped removes the empty lines, so that the banner
	// follows the last addressee and paragraphs follow each other.
	BlankLinesDropped
	// CRLF ends every line with a carriage return and a line feed.
	CRLF
	// Markdown is a markdown copy as it circulates online: two spaces
	// (a hard break) after each line of the header and preamble, TAGS
	// codes written as links, and each numbered paragraph on one line
	// with a "1" glued before its number ("11." for "1.").
	Markdown
	// PDFText is a PDF-to-text copy: CRLF line ends, blank lines dropped,
	// and the text in Windows-1252, so that a pilcrow is the single byte
	// 0xB6.
	PDFText
	// Wrapped re-wraps every line longer than [WrapWidth] columns at a
	// space.
	Wrapped
	renderingCount
)

// WrapWidth is the line width of the Wrapped rendering.
const WrapWidth = 60

var renderingNames = [renderingCount]string{
	"plain", "lines-joined", "breaks-dropped", "blank-lines-dropped",
	"crlf", "markdown", "pdf-text", "wrapped",
}

// String returns the rendering's name, e.g. "lines-joined".
func (r Rendering) String() string {
	if r >= renderingCount {
		return fmt.Sprintf("Rendering(%d)", uint8(r))
	}
	return renderingNames[r]
}

// Renderings returns every rendering but Plain, in order.
func Renderings() []Rendering {
	rs := make([]Rendering, 0, renderingCount-1)
	for r := Plain + 1; r < renderingCount; r++ {
		rs = append(rs, r)
	}
	return rs
}

// Render returns text in rendering r. The text is a cable as the cable
// package's readers give it: UTF-8 with "\n" line ends. Every rendering
// but PDFText returns UTF-8; PDFText returns Windows-1252 bytes where the
// text holds characters of that charset, and "?" for the others.
func Render(text string, r Rendering) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	switch r {
	case LinesJoined:
		return strings.ReplaceAll(text, "\n", " ")
	case BreaksDropped:
		return strings.ReplaceAll(text, "\n", "")
	case BlankLinesDropped:
		return dropBlankLines(text)
	case CRLF:
		return strings.ReplaceAll(text, "\n", "\r\n")
	case Markdown:
		return markdown(text)
	case PDFText:
		return toWindows1252(strings.ReplaceAll(dropBlankLines(text), "\n", "\r\n"))
	case Wrapped:
		return wrap(text, WrapWidth)
	}
	return text
}

// dropBlankLines removes the lines that hold only white space.
func dropBlankLines(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for line := range strings.Lines(text) {
		if strings.TrimSpace(line) != "" {
			b.WriteString(line)
		}
	}
	return b.String()
}

// wrap breaks each line longer than width at its last space before the
// width (a word longer than the width stays whole).
func wrap(text string, width int) string {
	var b strings.Builder
	b.Grow(len(text) + len(text)/width)
	for line := range strings.Lines(text) {
		body := strings.TrimSuffix(line, "\n")
		for len(body) > width {
			cut := strings.LastIndexByte(body[:width+1], ' ')
			if cut <= 0 {
				break
			}
			b.WriteString(body[:cut])
			b.WriteByte('\n')
			body = strings.TrimLeft(body[cut:], " ")
		}
		b.WriteString(body)
		if strings.HasSuffix(line, "\n") {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

var (
	// mdParaRE is the start of a numbered paragraph line.
	mdParaRE = regexp.MustCompile(`^([1-9][0-9]?)\. `)
	// mdTagsRE is a TAGS line.
	mdTagsRE = regexp.MustCompile(`^TAGS:?\s`)
)

// markdown renders text the way markdown copies of cables show it.
func markdown(text string) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	b.Grow(len(text) + len(text)/20)
	inPara := false
	for i, line := range lines {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			if inPara {
				b.WriteString("\n")
				inPara = false
			}
			if i < len(lines)-1 {
				b.WriteString("\n")
			}
			continue
		case mdParaRE.MatchString(trimmed):
			if inPara {
				b.WriteString("\n")
			}
			b.WriteString("1" + trimmed)
			inPara = true
			continue
		case inPara:
			b.WriteString(" " + trimmed)
			continue
		case mdTagsRE.MatchString(trimmed):
			b.WriteString(markdownTags(trimmed) + "\n")
			continue
		}
		b.WriteString(line + "  \n")
	}
	if inPara {
		b.WriteString("\n")
	}
	return b.String()
}

// markdownTags writes each code of a TAGS line as a markdown link.
func markdownTags(line string) string {
	label, rest, _ := strings.Cut(line, " ")
	var b strings.Builder
	b.WriteString(label)
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == ' ' }) {
		b.WriteString(" [" + f + "](#)")
	}
	return b.String()
}

// toWindows1252 encodes text in Windows-1252, writing "?" for a character
// the charset does not have.
func toWindows1252(text string) string {
	enc := encoding.ReplaceUnsupported(charmap.Windows1252.NewEncoder())
	out, err := enc.String(text)
	if err != nil { // not reached: unsupported characters are replaced
		return text
	}
	return out
}
