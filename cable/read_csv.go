package cable

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/textutil"
)

// ErrBadRow means a cables.csv row could not be split into its columns
// (too few columns, an unterminated quoted field). The reader goes on at
// the next row.
var ErrBadRow = errors.New("malformed cables.csv row")

// csvColumns is the number of columns of a cables.csv row:
// id,date,refid,origin,classification,references,header,content.
const csvColumns = 8

// csvReader reads cables.csv rows one at a time from a stream, in memory
// bounded by the largest row (and by the size limit). The dialect
// (docs/renderings.md#cablescsv) is MySQL's: every field in double quotes, a
// backslash escapes the next byte (\" \' \\), newlines are raw inside
// fields, and a backslash before a line end (optionally followed by
// blanks) is a line end. encoding/csv rejects \" escapes, hence this
// reader. RFC 4180 doubled quotes ("") are accepted too.
//
// A row larger than the limit, or a row whose quoting is broken, yields a
// *diag.ParseError for that row; the reader then resynchronises at the next
// line that starts like a row ("<digits>",").
type csvReader struct {
	r    *bufio.Reader
	cs   charset
	max  int
	path string

	row  int   // rows started so far
	off  int64 // bytes consumed
	line int   // 1-based line of the next byte

	fields [csvColumns][]byte
	ncols  int
	size   int
	warns  []diag.Warning
	text   []byte
}

func newCSVReader(r *bufio.Reader, cs charset, maxSize int, path string) *csvReader {
	return &csvReader{r: r, cs: cs, max: maxSize, path: path, line: 1}
}

// errRowTooLarge and errRowBroken end a row early; next turns them into a
// *diag.ParseError.
var (
	errRowTooLarge = errors.New("row too large")
	errRowBroken   = errors.New("row broken")
)

// next reads the next row. It returns io.EOF at the end of the input.
func (c *csvReader) next() (Document, error) {
	// Skip blank lines between rows.
	for {
		b, err := c.r.ReadByte()
		if err != nil {
			if err == io.EOF {
				return Document{}, io.EOF
			}
			return Document{}, &diag.ParseError{Path: c.path, Row: c.row + 1, Line: c.line, Field: "csv", Err: err}
		}
		if b == '\n' {
			c.off++
			c.line++
			continue
		}
		if b == '\r' || b == ' ' || b == '\t' {
			c.off++
			continue
		}
		_ = c.r.UnreadByte()
		break
	}
	c.row++
	src := Source{Path: c.path, Format: FormatCSV, Row: c.row, Offset: c.off, Line: c.line}
	startLine := c.line
	why, err := c.readRow()
	if err != nil {
		return Document{}, &diag.ParseError{Path: c.path, Row: src.Row, Line: c.line, Field: "csv", Err: err}
	}
	switch why {
	case errRowTooLarge:
		c.resync()
		return Document{Source: src}, &diag.ParseError{Path: c.path, Row: src.Row, Line: startLine, Field: "csv",
			Err: fmt.Errorf("%w: row longer than %d bytes; skipped to the next row", ErrTooLarge, c.max)}
	case errRowBroken:
		return Document{Source: src}, &diag.ParseError{Path: c.path, Row: src.Row, Line: startLine, Field: "csv",
			Err: fmt.Errorf("%w: quoted field not closed before the next row (line %d)", ErrBadRow, c.line)}
	}
	if c.ncols < csvColumns-1 {
		return Document{Source: src}, &diag.ParseError{Path: c.path, Row: src.Row, Line: startLine, Field: "csv",
			Err: fmt.Errorf("%w: %d columns, want %d", ErrBadRow, c.ncols, csvColumns)}
	}
	doc := Document{Source: src, Warnings: c.warns}
	c.warns = nil
	f := &c.fields
	// The text is the header column, a blank line and the content column,
	// each trimmed of newlines, blank columns left out (as joinBlocks).
	c.text = c.text[:0]
	for _, col := range [][]byte{f[6], f[7]} {
		col = bytes.Trim(col, "\r\n")
		if len(bytes.TrimSpace(col)) == 0 {
			continue
		}
		if len(c.text) > 0 {
			c.text = append(c.text, '\n', '\n')
		}
		c.text = append(c.text, col...)
	}
	if len(c.text) == 0 {
		return doc, &diag.ParseError{Path: c.path, Row: src.Row, Line: startLine, Field: "csv", Err: ErrNoCable}
	}
	c.text = append(c.text, '\n')
	text, ws := decodeText(c.text, c.cs, 1)
	doc.Warnings = append(doc.Warnings, ws...)
	doc.Text, doc.normalized = textutil.Normalize(text), true
	meta := func(b []byte) string {
		s, _ := decodeText(b, c.cs, startLine)
		return strings.TrimSpace(s)
	}
	doc.Published = &Published{
		RecordID:       meta(f[0]),
		Created:        meta(f[1]),
		ReferenceID:    meta(f[2]),
		Origin:         meta(f[3]),
		Classification: meta(f[4]),
		References:     splitRefs(meta(f[5])),
	}
	return doc, nil
}

