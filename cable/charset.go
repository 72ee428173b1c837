package cable

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrUnknownCharset means Parser.Charset names an encoding the reader does
// not know.
var ErrUnknownCharset = errors.New("unknown charset")

var (
	utf8BOM    = []byte{0xEF, 0xBB, 0xBF}
	utf16LEBOM = []byte{0xFF, 0xFE}
	utf16BEBOM = []byte{0xFE, 0xFF}
)

// charset is one of the encodings the readers decode.
type charset int

const (
	csSniff   charset = iota // not named: sniff UTF-8, else Windows-1252
	csUTF8                   // UTF-8; invalid bytes become U+FFFD
	csWin1252                // Windows-1252 (WHATWG: also "latin1", "iso-8859-1", "ascii")
	csUTF16LE                // UTF-16, little endian
	csUTF16BE                // UTF-16, big endian
)

func (c charset) String() string {
	switch c {
	case csUTF8:
		return "utf-8"
	case csWin1252:
		return "windows-1252"
	case csUTF16LE:
		return "utf-16le"
	case csUTF16BE:
		return "utf-16be"
	}
	return "auto"
}

// lookupCharset maps a charset label to an encoding following the WHATWG
// encoding standard's labels (as browsers and x/text's htmlindex do): so
// "iso-8859-1", "latin1" and "us-ascii" all mean Windows-1252, which is
// what files labelled Latin-1 almost always hold (cable-format.md §9,
// go-style.md §9.2). Only the encodings met in cable archives are known.
func lookupCharset(label string) (charset, error) {
	l := strings.ToLower(strings.Trim(label, " \t\r\n\f\"'"))
	switch l {
	case "", "auto":
		return csSniff, nil
	case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
		return csUTF8, nil
	case "windows-1252", "cp1252", "x-cp1252", "latin1", "l1", "iso-8859-1", "iso8859-1", "iso88591",
		"iso_8859-1", "iso_8859-1:1987", "iso-ir-100", "csisolatin1", "ibm819", "cp819",
		"ascii", "us-ascii", "ansi_x3.4-1968", "windows1252":
		return csWin1252, nil
	case "utf-16", "utf-16le", "utf16", "utf16le", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicode", "unicodefeff":
		return csUTF16LE, nil
	case "utf-16be", "utf16be", "unicodefffe":
		return csUTF16BE, nil
	}
	return csSniff, fmt.Errorf("%w %q (known: utf-8, windows-1252 and its labels latin1/iso-8859-1/us-ascii, utf-16le, utf-16be)", ErrUnknownCharset, label)
}

// decodeText turns raw bytes into valid UTF-8. cs is the charset to use
// (csSniff to detect it). A UTF-8 BOM is dropped. When sniffing, valid
// UTF-8 is kept; bytes that are mostly valid UTF-8 with a few bad bytes
// keep UTF-8 with U+FFFD for the bad bytes (WarnReadInvalidBytes);
// anything else is decoded as Windows-1252 (WarnReadCharsetFallback).
// firstLine is the line number of data[0] for the warnings (0: no line).
func decodeText(data []byte, cs charset, firstLine int) (string, []Warning) {
	data = bytes.TrimPrefix(data, utf8BOM)
	switch cs {
	case csWin1252:
		return decodeWindows1252(data), nil
	case csUTF16LE, csUTF16BE:
		return decodeUTF16(data, cs == csUTF16BE), nil
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	bad, good, first := utf8Stats(data)
	line := 0
	if firstLine > 0 {
		line = firstLine + bytes.Count(data[:first], []byte{'\n'})
	}
	if cs == csUTF8 || good > bad {
		return strings.ToValidUTF8(string(data), "\uFFFD"), []Warning{readWarning(line, "charset", WarnReadInvalidBytes,
			fmt.Sprintf("%d byte(s) invalid in UTF-8 replaced by U+FFFD (first at byte %d)", bad, first))}
	}
	return decodeWindows1252(data), []Warning{readWarning(line, "charset", WarnReadCharsetFallback,
		fmt.Sprintf("not valid UTF-8 (first bad byte 0x%02X at byte %d); decoded as Windows-1252", data[first], first))}
}

// utf8Stats counts the invalid bytes and the valid multi-byte sequences of
// data, and gives the offset of the first invalid byte.
func utf8Stats(data []byte) (bad, good, first int) {
	first = -1
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			if first < 0 {
				first = i
			}
			bad++
			i++
			continue
		}
		good++
		i += n
	}
	if first < 0 {
		first = 0
	}
	return bad, good, first
}

// win1252High maps the bytes 0x80–0x9F of Windows-1252 (the WHATWG
// table: the five unassigned bytes map to the C1 controls of the same
// value); 0xA0–0xFF equal their Latin-1 code points.
var win1252High = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

func decodeWindows1252(data []byte) string {
	var b strings.Builder
	b.Grow(len(data) + len(data)/8)
	start := 0
	for i, c := range data {
		if c < 0x80 {
			continue
		}
		b.Write(data[start:i])
		if c < 0xA0 {
			b.WriteRune(win1252High[c-0x80])
		} else {
			b.WriteRune(rune(c))
		}
		start = i + 1
	}
	b.Write(data[start:])
	return b.String()
}

