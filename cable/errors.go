package cable

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors wrapped by *ParseError. Test for them with errors.Is.
var (
	// ErrNoCable means the input holds no cable text at all (empty, only
	// white space, or a page without a <pre> block).
	ErrNoCable = errors.New("no cable text")

	// ErrTooLarge means one cable exceeded Parser.MaxCableSize.
	ErrTooLarge = errors.New("cable too large")

	// ErrStrict wraps the first warning of a cable parsed with
	// Parser.Strict set.
	ErrStrict = errors.New("strict mode")
)

// ParseError is a fatal problem with one cable, with its position. Parse
// returns it together with whatever was decoded before the problem (the
// partial Cable), so that nothing already read is lost.
type ParseError struct {
	Path  string // file name as given, "" for an anonymous reader
	Row   int    // 1-based cables.csv row, 0 when not a CSV input
	Line  int    // 1-based line in the cable text, 0 when not known
	Field string // the part of the cable, e.g. "DE line", "TAGS"; may be ""
	Err   error  // the underlying error; never nil
}

// Error formats the error as "path: row 3: line 12: field: message",
// leaving out the parts that are not known.
func (e *ParseError) Error() string {
	var b strings.Builder
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	if e.Row > 0 {
		fmt.Fprintf(&b, "row %d: ", e.Row)
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error, for errors.Is and errors.As.
func (e *ParseError) Unwrap() error { return e.Err }
