package classification

import (
	"errors"
	"fmt"
)

// Sentinel errors. Test with [errors.Is].
var (
	// ErrNoBanner: no classification banner line was found.
	ErrNoBanner = errors.New("no classification banner")
	// ErrStrict: a warning was raised while Parser.Strict was set.
	ErrStrict = errors.New("strict mode")
	// ErrBadDate: a declassification date is not a valid calendar date.
	ErrBadDate = errors.New("invalid date")
)

// ParseError is an error at a position of the parsed text.
type ParseError struct {
	Line  int    // 1-based line number in the caller's coordinates (0 if unknown)
	Field string // the element being parsed, e.g. "banner", "E.O. line"
	Err   error  // the underlying error; often one of the sentinel errors
}

// Error returns "line 3: E.O. line: ...".
func (e *ParseError) Error() string {
	switch {
	case e.Line > 0 && e.Field != "":
		return fmt.Sprintf("line %d: %s: %v", e.Line, e.Field, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	case e.Field != "":
		return fmt.Sprintf("%s: %v", e.Field, e.Err)
	}
	return e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }
