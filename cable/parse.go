package cable

import (
	"errors"
	"io"
	"strings"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/cablemeta/cablemeta/paragraph"
	"github.com/cablemeta/cablemeta/refs"
	"github.com/cablemeta/cablemeta/tags"
)

// ErrMultipleCables is returned by Parse when the input holds more than
// one cable; the first is returned with it. Read such inputs with
// [Parser.Cables].
var ErrMultipleCables = errors.New("input holds more than one cable; use Cables")

// Parse reads one cable from r with the default options.
func Parse(r io.Reader) (*Cable, error) {
	return (&Parser{}).Parse(r)
}

// Parse reads one cable from r: the format is detected (or taken from
// p.Format), the text decoded, and every part of the cable parsed. When the
// input holds more than one cable, the first is returned together with an
// error wrapping ErrMultipleCables.
//
// On a fatal problem Parse returns a *ParseError and, where something was
// decoded, the partial Cable.
func (p *Parser) Parse(r io.Reader) (*Cable, error) {
	var first *Cable
	var firstErr error
	n := 0
	for doc, err := range p.Documents(r, "") {
		n++
		if n == 1 {
			if err != nil {
				firstErr = err
				continue
			}
			first, firstErr = p.ParseDocument(doc)
			continue
		}
		if firstErr == nil {
			firstErr = &ParseError{Path: doc.Source.Path, Row: doc.Source.Row, Err: ErrMultipleCables}
		}
		break
	}
	if n == 0 {
		return nil, &ParseError{Err: ErrNoCable}
	}
	return first, firstErr
}

// ParseString parses s as the text of one cable (plain text or markdown,
// already decoded), skipping format detection.
func (p *Parser) ParseString(s string) (*Cable, error) {
	return p.ParseDocument(Document{Text: textutil.Normalize(s), Source: Source{Format: FormatText}, normalized: true})
}

// ParseDocument parses one decoded cable text, as yielded by
// [Parser.Documents], into a Cable whose Source and Published come from
// the document.
func (p *Parser) ParseDocument(doc Document) (*Cable, error) {
	c := &Cable{Source: doc.Source, Published: doc.Published}
	c.Warnings = append(c.Warnings, doc.Warnings...)
	if strings.TrimSpace(doc.Text) == "" {
		return c, &ParseError{Path: doc.Source.Path, Row: doc.Source.Row, Err: ErrNoCable}
	}
	if len(doc.Text) > p.maxCableSize() {
		return c, &ParseError{Path: doc.Source.Path, Row: doc.Source.Row, Err: ErrTooLarge}
	}
	text := doc.Text

	// Header: found anywhere near the top; the body is what follows it.
	h, err := (&header.Parser{}).Parse(text)
	if err != nil {
		c.addWarning(Warning{Part: "header", Kind: "header-error", Message: err.Error()})
	}
	body, bodyFirst := text, 1
	if h != nil && (h.Found() || h.Dateline != nil) {
		c.setHeader(h)
		// The body follows the header; but when text precedes the header
		// (a banner or a whole preamble before a late or flattened header,
		// a mail printout), the body parsers read the whole text: they
		// skip header lines themselves.
		if h.Found() && h.EndLine > 0 && !textBefore(text, h.StartLine) {
			body, bodyFirst = cutAfterLine(text, h.EndLine)
		}
	}

	if strings.TrimSpace(body) == "" {
		// A header without a body: a truncated cable.
		c.addWarning(Warning{Line: bodyFirst - 1, Part: "cable", Kind: WarnNoBody,
			Message: "the telegraphic header is not followed by any text"})
		c.finish()
		return c, p.strictError(doc, c)
	}

	// Classification, TAGS and body structure read the body.
	cls, err := (&classification.Parser{FirstLine: bodyFirst}).Parse(body)
	if err != nil {
		c.addWarning(Warning{Part: "classification", Kind: "classification-error", Message: err.Error()})
	}
	c.setClassification(cls)

	tr, err := (&tags.Parser{FirstLine: bodyFirst}).ParseResult(body)
	if err != nil {
		c.addWarning(Warning{Part: "tags", Kind: "tags-error", Message: err.Error()})
	}
	c.setTags(tr)

	b, err := (&paragraph.Parser{FirstLine: bodyFirst, Normalized: doc.normalized}).Parse(body)
	if err != nil {
		c.addWarning(Warning{Part: "paragraph", Kind: "paragraph-error", Message: err.Error()})
	}
	c.setBody(b)

	// The reference id needs the DTG year and the banner; references need
	// the id (self-references are dropped) and the year.
	year := 0
	if c.DTG != nil {
		year = c.DTG.Year()
	}
	c.setReferenceID(year, cls)
	rr, err := (&refs.Parser{Year: year, Self: c.ReferenceID, FirstLine: bodyFirst}).Parse(body)
	if err != nil {
		c.addWarning(Warning{Part: "references", Kind: "references-error", Message: err.Error()})
	}
	c.References = rr.References
	for _, w := range rr.Warnings {
		c.addWarning(Warning{Line: w.Line, Part: "references", Field: w.Field, Kind: string(w.Kind), Message: w.Message})
	}

	c.crossCheck(cls)
	if b := bannerOf(cls); b != nil {
		c.checkPageBreaks(body, bodyFirst, b.SerialNumber, b.Banner)
	}
	c.finish()
	return c, p.strictError(doc, c)
}

// finish orders the warnings by line.
func (c *Cable) finish() { sortWarnings(c.Warnings) }

// strictError returns, in strict mode, the first warning as an error.
func (p *Parser) strictError(doc Document, c *Cable) error {
	if !p.Strict || len(c.Warnings) == 0 {
		return nil
	}
	w := c.Warnings[0]
	return &ParseError{Path: doc.Source.Path, Row: doc.Source.Row, Line: w.Line, Field: w.Field, Err: &strictError{w}}
}

// strictError is the error of a warning promoted by Parser.Strict.
type strictError struct{ w Warning }

func (e *strictError) Error() string { return e.w.Part + ": " + e.w.Kind + ": " + e.w.Message }
func (e *strictError) Unwrap() error { return ErrStrict }

func (c *Cable) addWarning(w Warning) { c.Warnings = append(c.Warnings, w) }

// textBefore reports whether any line before line n (1-based) holds more
// than white space.
func textBefore(text string, n int) bool {
	for i := 1; i < n && text != ""; i++ {
		line, rest, _ := strings.Cut(text, "\n")
		if strings.TrimSpace(line) != "" {
			return true
		}
		text = rest
	}
	return false
}

// cutAfterLine returns the text after line n (1-based) and the number of
// its first line.
func cutAfterLine(text string, n int) (string, int) {
	off := 0
	for i := 0; i < n; i++ {
		j := strings.IndexByte(text[off:], '\n')
		if j < 0 {
			return "", n + 1
		}
		off += j + 1
	}
	return text[off:], n + 1
}
