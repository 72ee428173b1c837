package cable

import (
	"bytes"
	"fmt"
	"path"
	"strings"
)

// Format names the wrapper a cable arrives in. The empty Format means
// "detect it from the bytes" (see [DetectFormat]).
type Format string

// The input formats that [Parser.Documents] reads.
const (
	// FormatAuto (the empty string) detects the format from the bytes.
	FormatAuto Format = ""
	// FormatText is plain cable text: one cable, a body-only fragment, a
	// received copy, or several cables concatenated
	// (docs/renderings.md#plain-text).
	FormatText Format = "text"
	// FormatMarkdown is a markdown rendering of a cable (tags as "[PREL](#)"
	// links, hard-break spaces; docs/renderings.md#markdown-renderings). It is
	// read like text.
	FormatMarkdown Format = "markdown"
	// FormatHTML is a WikiLeaks cable-viewer page, or a fragment of one that
	// holds a <pre> block (docs/renderings.md#wikileaks-pages).
	FormatHTML Format = "html"
	// FormatCSV is the cables.csv dump: 8 quoted columns
	// id,date,refid,origin,classification,references,header,content with
	// MySQL-style backslash escapes and no header line
	// (docs/renderings.md#cablescsv).
	FormatCSV Format = "csv"
)

// String returns the format name, "auto" for the empty Format.
func (f Format) String() string {
	if f == FormatAuto {
		return "auto"
	}
	return string(f)
}

// MarshalText returns the format name ("" for FormatAuto).
func (f Format) MarshalText() ([]byte, error) { return []byte(f), nil }

// UnmarshalText accepts the names taken by [ParseFormat].
func (f *Format) UnmarshalText(b []byte) error {
	v, err := ParseFormat(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// ParseFormat turns a user-given name into a Format. It accepts "auto" or
// "" (FormatAuto), "text"/"txt", "markdown"/"md", "html"/"htm" and "csv",
// in any case.
func ParseFormat(name string) (Format, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "auto":
		return FormatAuto, nil
	case "text", "txt", "plain":
		return FormatText, nil
	case "markdown", "md":
		return FormatMarkdown, nil
	case "html", "htm":
		return FormatHTML, nil
	case "csv":
		return FormatCSV, nil
	}
	return FormatAuto, fmt.Errorf("unknown input format %q (want auto, html, csv, text or markdown)", name)
}

// DetectFormat guesses the format of an input from its first bytes (a few
// KiB are enough) and its file name, which may be "". The bytes win over
// the name:
//
//   - a "<pre" tag, or a document that starts with "<" and holds an
//     <html>, <!DOCTYPE or <?xml prolog, is FormatHTML (this covers the
//     body fragments saved as .txt that start with "<code><pre>");
//   - a first line that starts with `"<digits>","` is a cables.csv row;
//   - a name ending in .html/.htm is FormatHTML, .csv is FormatCSV,
//     .md/.markdown is FormatMarkdown;
//   - markdown fragment links ("](#") mark FormatMarkdown;
//   - everything else is FormatText.
func DetectFormat(head []byte, name string) Format {
	head = bytes.TrimPrefix(head, utf8BOM)
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if indexFold(head, "<pre") >= 0 {
		return FormatHTML
	}
	if len(trimmed) > 0 && trimmed[0] == '<' &&
		(hasPrefixFold(trimmed, "<!doctype") || hasPrefixFold(trimmed, "<?xml") || indexFold(trimmed, "<html") >= 0) {
		return FormatHTML
	}
	if isCSVRowStart(trimmed) {
		return FormatCSV
	}
	switch strings.ToLower(path.Ext(strings.ReplaceAll(name, "\\", "/"))) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".csv":
		return FormatCSV
	case ".md", ".markdown":
		return FormatMarkdown
	}
	if bytes.Contains(head, []byte("](#")) {
		return FormatMarkdown
	}
	return FormatText
}

// isCSVRowStart reports whether b starts like a cables.csv row:
// a quote, one or more digits, a quote and a comma.
func isCSVRowStart(b []byte) bool {
	if len(b) < 4 || b[0] != '"' {
		return false
	}
	i := 1
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	return i > 1 && i+1 < len(b) && b[i] == '"' && b[i+1] == ','
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring the
// case of b. A needle that starts with a byte that has no case ("<pre",
// "<meta") is searched for with bytes.IndexByte, which skips the bytes in
// between many at a time: in a cable's text there is rarely a '<', so
// that DetectFormat's look at the first 8 KiB costs next to nothing.
func indexFold(b []byte, lowerNeedle string) int {
	n := len(lowerNeedle)
	c0 := lowerNeedle[0]
	if c0 < 'a' || c0 > 'z' {
		for i := 0; i+n <= len(b); i++ {
			j := bytes.IndexByte(b[i:len(b)-n+1], c0)
			if j < 0 {
				return -1
			}
			if i += j; hasPrefixFold(b[i:], lowerNeedle) {
				return i
			}
		}
		return -1
	}
	for i := 0; i+n <= len(b); i++ {
		if b[i]|0x20 == c0 && hasPrefixFold(b[i:], lowerNeedle) {
			return i
		}
	}
	return -1
}

// hasPrefixFold reports whether b starts with the ASCII lower-case prefix,
// ignoring case.
func hasPrefixFold(b []byte, lowerPrefix string) bool {
	if len(b) < len(lowerPrefix) {
		return false
	}
	for i := 0; i < len(lowerPrefix); i++ {
		c := b[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lowerPrefix[i] {
			return false
		}
	}
	return true
}
