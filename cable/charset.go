package cable

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/cablemeta/cablemeta/diag"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ErrUnknownCharset means Parser.Charset names an encoding the reader does
// not know.
var ErrUnknownCharset = errors.New("unknown charset")

var (
	utf8BOM    = []byte{0xEF, 0xBB, 0xBF}
	utf16LEBOM = []byte{0xFF, 0xFE}
	utf16BEBOM = []byte{0xFE, 0xFF}
)

// charset is the encoding the readers decode with: enc nil means UTF-8
// (name "utf-8") or, when name is "", "sniff: UTF-8, else Windows-1252".
// Every other encoding is a golang.org/x/text encoding.
type charset struct {
	name string
	enc  encoding.Encoding
}

var (
	csSniff   = charset{}                                                                           // not named: sniff UTF-8, else Windows-1252
	csUTF8    = charset{name: "utf-8"}                                                              // UTF-8; invalid bytes become U+FFFD
	csWin1252 = charset{name: "windows-1252", enc: charmap.Windows1252}                             // also "latin1", "iso-8859-1", "ascii" (WHATWG)
	csUTF16LE = charset{name: "utf-16le", enc: unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)} // UTF-16, little endian
	csUTF16BE = charset{name: "utf-16be", enc: unicode.UTF16(unicode.BigEndian, unicode.UseBOM)}    // UTF-16, big endian
)

func (c charset) String() string {
	if c.name == "" {
		return "auto"
	}
	return c.name
}

func (c charset) isUTF16() bool { return c == csUTF16LE || c == csUTF16BE }

// lookupCharset maps a charset label to an encoding with the WHATWG
// encoding standard's labels (golang.org/x/text/encoding/htmlindex, as
// browsers do): so "iso-8859-1", "latin1" and "us-ascii" all mean
// Windows-1252, which is what files labelled Latin-1 almost always hold
// (docs/renderings.md#character-damage; the WHATWG Encoding Standard
// maps these labels the same way). "" and "auto" mean sniffing.
func lookupCharset(label string) (charset, error) {
	l := strings.ToLower(strings.Trim(label, " \t\r\n\f\"'"))
	switch l {
	case "", "auto":
		return csSniff, nil
	case "utf-16", "utf16", "utf16le", "ucs-2":
		return csUTF16LE, nil
	case "utf16be":
		return csUTF16BE, nil
	}
	enc, err := htmlindex.Get(l)
	if err != nil {
		return csSniff, fmt.Errorf("%w %q (use a WHATWG encoding label such as utf-8, windows-1252, latin1, utf-16le, iso-8859-2, koi8-r)", ErrUnknownCharset, label)
	}
	name, _ := htmlindex.Name(enc)
	switch name {
	case "utf-8":
		return csUTF8, nil
	case "windows-1252":
		return csWin1252, nil
	case "utf-16le":
		return csUTF16LE, nil
	case "utf-16be":
		return csUTF16BE, nil
	}
	return charset{name: name, enc: enc}, nil
}

// decodeText turns raw bytes into valid UTF-8. cs is the charset to use
// (csSniff to detect it). A UTF-8 BOM is dropped. When sniffing, valid
// UTF-8 is kept; bytes that are mostly valid UTF-8 with a few bad bytes
// keep UTF-8 with U+FFFD for the bad bytes (WarnReadInvalidBytes);
// anything else is decoded as Windows-1252 (WarnReadCharsetFallback).
// firstLine is the line number of data[0] for the warnings (0: no line).
func decodeText(data []byte, cs charset, firstLine int) (string, []diag.Warning) {
	data = bytes.TrimPrefix(data, utf8BOM)
	if cs.enc != nil {
		return decodeWith(cs.enc, data), nil
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	return decodeInvalid(data, cs, firstLine)
}

// decodeOwned is decodeText for data that the caller hands over and never
// modifies again, and that no one else holds (the text reader's own
// buffer, not pooled, not the caller's input): valid UTF-8 becomes the
// text without a copy. It is the one unsafe conversion of the readers,
// kept because the copy costs 3.5% of cable.Parse with its garbage
// collection: 781k against 809k instructions per cable (cachegrind,
// medians of three runs, the package's BenchmarkParse).
func decodeOwned(data []byte, cs charset, firstLine int) (string, []diag.Warning) {
	if cs.enc == nil && utf8.Valid(data) {
		data = bytes.TrimPrefix(data, utf8BOM)
		if len(data) == 0 {
			return "", nil
		}
		return unsafe.String(unsafe.SliceData(data), len(data)), nil
	}
	return decodeText(data, cs, firstLine)
}

// decodeInvalid decodes data that is not valid UTF-8.
func decodeInvalid(data []byte, cs charset, firstLine int) (string, []diag.Warning) {
	bad, good, first := utf8Stats(data)
	line := 0
	if firstLine > 0 {
		line = firstLine + bytes.Count(data[:first], []byte{'\n'})
	}
	if cs == csUTF8 || good > bad {
		return strings.ToValidUTF8(string(data), "\uFFFD"), []diag.Warning{readWarning(line, "charset", WarnReadInvalidBytes,
			fmt.Sprintf("%d byte(s) invalid in UTF-8 replaced by U+FFFD (first at byte %d)", bad, first))}
	}
	return decodeWith(charmap.Windows1252, data), []diag.Warning{readWarning(line, "charset", WarnReadCharsetFallback,
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

// decodeWith decodes data with a golang.org/x/text encoding. Bytes that
// the encoding cannot map become U+FFFD (the decoders never fail).
func decodeWith(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return string(out)
}

// newDecodingReader turns a byte stream in encoding cs into UTF-8, so that
// the byte-oriented CSV and text readers can run over it.
func newDecodingReader(r *bufio.Reader, cs charset) *bufio.Reader {
	return bufio.NewReaderSize(transform.NewReader(r, cs.enc.NewDecoder()), 64<<10)
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
