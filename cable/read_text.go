package cable

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
)

// textReader reads plain-text and markdown inputs line by line and cuts
// them into cables, in memory bounded by the largest cable (or, for an
// input read whole, by the input).
//
// A text input is one cable unless it certainly holds several. It is cut
// only after a complete cable — one whose text since the last cut holds a
// header line (a VZCZC transmission id or a precedence and DTG line) and,
// after it, a TAGS or SUBJECT (SUBJ) line, i.e. a body — and only before:
//
//   - a transmission-id line (FL1: a line starting with "VZCZC",
//     docs/header.md#transmission-line), or
//   - a form feed whose next non-blank line is a precedence and DTG line
//     ("O 231553Z FEB 01", docs/header.md#date-time-group); the form feed
//     is dropped.
//
// Any other form feed is a page break inside the cable and becomes a line
// break. So body fragments, markdown titles before the header, received
// copies with page breaks, post mailbox printouts (whose e-mail preamble
// has its own "Subject:" and "TAGS:" lines before the VZCZC header,
// docs/header.md#other-header-shapes) and a VZCZC line after a header
// without body stay whole.
type textReader struct {
	r      *bufio.Reader
	cs     charset
	max    int
	path   string
	format Format

	off  int64 // bytes consumed
	line int   // 1-based line of the next byte

	mem []byte // the unread input, when it was read whole (r is nil); never written

	// cur holds the current cable. When the input was read whole, cur is
	// a view of that memory as long as the cable is the input as read
	// (view is set): a line that follows it there extends it, nothing is
	// written. An edit (a form feed dropped, a line break for one) first
	// copies the cable into memory of its own.
	cur      []byte
	view     bool
	curOff   int64
	curLine  int
	eof      bool // the input is read to its end
	hasText  bool // a non-blank part was read since the last cut
	hasHead  bool // a header line was read since the last cut
	hasBody  bool // and then a body line
	tooLarge bool
	ffMark   int // length of cur at a form feed that may cut, or -1
	blocked  int // len(mem) at the form feed or "VZCZC" that stopped takeRest, or 0
	emitted  int
	lineBuf  []byte
	queued   []textChunk
}

// textChunk is a finished cable waiting to be returned.
type textChunk struct {
	text     string // decoded and normalised
	warnings []diag.Warning
	off      int64
	line     int
	tooLarge bool
}

func newTextReader(r *bufio.Reader, cs charset, maxSize int, path string, format Format) *textReader {
	return &textReader{r: r, cs: cs, max: maxSize, path: path, format: format, line: 1, curLine: 1, ffMark: -1}
}

// readWhole reads the rest of the input, size bytes as its reader
// announced, into memory of the reader's own, so that the cables are cut
// there in place and most of a cable is taken in one copy (takeRest): an
// input that fits the read buffer is cut in that buffer. An input that
// turns out longer, or fails, is read on as a stream.
func (t *textReader) readWhole(size int) {
	if size < t.r.Size() {
		data, err := t.r.Peek(size + 1) // +1: room to see the end of the input
		switch err {
		case io.EOF:
			t.r, t.mem, t.view = nil, data, true // t.r is not read again
		case nil: // longer than announced: nothing was consumed
		default: // the error comes again from the reader
			t.r = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(data), errReader{err}), readBufferSize(-1))
		}
		return
	}
	data, more := readKnown(t.r, size)
	if more != nil {
		t.r = bufio.NewReaderSize(more, readBufferSize(-1))
		return
	}
	t.r, t.mem, t.view = nil, data, true
}

