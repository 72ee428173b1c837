package cable

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/cablemeta/cablemeta/diag"
)

// Document is the decoded text of one cable, as cut out of its wrapper by
// [Parser.Documents], ready for [Parser.ParseDocument].
type Document struct {
	// Text is the cable text: valid UTF-8, normalised with
	// textutil.Normalize (LF line ends, no trailing blanks, entities
	// decoded, markdown fragment links reduced to their text). For an HTML
	// page it is the header <pre> block, a blank line and the body block;
	// for a cables.csv row the header column, a blank line and the content
	// column.
	Text string
	// Source tells where the text was read from.
	Source Source
	// Published is the wrapper's own metadata, nil when it has none.
	Published *Published
	// Warnings are the reader's findings (Part "read"): charset
	// fallbacks, invalid bytes, a leaked database row, CSV quoting damage.
	Warnings diag.List

	normalized bool // Text is textutil.Normalize's: not normalised again
}

// Kinds of the warnings that the readers attach to a [Document]. Their
// Part is "read"; their Line, when set, is a line of Document.Text (for
// an HTML page, whose lines are not those of the cable, it is 0).
const (
	// WarnReadCharsetFallback: the input was not valid UTF-8 and was
	// decoded as Windows-1252.
	WarnReadCharsetFallback diag.Kind = "charset-fallback"
	// WarnReadInvalidBytes: bytes invalid in the input's charset were
	// replaced by U+FFFD.
	WarnReadInvalidBytes diag.Kind = "invalid-bytes"
	// WarnReadUnknownCharset: a charset declared by the page (meta
	// charset, XML prolog) is unknown; the bytes were sniffed instead.
	WarnReadUnknownCharset diag.Kind = "unknown-charset"
	// WarnReadLeakedRow: a WikiLeaks database row (date, id, origin,
	// classification, references, header, content columns) was found in a
	// page's <pre> block; its metadata went to Published.LeakedRow and
	// only its cable text was kept.
	WarnReadLeakedRow diag.Kind = "leaked-database-row"
	// WarnReadNoHeaderBlock: an HTML page has a single <pre> block, so the
	// routing header is missing (common for older or partial cables).
	WarnReadNoHeaderBlock diag.Kind = "no-header-block"
	// WarnReadUnclosedPre: a <pre> block is not closed; the text runs to
	// the end of the page.
	WarnReadUnclosedPre diag.Kind = "unclosed-pre"
	// WarnReadCSVQuote: a cables.csv row holds a quote that neither closes
	// its field nor is escaped; it was kept as a literal quote.
	WarnReadCSVQuote diag.Kind = "csv-stray-quote"
	// WarnReadCSVColumns: a cables.csv row has more than 8 columns; the
	// extra columns were joined to the content column.
	WarnReadCSVColumns diag.Kind = "csv-extra-columns"
)

// readWarning builds a Warning of the "read" part.
func readWarning(line int, field string, kind diag.Kind, msg string) diag.Warning {
	return diag.Warning{Line: line, Part: "read", Field: field, Kind: kind, Message: msg}
}

// Documents reads an input of any supported format and yields the text of
// each cable in it, in input order: one for an HTML page or a text file
// holding one cable, one per row for cables.csv, one per cable for a text
// file holding several (see [FormatText] for the cutting rule). name is
// the input's name, used for Source.Path and to help detect the format;
// it may be "". It returns a single-use iterator.
//
// The format is Parser.Format, or detected from the first bytes and the
// name ([DetectFormat]). The charset is Parser.Charset, or a byte order
// mark, or (HTML) the page's declaration, or sniffed per cable: valid
// UTF-8, else Windows-1252, with a warning. Every Document.Text is valid
// UTF-8 and normalised with textutil.Normalize.
//
// Problems with one cable (a row too large, a malformed CSV row, a page
// without <pre> block) are yielded as a *diag.ParseError with the cable's
// Source in the Document, and the stream goes on; a read error of r ends
// it. Memory stays bounded by Parser.MaxCableSize for CSV and text inputs
// of any length; an HTML page is read whole (up to 4 × MaxCableSize).
// Documents does not apply Parser.Strict: the reader's warnings travel in
// Document.Warnings to [Parser.ParseDocument].
func (p *Parser) Documents(r io.Reader, name string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		cs, err := lookupCharset(p.charsetLabel())
		if err != nil {
			yield(Document{Source: Source{Path: name, Format: p.format()}}, &diag.ParseError{Path: name, Field: "charset", Err: err})
			return
		}
		p.documents(r, cs, name, yield)
	}
}

