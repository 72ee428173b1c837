package cable

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// stringInput returns the unread rest of r when r is a *strings.Reader
// (what Parse is mostly given), without a copy: the reader's WriteTo
// hands its string to the WriteString method of stringTaker.
func stringInput(r io.Reader) (string, bool) {
	sr, ok := r.(*strings.Reader)
	if !ok {
		return "", false
	}
	var w stringTaker
	_, _ = sr.WriteTo(&w)
	return w.s, true
}

// stringTaker keeps what is written to it, a string as it is.
type stringTaker struct{ s string }

func (w *stringTaker) Write(p []byte) (int, error) { w.s += string(p); return len(p), nil }

func (w *stringTaker) WriteString(s string) (int, error) {
	if w.s == "" {
		w.s = s
	} else {
		w.s += s
	}
	return len(s), nil
}

// wholeText returns the one Document of a text or markdown input s when
// the general readers would certainly yield s itself as the one cable,
// so that it needs neither a read buffer nor a copy: UTF-8 or sniffed
// charset, no container, byte order mark or NUL, within the size limit,
// no form feed, no "VZCZC" but in its first line (the text reader cuts
// only at those), valid UTF-8 and not blank. Otherwise it reports false
// and the input goes the general way (documents).
func (p *Parser) wholeText(s string, cs charset, name string) (Document, bool) {
	if cs.enc != nil || len(s) > p.maxCableSize() || strings.IndexByte(s, '\f') >= 0 {
		return Document{}, false
	}
	var buf [8 << 10]byte // the head that the general way peeks, on the stack
	head := buf[:copy(buf[:], s)]
	if sniffContainer(head) != "" || bytes.HasPrefix(head, utf8BOM) || bytes.HasPrefix(head, utf16LEBOM) ||
		bytes.HasPrefix(head, utf16BEBOM) || bytes.IndexByte(head, 0) >= 0 {
		return Document{}, false
	}
	format := p.format()
	if format == FormatAuto {
		format = DetectFormat(head, name)
	}
	if format != FormatText && format != FormatMarkdown {
		return Document{}, false
	}
	// leading blank lines are dropped, the cable's position counted past them
	off, line := 0, 1
	for {
		i := strings.IndexByte(s[off:], '\n')
		if i < 0 || !textutil.IsBlank(s[off:off+i]) {
			break
		}
		off, line = off+i+1, line+1
	}
	text := s[off:]
	firstEnd := strings.IndexByte(text, '\n')
	if firstEnd < 0 {
		firstEnd = len(text)
	}
	if i := strings.Index(text, "VZCZC"); i >= 0 && (i >= firstEnd || strings.Contains(text[i+1:], "VZCZC")) {
		return Document{}, false
	}
	if textutil.IsBlank(text) || strings.HasPrefix(text, string(utf8BOM)) || !utf8.ValidString(text) {
		return Document{}, false
	}
	return Document{
		Text:       endWithNewline(textutil.Normalize(text)),
		Source:     Source{Path: name, Format: format, Offset: int64(off), Line: line},
		normalized: true,
	}, true
}