// readRow reads the columns of one row into c.fields. It returns
// errRowTooLarge or errRowBroken (with the input positioned where the row
// was abandoned), or a read error.
func (c *csvReader) readRow() (why, err error) {
	for i := range c.fields {
		c.fields[i] = c.fields[i][:0]
	}
	c.ncols = 0
	c.size = 0
	for col := 0; ; col++ {
		dst := min(col, csvColumns-1)
		if col >= csvColumns {
			c.fields[dst] = append(c.fields[dst], ',')
		}
		b, err := c.r.ReadByte()
		if err == io.EOF {
			c.ncols = col + 1
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		c.off++
		var end byte
		if b == '"' {
			end, why, err = c.quoted(dst)
		} else {
			_ = c.r.UnreadByte()
			c.off--
			end, why, err = c.unquoted(dst)
		}
		if err != nil || why != nil {
			return why, err
		}
		if end != ',' {
			c.ncols = col + 1
			if col >= csvColumns {
				c.warns = append(c.warns, readWarning(0, "csv", WarnReadCSVColumns,
					fmt.Sprintf("row has %d columns, want %d; the extra ones were joined to the content", col+1, csvColumns)))
			}
			return nil, nil
		}
	}
}

// grow accounts n more bytes of the row against the size limit.
func (c *csvReader) grow(n int) bool {
	c.size += n
	return c.size <= c.max
}

// quoted reads a quoted field after its opening quote. end is the byte
// after the closing quote: ',' or '\n' (or 0 at EOF).
func (c *csvReader) quoted(dst int) (end byte, why, err error) {
	for {
		if _, err := c.r.Peek(1); err != nil {
			if err == io.EOF {
				return 0, errRowBroken, nil
			}
			return 0, nil, err
		}
		buf, _ := c.r.Peek(c.r.Buffered())
		i := indexQuoteOrBackslash(buf)
		if i < 0 {
			i = len(buf)
		}
		if !c.grow(i + 1) {
			return 0, errRowTooLarge, nil
		}
		c.fields[dst] = append(c.fields[dst], buf[:i]...)
		c.line += bytes.Count(buf[:i], []byte{'\n'})
		c.discard(i)
		if i == len(buf) {
			continue
		}
		if buf[i] == '\\' {
			c.discard(1)
			c.escape(dst)
			continue
		}
		// A quote. Right after a line end, a quote that starts a row
		// (`"<digits>","`) means this field was never closed: quotes inside
		// fields are escaped, so it can only be the next row.
		if f := c.fields[dst]; len(f) > 0 && f[len(f)-1] == '\n' && c.atRowStart() {
			return 0, errRowBroken, nil
		}
		c.discard(1)
		nb, err := c.r.Peek(1)
		if err == io.EOF {
			return 0, nil, nil
		}
		if err != nil {
			return 0, nil, err
		}
		switch nb[0] {
		case '"':
			c.discard(1)
			c.fields[dst] = append(c.fields[dst], '"')
		case ',':
			c.discard(1)
			return ',', nil, nil
		case '\n':
			c.discard(1)
			c.line++
			return '\n', nil, nil
		case '\r':
			if two, _ := c.r.Peek(2); len(two) == 2 && two[1] == '\n' {
				c.discard(2)
				c.line++
				return '\n', nil, nil
			}
			fallthrough
		default:
			c.warns = append(c.warns, readWarning(0, "csv", WarnReadCSVQuote,
				fmt.Sprintf("input line %d: a quote inside a field is neither escaped nor closing the field; kept", c.line)))
			c.fields[dst] = append(c.fields[dst], '"')
		}
	}
}

// indexQuoteOrBackslash returns the index of the first '"' or '\\' in b,
// or -1.
func indexQuoteOrBackslash(b []byte) int {
	q := bytes.IndexByte(b, '"')
	if q < 0 {
		return bytes.IndexByte(b, '\\')
	}
	if bs := bytes.IndexByte(b[:q], '\\'); bs >= 0 {
		return bs
	}
	return q
}

// escape handles the byte(s) after a backslash inside a quoted field.
func (c *csvReader) escape(dst int) {
	nb, err := c.r.Peek(1)
	if err != nil {
		c.fields[dst] = append(c.fields[dst], '\\')
		return
	}
	switch b := nb[0]; b {
	case '"':
		if c.trailingBackslash(dst) {
			// A backslash that ends the field: it stood for a line end.
			c.fields[dst] = append(c.fields[dst], '\n')
			return
		}
		c.discard(1)
		c.fields[dst] = append(c.fields[dst], b)
	case '\'', '\\':
		c.discard(1)
		c.fields[dst] = append(c.fields[dst], b)
	case '\n':
		// A backslash-escaped line end: the newline is read as text.
	case '\r', ' ', '\t':
		// A backslash, blanks, then a line end is a line end.
		look, _ := c.r.Peek(64)
		j := 0
		for j < len(look) && (look[j] == ' ' || look[j] == '\t' || look[j] == '\r') {
			j++
		}
		if j < len(look) && look[j] == '\n' {
			c.discard(j)
			return
		}
		c.fields[dst] = append(c.fields[dst], '\\')
	default:
		c.fields[dst] = append(c.fields[dst], '\\')
	}
}

// trailingBackslash reports whether the `\"` ahead is a backslash ending
// the field rather than an escaped quote: the quote is followed by `,"`
// (the next column) before the last column, or ends the last column at a
// row start or at the end of the input.
func (c *csvReader) trailingBackslash(dst int) bool {
	look, _ := c.r.Peek(20)
	if len(look) < 1 || look[0] != '"' {
		return false
	}
	rest := look[1:]
	if dst < csvColumns-1 {
		return len(rest) >= 2 && rest[0] == ',' && rest[1] == '"'
	}
	rest = bytes.TrimPrefix(rest, []byte{'\r'})
	if len(rest) == 0 {
		return true // end of input
	}
	return rest[0] == '\n' && (len(rest) == 1 || isCSVRowStart(rest[1:]))
}

// unquoted reads an unquoted field up to ',' or a line end.
func (c *csvReader) unquoted(dst int) (end byte, why, err error) {
	for {
		b, err := c.r.ReadByte()
		if err == io.EOF {
			return 0, nil, nil
		}
		if err != nil {
			return 0, nil, err
		}
		c.off++
		switch b {
		case ',':
			return ',', nil, nil
		case '\n':
			c.line++
			f := c.fields[dst]
			if len(f) > 0 && f[len(f)-1] == '\r' {
				c.fields[dst] = f[:len(f)-1]
			}
			return '\n', nil, nil
		}
		if !c.grow(1) {
			return 0, errRowTooLarge, nil
		}
		c.fields[dst] = append(c.fields[dst], b)
	}
}

func (c *csvReader) discard(n int) {
	d, _ := c.r.Discard(n)
	c.off += int64(d)
}

// atRowStart reports whether the input continues with `"<digits>","`.
func (c *csvReader) atRowStart() bool {
	b, _ := c.r.Peek(16)
	return isCSVRowStart(b)
}

// resync skips input up to the next line that starts a row.
func (c *csvReader) resync() {
	for {
		line, err := c.r.ReadSlice('\n')
		c.off += int64(len(line))
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			return
		}
		c.line++
		if c.atRowStart() {
			return
		}
	}
}

// unescapeLineEnds undoes the backslash line-end escapes of a cables.csv
// column shown as text (as in a leaked database row): a backslash followed
// by blanks and a newline becomes a newline, and a backslash that ends the
// text is dropped.
func unescapeLineEnds(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '\\')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
			j++
		}
		switch {
		case j == len(s):
			s = ""
		case s[j] == '\n':
			s = s[j:]
		default:
			b.WriteByte('\\')
			s = s[i+1:]
		}
	}
}
