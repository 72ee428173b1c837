package diag

import (
	"strconv"
	"strings"
)

// ParseError is an error with its position: the input, the row of a
// cables.csv file, the line or byte offset, and the element concerned.
// Unknown parts are zero and left out of the message.
type ParseError struct {
	Path   string // file name as given, "" for an anonymous reader or a string
	Row    int    // 1-based cables.csv row, 0 when not a CSV input
	Line   int    // 1-based line in the caller's coordinates, 0 if unknown
	Offset int    // byte offset in the caller's text, 0 if unknown
	Field  string // the element concerned, e.g. "DE line", "TAGS"; may be ""
	Err    error  // the underlying error, often wrapping a package's sentinel
}

// Error formats the error as "path: row 3: line 12: field: message".
func (e *ParseError) Error() string {
	var b strings.Builder
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	if e.Row > 0 {
		writeNumber(&b, "row ", e.Row)
	}
	writePos(&b, e.Line, e.Offset)
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	if e.Err == nil {
		b.WriteString("unknown error")
	} else {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// writePos writes "line N: " or, when the line is not known, "offset N: ";
// nothing when neither is.
func writePos(b *strings.Builder, line, offset int) {
	if line > 0 {
		writeNumber(b, "line ", line)
	} else if offset > 0 {
		writeNumber(b, "offset ", offset)
	}
}

// writeNumber writes label, n and ": ".
func writeNumber(b *strings.Builder, label string, n int) {
	b.WriteString(label)
	b.WriteString(strconv.Itoa(n))
	b.WriteString(": ")
}