// documents yields the documents of r, read through a buffer: a byte
// order mark is dropped (UTF-16 decoded), the format detected, and the
// reader of the format takes the rest.
func (p *Parser) documents(r io.Reader, cs charset, name string, yield func(Document, error) bool) {
	if s, ok := stringInput(r); ok {
		if doc, ok := p.wholeText(s, cs, name); ok {
			yield(doc, nil)
			return
		}
		r = strings.NewReader(s)
	}
	size := inputLen(r)
	br := bufio.NewReaderSize(r, readBufferSize(size))
	head, _ := br.Peek(8 << 10)
	if c := sniffContainer(head); c != "" {
		p.containerDocuments(c, br, r, name, yield)
		return
	}
	switch {
	case bytes.HasPrefix(head, utf8BOM):
		_, _ = br.Discard(len(utf8BOM))
		size -= len(utf8BOM)
		if cs == csSniff {
			cs = csUTF8
		}
	case bytes.HasPrefix(head, utf16LEBOM) && (cs == csSniff || cs == csUTF16LE):
		_, _ = br.Discard(2)
		br, cs, size = newDecodingReader(br, csUTF16LE), csUTF8, -1
	case bytes.HasPrefix(head, utf16BEBOM) && (cs == csSniff || cs == csUTF16BE):
		_, _ = br.Discard(2)
		br, cs, size = newDecodingReader(br, csUTF16BE), csUTF8, -1
	case cs.isUTF16():
		br, cs, size = newDecodingReader(br, cs), csUTF8, -1
	case p.format() == FormatAuto:
		var err error
		if cs, err = sniffNUL(head, cs); err != nil {
			yield(Document{Source: Source{Path: name}}, &diag.ParseError{Path: name, Err: err})
			return
		}
		if cs.isUTF16() { // without a byte order mark
			br, cs, size = newDecodingReader(br, cs), csUTF8, -1
		}
	}
	format := p.format()
	if format == FormatAuto {
		head, _ = br.Peek(8 << 10)
		format = DetectFormat(head, name)
	}
	maxSize := p.maxCableSize()
	switch format {
	case FormatHTML:
		src := Source{Path: name, Format: FormatHTML}
		page, err := readAllString(br, size, maxSize*4+1)
		if err != nil {
			yield(Document{Source: src}, &diag.ParseError{Path: name, Field: "html", Err: err})
			return
		}
		if len(page) > maxSize*4 {
			yield(Document{Source: src}, &diag.ParseError{Path: name, Field: "html",
				Err: fmt.Errorf("%w: page longer than %d bytes", ErrTooLarge, maxSize*4)})
			return
		}
		yield(readHTML(page, cs, src))
	case FormatCSV:
		yieldAll(newCSVReader(br, cs, maxSize, name).next, yield)
	default:
		t := newTextReader(br, cs, maxSize, name, format)
		if size >= 0 && size <= maxSize {
			t.readWhole(size)
		}
		yieldAll(t.next, yield)
	}
}

// readKnown reads an input of size bytes whole. It returns nil and a
// reader of everything (what was read, then the rest) when the input turns
// out longer, or reading it fails (the error comes again from that reader).
func readKnown(r io.Reader, size int) ([]byte, io.Reader) {
	buf := make([]byte, size+1) // +1: room to see the end of the input
	n, err := io.ReadFull(r, buf)
	switch err {
	case io.EOF, io.ErrUnexpectedEOF:
		return buf[:n], nil
	case nil:
		return nil, io.MultiReader(bytes.NewReader(buf), r)
	}
	return nil, io.MultiReader(bytes.NewReader(buf[:n]), errReader{err})
}

// errReader fails every read with err.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// yieldAll yields the documents next returns until io.EOF, a read error
// (the stream cannot go on) or the consumer stops.
func yieldAll(next func() (Document, error), yield func(Document, error) bool) {
	for {
		doc, err := next()
		if err == io.EOF || !yield(doc, err) {
			return
		}
		if err != nil && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrBadRow) && !errors.Is(err, ErrNoCable) {
			return
		}
	}
}

func (p *Parser) charsetLabel() string {
	if p == nil {
		return ""
	}
	return p.Charset
}

func (p *Parser) format() Format {
	if p == nil {
		return FormatAuto
	}
	return p.Format
}

// inputLen returns the number of bytes left in r when r knows it (a
// *bytes.Reader, *strings.Reader or *bytes.Buffer), else -1.
func inputLen(r io.Reader) int {
	if l, ok := r.(interface{ Len() int }); ok {
		return l.Len()
	}
	return -1
}

// readBufferSize is the size of the read buffer for an input of size
// bytes (-1: unknown): 64 KiB for a stream; for an input of known length
// just enough to hold it, at most 16 KiB (8 KiB are peeked to detect the
// format; a whole page is then read into one buffer of its size, and
// the line readers go on with longer lines), so that parsing many short
// inputs does not allocate buffers many times their size.
// A *bufio.Reader at least this large is used as it is.
func readBufferSize(size int) int {
	switch {
	case size < 0:
		return 64 << 10
	case size >= 16<<10:
		return 16 << 10
	}
	return max(size+1, 16) // +1: the reader sees EOF without refilling
}

// readAllString reads r to its end, at most limit bytes (the caller
// reports an input that reaches limit as too large), into a string. size,
// when known (>= 0), sizes its memory once instead of growing it.
func readAllString(r *bufio.Reader, size, limit int) (string, error) {
	var sb strings.Builder
	if size >= 0 {
		sb.Grow(min(size, limit) + 1) // +1: room to see the end of the input
	}
	for sb.Len() < limit {
		b, err := r.Peek(min(r.Size(), limit-sb.Len()))
		sb.Write(b)
		_, _ = r.Discard(len(b))
		if err == io.EOF {
			break
		}
		if err != nil && err != bufio.ErrBufferFull {
			return sb.String(), err
		}
	}
	return sb.String(), nil
}
