package cable

import (
	"errors"
	"io"
	"strings"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/internal/layout"
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
// error wrapping ErrMultipleCables. When r is an *os.File (or has a Name
// method), its name is the cable's Source.Path and the error's Path.
//
// On a fatal problem Parse returns a *diag.ParseError and, where something was
// decoded, the partial Cable.
func (p *Parser) Parse(r io.Reader) (*Cable, error) {
	return p.parseNamed(r, readerName(r))
}

// parseNamed is Parse of an input called name.
func (p *Parser) parseNamed(r io.Reader, name string) (*Cable, error) {
	var first *Cable
	var firstErr error
	n := 0
	for doc, err := range p.Documents(r, name) {
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
			firstErr = &diag.ParseError{Path: doc.Source.Path, Row: doc.Source.Row, Err: ErrMultipleCables}
		}
		break
	}
	if n == 0 {
		return nil, &diag.ParseError{Path: name, Err: ErrNoCable}
	}
	return first, firstErr
}

// ParseString parses one cable held in s, whatever its format: s is read
// as Parse reads an input (a page, a cables.csv row, plain text or
// markdown, detected from the bytes or taken from p.Format), without a
// copy. Source.Path is empty.
func (p *Parser) ParseString(s string) (*Cable, error) {
	return p.parseNamed(strings.NewReader(s), "")
}

// ParseDocument parses one decoded cable text, as yielded by
// [Parser.Documents], into a Cable whose Source and Published come from
// the document.
func (p *Parser) ParseDocument(doc Document) (*Cable, error) {
	c := &Cable{Source: doc.Source, Published: doc.Published}
	c.Warnings = append(c.Warnings, doc.Warnings...)
	if strings.TrimSpace(doc.Text) == "" {
		return c, &diag.ParseError{Path: doc.Source.Path, Row: doc.Source.Row, Err: ErrNoCable}
	}
	if len(doc.Text) > p.maxCableSize() {
		return c, &diag.ParseError{Path: doc.Source.Path, Row: doc.Source.Row, Err: ErrTooLarge}
	}
	text := c.restoreLines(doc.Text)

	// Header: found anywhere near the top; the body is what follows it.
	h, err := (&header.Parser{}).Parse(text)
	c.addError("header", err)
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
		c.addWarning(diag.Warning{Line: bodyFirst - 1, Part: "cable", Kind: WarnNoBody,
			Message: "the telegraphic header is not followed by any text"})
		c.finish()
		return c, p.strictError(doc, c)
	}

	// The layout pass finds the body's landmarks once.
	lay := layout.Scan(body, bodyFirst)

	// Classification, TAGS and body structure read the body.
	cls, err := (&classification.Parser{FirstLine: bodyFirst}).Parse(body)
	c.addError("classification", err)
	c.setClassification(cls)

	tr, err := (&tags.Parser{FirstLine: bodyFirst}).ParseResult(body)
	c.addError("tags", err)
	c.setTags(tr)

	b, err := (&paragraph.Parser{FirstLine: bodyFirst, Normalized: doc.normalized}).Parse(body)
	c.addError("paragraph", err)
	c.setBody(b)

	// The reference id needs the DTG year and the banner; references need
	// the id (self-references are dropped) and the year.
	year := 0
	if t := c.DTG(); !t.IsZero() {
		year = t.Year()
	}
	c.setReferenceID(year, cls, body, lay)
	rr, err := (&refs.Parser{Year: year, Self: c.ReferenceID, FirstLine: bodyFirst}).Parse(body)
	c.addError("references", err)
	c.References = rr.References
	c.Warnings = append(c.Warnings, rr.Warnings...)

	c.crossCheck(cls)
	if b := bannerOf(cls); b != nil {
		c.checkPageBreaks(body, lay, b.SerialNumber, b.Banner)
	}
	if !c.hasLandmark() {
		return nil, &diag.ParseError{Path: doc.Source.Path, Row: doc.Source.Row, Err: errNoLandmark}
	}
	c.finish()
	return c, p.strictError(doc, c)
}

// finish orders the warnings by line.
func (c *Cable) finish() { c.Warnings.Sort() }

// strictError returns, in strict mode, the first warning as an error: a
// *diag.ParseError with the document's source, wrapping the
// *diag.StrictError that carries the warning (and, through it, the error
// the warning reports).
func (p *Parser) strictError(doc Document, c *Cable) error {
	if !p.Strict || len(c.Warnings) == 0 {
		return nil
	}
	err := diag.Strict(c.Warnings[0])
	err.Path, err.Row = doc.Source.Path, doc.Source.Row
	return err
}

func (c *Cable) addWarning(w diag.Warning) { c.Warnings = append(c.Warnings, w) }

// addError records the error a part's parser returned as a warning of
// that part that carries the error, so that errors.Is and errors.As
// reach it (through Cable.Warnings.Err, or the strict-mode error). A
// strict-mode error of the part gives its own warning.
func (c *Cable) addError(part string, err error) {
	if err == nil {
		return
	}
	if se, ok := errors.AsType[*diag.StrictError](err); ok {
		c.addWarning(se.Warning)
		return
	}
	w := diag.Warning{Part: part, Kind: WarnPartError, Message: err.Error(), Err: err}
	if pe, ok := errors.AsType[*diag.ParseError](err); ok {
		w.Line, w.Offset, w.Field = pe.Line, pe.Offset, pe.Field
		if pe.Err != nil {
			w.Message = pe.Err.Error()
		}
	}
	c.addWarning(w)
}

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