// next returns the next cable of the input, or io.EOF.
func (t *textReader) next() (Document, error) {
	for len(t.queued) == 0 {
		var line []byte
		var err error
		if t.takeRest() {
			err = io.EOF
		} else {
			line, err = t.readLine()
		}
		if len(line) > 0 {
			t.addLine(line)
		}
		if err == io.EOF {
			t.eof = true
			t.cut()
			if len(t.queued) == 0 {
				if t.emitted == 0 {
					t.emitted++
					return Document{Source: t.source(0, 1)}, &diag.ParseError{Path: t.path, Field: "text", Err: ErrNoCable}
				}
				return Document{}, io.EOF
			}
			break
		}
		if err != nil {
			return Document{}, &diag.ParseError{Path: t.path, Line: t.line, Field: "text", Err: err}
		}
	}
	ch := t.queued[0]
	t.queued = t.queued[1:]
	t.emitted++
	src := t.source(ch.off, ch.line)
	if ch.tooLarge {
		return Document{Source: src}, &diag.ParseError{Path: t.path, Line: ch.line, Field: "text",
			Err: fmt.Errorf("%w: cable longer than %d bytes; skipped to the next cable", ErrTooLarge, t.max)}
	}
	return Document{Text: ch.text, Source: src, Warnings: ch.warnings, normalized: true}, nil
}

// chunk decodes the raw bytes of one cable: leading blank lines dropped
// (off and line moved past them), decoded to UTF-8, normalised, trailing
// blank lines (separators between cables) dropped.
func (t *textReader) chunk(raw []byte, off int64, line int, owned bool) textChunk {
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '\n')
		if i < 0 || len(bytes.Trim(raw[:i], " \t\r")) > 0 {
			break
		}
		raw, off, line = raw[i+1:], off+int64(i+1), line+1
	}
	decode := decodeText
	if owned {
		decode = decodeOwned // the reader's buffer becomes the text
	}
	text, ws := decode(raw, t.cs, 1)
	return textChunk{text: endWithNewline(textutil.Normalize(text)), warnings: ws, off: off, line: line}
}

// endWithNewline returns s ending with exactly one newline, without
// copying it when it already ends with one or more.
func endWithNewline(s string) string {
	t := strings.TrimRight(s, "\n")
	if len(t) < len(s) {
		return s[:len(t)+1]
	}
	return s + "\n"
}

func (t *textReader) source(off int64, line int) Source {
	return Source{Path: t.path, Format: t.format, Offset: off, Line: line}
}

// takeRest appends all of the unread input to the current cable at once
// when no line of it could change what addLine does with it, and reports
// whether it did. A cut needs a form feed or a VZCZC line, and leading
// blank lines are dropped one by one; so when the input was read whole,
// the cable has text, no form feed is pending and the rest holds neither
// a form feed nor "VZCZC" and fits in the size limit, every line of the
// rest would only be appended. Most of a cable is so taken in one copy
// instead of line by line.
func (t *textReader) takeRest() bool {
	if t.r != nil || len(t.mem) == 0 || !t.hasText || t.tooLarge || t.ffMark >= 0 {
		return false
	}
	if t.max > 0 && len(t.cur)+len(t.mem) > t.max {
		return false
	}
	if t.blocked > 0 && len(t.mem) >= t.blocked {
		return false // the form feed or VZCZC found last time is still ahead
	}
	end := len(t.mem)
	if i := bytes.IndexByte(t.mem, '\f'); i >= 0 {
		end = i
	}
	if i := bytes.Index(t.mem[:end], []byte("VZCZC")); i >= 0 {
		end = i
	}
	if end < len(t.mem) {
		t.blocked = len(t.mem) - end // so the rest is searched once per blocker, not once per line
		return false
	}
	rest := t.mem
	t.mem = nil
	t.line += bytes.Count(rest, []byte{'\n'})
	t.append(rest)
	t.off += int64(len(rest))
	return true
}

