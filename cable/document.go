package cable

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"unsafe"

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
// it may be "".
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
// of any length; an HTML page is read whole (up to 4 × MaxCableSize). An
// input whose length r reports (a *bytes.Reader, *strings.Reader or
// *bytes.Buffer, or any reader with a Len method) and that is no longer
// than MaxCableSize is read whole, once, and cut in place: no copy of it
// is made per cable. The string of a *strings.Reader is read in place,
// not copied: a text that needs no decoding is a slice of it.
// Documents does not apply Parser.Strict: the reader's warnings travel in
// Document.Warnings to [Parser.ParseDocument].
func (p *Parser) Documents(r io.Reader, name string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		cs, err := lookupCharset(p.charsetLabel())
		if err != nil {
			yield(Document{Source: Source{Path: name, Format: p.format()}}, &diag.ParseError{Path: name, Field: "charset", Err: err})
			return
		}
		if sr, ok := r.(*strings.Reader); ok && sr.Len() <= p.maxCableSize() && !cs.isUTF16() {
			// a string is read in place: its memory is never written
			p.memDocuments(stringBytes(unreadString(sr)), cs, name, yield)
			return
		}
		size := inputLen(r)
		if size >= 0 && size <= p.maxCableSize() && !cs.isUTF16() {
			// A small input of known length is read whole, once: the
			// readers then work in that memory.
			data, more := readKnown(r, size)
			if more == nil {
				p.memDocuments(data, cs, name, yield)
				return
			}
			r, size = more, -1 // longer than announced, or a read error
		}
		p.streamDocuments(r, size, cs, name, yield)
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

// memDocuments yields the documents of an input read whole into data,
// which no one writes to again; memDocuments never writes to it either
// (it may be a string's memory): an HTML page and a text cable become
// strings without a copy, and the text reader cuts cables in place.
func (p *Parser) memDocuments(data []byte, cs charset, name string, yield func(Document, error) bool) {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		data = data[len(utf8BOM):]
		if cs == csSniff {
			cs = csUTF8
		}
	case bytes.HasPrefix(data, utf16LEBOM), bytes.HasPrefix(data, utf16BEBOM):
		p.streamDocuments(bytes.NewReader(data), len(data), cs, name, yield) // decoded as a stream
		return
	}
	format := p.format()
	if format == FormatAuto {
		format = DetectFormat(data[:min(len(data), 8<<10)], name)
	}
	switch format {
	case FormatHTML:
		yield(readHTML(bytesToString(data), cs, Source{Path: name, Format: FormatHTML}))
	case FormatCSV:
		br := bufio.NewReaderSize(bytes.NewReader(data), readBufferSize(len(data)))
		yieldAll(newCSVReader(br, cs, p.maxCableSize(), name).next, yield)
	default:
		t := newTextReader(nil, cs, p.maxCableSize(), name, format)
		t.mem, t.view = data, true // cables are views of data, cut in place
		yieldAll(t.next, yield)
	}
}

// streamDocuments yields the documents of r, read through a buffer.
func (p *Parser) streamDocuments(r io.Reader, size int, cs charset, name string, yield func(Document, error) bool) {
	br := bufio.NewReaderSize(r, readBufferSize(size))
	head, _ := br.Peek(8 << 10)
	switch {
	case bytes.HasPrefix(head, utf8BOM):
		_, _ = br.Discard(len(utf8BOM))
		if cs == csSniff {
			cs = csUTF8
		}
	case bytes.HasPrefix(head, utf16LEBOM) && (cs == csSniff || cs == csUTF16LE):
		_, _ = br.Discard(2)
		br, cs = newDecodingReader(br, csUTF16LE), csUTF8
	case bytes.HasPrefix(head, utf16BEBOM) && (cs == csSniff || cs == csUTF16BE):
		_, _ = br.Discard(2)
		br, cs = newDecodingReader(br, csUTF16BE), csUTF8
	case cs.isUTF16():
		br, cs = newDecodingReader(br, cs), csUTF8
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
		yieldAll(newTextReader(br, cs, maxSize, name, format).next, yield)
	}
}

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
// reports an input that reaches limit as too large), into a string
// without a copy of its own: a page is read once, into the memory of the
// string the reader then searches. size, when known (>= 0), sizes that
// memory once instead of growing it; reads bigger than r's buffer then go
// straight from the input into it (a 70 KB page in one or two reads, not
// one per 16 KB of buffer).
func readAllString(r *bufio.Reader, size, limit int) (string, error) {
	n := 512
	if size >= 0 {
		n = min(size, limit) + 1 // +1: room to see the end of the input
	}
	buf := make([]byte, 0, n)
	for len(buf) < limit {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, min(cap(buf), limit-len(buf)))
		}
		m, err := r.Read(buf[len(buf):min(cap(buf), limit)])
		buf = buf[:len(buf)+m]
		if err == io.EOF {
			break
		}
		if err != nil {
			return bytesToString(buf), err
		}
	}
	return bytesToString(buf), nil
}

// bytesToString returns the bytes of b as a string without copying them.
// b must not be modified afterwards: readAllString drops it at once.
// (strings.Builder hands over its buffer the same way.)
func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}