func decodeUTF16(data []byte, bigEndian bool) string {
	if bigEndian {
		data = bytes.TrimPrefix(data, utf16BEBOM)
	} else {
		data = bytes.TrimPrefix(data, utf16LEBOM)
	}
	u := make([]uint16, 0, len(data)/2)
	for i := 0; i+1 < len(data); i += 2 {
		if bigEndian {
			u = append(u, uint16(data[i])<<8|uint16(data[i+1]))
		} else {
			u = append(u, uint16(data[i+1])<<8|uint16(data[i]))
		}
	}
	s := string(utf16.Decode(u))
	if len(data)%2 == 1 {
		s += "\uFFFD"
	}
	return s
}

// utf16Reader turns a UTF-16 byte stream into UTF-8, so that the
// byte-oriented CSV and text readers can run over it.
type utf16Reader struct {
	r         *bufio.Reader
	bigEndian bool
	out       []byte
	err       error
}

func newUTF16Reader(r *bufio.Reader, bigEndian bool) *bufio.Reader {
	return bufio.NewReaderSize(&utf16Reader{r: r, bigEndian: bigEndian}, 64<<10)
}

func (u *utf16Reader) unit() (uint16, error) {
	a, err := u.r.ReadByte()
	if err != nil {
		return 0, err
	}
	b, err := u.r.ReadByte()
	if err != nil {
		if err == io.EOF {
			return 0xFFFD, nil // odd trailing byte
		}
		return 0, err
	}
	if u.bigEndian {
		return uint16(a)<<8 | uint16(b), nil
	}
	return uint16(b)<<8 | uint16(a), nil
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) < len(p) && u.err == nil {
		c, err := u.unit()
		if err != nil {
			u.err = err
			break
		}
		r := rune(c)
		if utf16.IsSurrogate(r) {
			c2, err := u.unit()
			if err != nil {
				u.err = err
				r = utf8.RuneError
			} else if r2 := utf16.DecodeRune(r, rune(c2)); r2 != utf8.RuneError {
				r = r2
			} else {
				r = utf8.RuneError
				if !utf16.IsSurrogate(rune(c2)) {
					u.out = utf8.AppendRune(u.out, r)
					r = rune(c2)
				}
			}
		}
		u.out = utf8.AppendRune(u.out, r)
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	if n == 0 && u.err != nil {
		return 0, u.err
	}
	return n, nil
}

// declaredCharset finds the charset an HTML page declares for itself: the
// encoding of an XML prolog, a <meta charset=...> or a <meta
// http-equiv="Content-Type" content="...; charset=...">, within the first
// 4 KiB. It returns "" when there is none.
func declaredCharset(page []byte) string {
	head := page[:min(len(page), 4096)]
	if hasPrefixFold(head, "<?xml") {
		end := bytes.IndexByte(head, '>')
		if end > 0 {
			if v := attrValue(head[:end], "encoding"); v != "" {
				return v
			}
		}
	}
	for off := 0; ; {
		i := indexFold(head[off:], "<meta")
		if i < 0 {
			return ""
		}
		tag := head[off+i:]
		end := bytes.IndexByte(tag, '>')
		if end < 0 {
			return ""
		}
		tag = tag[:end]
		if v := attrValue(tag, "charset"); v != "" {
			return v
		}
		if ct := attrValue(tag, "content"); ct != "" {
			if j := indexFold([]byte(ct), "charset="); j >= 0 {
				v := ct[j+len("charset="):]
				if k := strings.IndexAny(v, "; \t"); k >= 0 {
					v = v[:k]
				}
				return strings.Trim(v, "\"'")
			}
		}
		off += i + end
	}
}

// attrValue returns the value of attribute name (lower case) in a tag's
// bytes, quoted or not, or "".
func attrValue(tag []byte, name string) string {
	for off := 0; ; {
		i := indexFold(tag[off:], name)
		if i < 0 {
			return ""
		}
		i += off
		off = i + len(name)
		if i > 0 && !isHTMLSpace(tag[i-1]) {
			continue
		}
		j := off
		for j < len(tag) && isHTMLSpace(tag[j]) {
			j++
		}
		if j >= len(tag) || tag[j] != '=' {
			continue
		}
		j++
		for j < len(tag) && isHTMLSpace(tag[j]) {
			j++
		}
		if j >= len(tag) {
			return ""
		}
		if q := tag[j]; q == '"' || q == '\'' {
			k := bytes.IndexByte(tag[j+1:], q)
			if k < 0 {
				return string(tag[j+1:])
			}
			return string(tag[j+1 : j+1+k])
		}
		k := j
		for k < len(tag) && !isHTMLSpace(tag[k]) && !strings.ContainsRune("/?\"';>", rune(tag[k])) {
			k++
		}
		return string(tag[j:k])
	}
}

func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