// readLine reads one line with its newline, however long.
func (t *textReader) readLine() ([]byte, error) {
	if t.r == nil {
		if len(t.mem) == 0 {
			return nil, io.EOF
		}
		i := bytes.IndexByte(t.mem, '\n')
		if i < 0 {
			line := t.mem
			t.mem = nil
			return line, io.EOF
		}
		line := t.mem[:i+1]
		t.mem = t.mem[i+1:]
		return line, nil
	}
	b, err := t.r.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		return b, err // the common case: the line is in the buffer, used before the next read
	}
	t.lineBuf = append(t.lineBuf[:0], b...)
	for {
		b, err := t.r.ReadSlice('\n')
		t.lineBuf = append(t.lineBuf, b...)
		if err == bufio.ErrBufferFull {
			if len(t.lineBuf) > t.max && t.max > 0 {
				// Keep only a bounded prefix of absurdly long lines in
				// memory; the cable is too large anyway.
				t.off += int64(len(t.lineBuf))
				t.markTooLarge()
				t.lineBuf = t.lineBuf[:0]
			}
			continue
		}
		return t.lineBuf, err
	}
}

func (t *textReader) markTooLarge() {
	t.tooLarge = true
	t.cur = t.cur[:0]
}

// addLine handles one input line: form feeds, cut points, accumulation.
func (t *textReader) addLine(line []byte) {
	for {
		ff := bytes.IndexByte(line, '\f')
		if ff < 0 {
			break
		}
		midLine := ff > 0 && line[ff-1] != '\n'
		t.addPart(line[:ff])
		t.off++ // the form feed is dropped
		if t.ffMark < 0 && t.hasBody && !t.tooLarge {
			t.ffMark = len(t.cur) // decided by the next non-blank line
		} else if !t.hasText && !t.tooLarge {
			// only blanks so far: the cable starts after the page break,
			// where its offset and line are those of the input
			t.cur = t.cur[:0]
		} else if midLine {
			t.own()
			t.append([]byte{'\n'}) // a page break inside a line: a line break
		}
		line = line[ff+1:]
	}
	t.addPart(line)
}

// addPart adds a line, or the piece of a line around a form feed.
func (t *textReader) addPart(p []byte) {
	if len(p) == 0 {
		return
	}
	if t.ffMark >= 0 && !textutil.IsBlank(string(p)) {
		// the mark is past the end when the cable grew too large since
		// (its bytes were dropped): the cut then falls at what is left
		mark := min(t.ffMark, len(t.cur))
		t.ffMark = -1
		if isDTGLine(p) {
			t.cutAt(mark)
		} else if mark > 0 && t.cur[mark-1] != '\n' {
			t.insertAt(mark, '\n')
		}
	}
	fl1 := isFL1(p)
	if fl1 && t.hasBody {
		t.cut()
	}
	if len(t.cur) == 0 && !t.tooLarge {
		t.curOff, t.curLine = t.off, t.line
	}
	if fl1 || (!t.hasBody && isDTGLine(p)) {
		t.hasHead = true
	} else if t.hasHead && !t.hasBody && isBodyMark(p) {
		t.hasBody = true
	}
	newline := p[len(p)-1] == '\n' // a part holds at most its line's newline, at its end
	blank := !t.hasText && isBlankBytes(p)
	t.append(p)
	t.off += int64(len(p))
	if newline {
		t.line++
	}
	if !t.hasText {
		if !blank {
			t.hasText = true
		} else if newline && !t.tooLarge {
			// Leading blank lines are dropped as they come, so that the
			// cable's offset and line are counted on input bytes only
			// (no form feed dropped or turned into a newline before it).
			t.cur = t.cur[:0]
		}
	}
}

// append adds p, a part of the input, or a byte of an edit after own.
func (t *textReader) append(p []byte) {
	if t.tooLarge || len(p) == 0 {
		return
	}
	if t.max > 0 && len(t.cur)+len(p) > t.max {
		t.markTooLarge()
		return
	}
	if t.view {
		if len(t.cur) == 0 {
			t.cur = p // a new view of the input
			return
		}
		if n := len(t.cur); n+len(p) <= cap(t.cur) && &t.cur[:n+1][n] == &p[0] {
			t.cur = t.cur[:n+len(p)] // p follows the view in the input
			return
		}
		t.own()
	}
	t.cur = append(t.cur, p...)
}

// own copies a view of the input into memory of the reader's own, to be
// edited. The cable stays there up to its cut.
func (t *textReader) own() {
	if t.view {
		t.cur = append(make([]byte, 0, len(t.cur)+512), t.cur...)
		t.view = false
	}
}

// cut ends the current cable, queueing it unless it is blank.
func (t *textReader) cut() {
	t.cutAt(len(t.cur))
}

// cutAt ends the current cable after its first n bytes; the rest (blank
// lines read after a form feed) starts the next one.
func (t *textReader) cutAt(n int) {
	rest := t.cur[n:]
	restOff := t.off - int64(len(rest))
	restLine := t.line - bytes.Count(rest, []byte{'\n'})
	switch {
	case t.tooLarge:
		t.queued = append(t.queued, textChunk{off: t.curOff, line: t.curLine, tooLarge: true})
	case !isBlankBytes(t.cur[:n]):
		// A view of the input read whole is never written: it becomes
		// the text without a copy. At the end of the input the reader's
		// buffer is not needed again either: it is handed over.
		owned := t.view || (t.eof && n == len(t.cur))
		t.queued = append(t.queued, t.chunk(t.cur[:n], t.curOff, t.curLine, owned))
		if owned && !t.view {
			t.cur = nil
		}
	}
	if t.view {
		t.cur = rest // still a view: rest is followed by the unread input
	} else {
		t.cur = append(t.cur[:0], rest...)
		t.view = t.r == nil && len(t.cur) == 0 // the next cable may be a view again
	}
	t.hasText = !isBlankBytes(t.cur)
	t.hasHead = false
	t.hasBody = false
	t.tooLarge = false
	t.ffMark = -1
	t.curOff, t.curLine = restOff, restLine
}

// insertAt inserts one byte into the current cable at n.
func (t *textReader) insertAt(n int, b byte) {
	t.own()
	t.cur = append(t.cur, 0)
	copy(t.cur[n+1:], t.cur[n:])
	t.cur[n] = b
}

// isFL1 reports whether the line is a transmission-id line "VZCZC...".
func isFL1(line []byte) bool {
	return bytes.HasPrefix(trimBlanks(line), []byte("VZCZC"))
}

// trimBlanks removes leading spaces and tabs (bytes.TrimLeft builds a
// byte set at every call; this runs on every line).
func trimBlanks(line []byte) []byte {
	for len(line) > 0 && (line[0] == ' ' || line[0] == '\t') {
		line = line[1:]
	}
	return line
}

// isBodyMark reports whether the line shows that a cable body has been
// read: it holds a TAGS label ("TAGS:", "TAGS " after blanks, markdown
// marks or other text, any case) or starts with SUBJ/SUBJECT.
func isBodyMark(line []byte) bool {
	s := line
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '#' || s[0] == '*' || s[0] == '>' || s[0] == '_') {
		s = s[1:]
	}
	if hasPrefixFold(s, "subj") {
		return true
	}
	for off := 0; ; {
		i := indexFold(s[off:], "tags")
		if i < 0 {
			return false
		}
		i += off
		off = i + 4
		if (i == 0 || !isLetter(s[i-1])) && off < len(s) && (s[off] == ':' || s[off] == ' ') {
			return true
		}
	}
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isDTGLine reports whether the line is a DTG line with a month:
// "R 011200Z MAR 79".
func isDTGLine(line []byte) bool {
	m, ok := lexicon.DTGLine(line)
	return ok && m.Prosigns > 0 && m.Zone == 'Z' && m.Month
}

// isBlankBytes reports whether b holds only white space (as
// textutil.IsBlank, without converting b to a string).
func isBlankBytes(b []byte) bool {
	for i, c := range b {
		if c >= utf8.RuneSelf {
			return len(bytes.TrimSpace(b[i:])) == 0
		}
		if c != ' ' && (c < '\t' || c > '\r') {
			return false
		}
	}
	return true
}
