package header

import (
	"errors"
	"fmt"
	"strconv"
)

// Sentinel errors. Every error returned by this package is a [*ParseError]
// whose Err field is (or wraps) one of these, so that errors.Is works.
var (
	// ErrTransmissionID reports a malformed FL1 line (VZCZC...).
	ErrTransmissionID = errors.New("malformed transmission identifier")
	// ErrRelay reports a malformed FL2 line (precedence prosign + routing indicators).
	ErrRelay = errors.New("malformed relay line")
	// ErrDE reports a malformed FL3 line (DE <RI> #<serial>[/<section>] <JJJHHMM>).
	ErrDE = errors.New("malformed DE line")
	// ErrSecurity reports a malformed FL4 line (ZNR/ZNY + classification characters).
	ErrSecurity = errors.New("malformed security line")
	// ErrDTG reports a malformed date-time group line.
	ErrDTG = errors.New("malformed date-time group")
	// ErrDate reports date fields that do not form a real date or time (day
	// 31 in September, hour 25, unknown month, day of year 367 ...). It is
	// wrapped together with ErrDTG, ErrDE or the dateline's context, so both
	// errors.Is(err, ErrDate) and errors.Is(err, ErrDTG) hold for a bad DTG.
	ErrDate = errors.New("invalid date")
	// ErrAddressee reports a malformed FM/TO/INFO/XMT addressee line.
	ErrAddressee = errors.New("malformed addressee")
	// ErrPage reports a malformed received-copy PAGE line.
	ErrPage = errors.New("malformed PAGE line")
	// ErrPrecedence reports an unknown precedence word or letter.
	ErrPrecedence = errors.New("unknown precedence")
	// ErrStrict is wrapped by the error a [Parser] with Strict set returns
	// for the first warning.
	ErrStrict = errors.New("warning in strict mode")
)

// ParseError is the error type of this package: what went wrong, on which
// line (in the caller's coordinates) and in which field.
type ParseError struct {
	Line  int    // 1-based line number, 0 if unknown
	Field string // e.g. "DE line", "DTG", "TO"
	Err   error  // one of the Err... sentinels, possibly wrapped
}

// Error returns "line 3: DE line: malformed DE line: ...".
func (e *ParseError) Error() string {
	s := ""
	if e.Line > 0 {
		s = "line " + strconv.Itoa(e.Line) + ": "
	}
	if e.Field != "" {
		s += e.Field + ": "
	}
	if e.Err == nil {
		return s + "unknown error"
	}
	return s + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

func newErr(line int, field string, sentinel error, format string, args ...any) *ParseError {
	if format == "" {
		return &ParseError{Line: line, Field: field, Err: sentinel}
	}
	return &ParseError{Line: line, Field: field, Err: fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)}
}

// WarningKind classifies a [Warning]. Kinds are stable kebab-case strings.
type WarningKind string

// Warning kinds.
const (
	// WarnDayOfYearMismatch: the DE line's day of year differs from the DTG's.
	WarnDayOfYearMismatch WarningKind = "day-of-year-mismatch"
	// WarnPrecedenceTypo: a misspelt precedence (PIORITY) was normalised.
	WarnPrecedenceTypo WarningKind = "precedence-typo"
	// WarnInvalidDTG: a line looks like a DTG but does not give a valid date.
	WarnInvalidDTG WarningKind = "invalid-dtg"
	// WarnMalformedLine: a header line was recognised but could not be parsed.
	WarnMalformedLine WarningKind = "malformed-line"
	// WarnUnexpectedLine: a line inside the header block was not understood
	// and skipped.
	WarnUnexpectedLine WarningKind = "unexpected-line"
	// WarnDuplicateLine: a format line that occurs once (FL1, DE, DTG, FM)
	// was seen again; the first one is kept.
	WarnDuplicateLine WarningKind = "duplicate-line"
	// WarnMissingDTG: a header was found but it has no date-time group.
	WarnMissingDTG WarningKind = "missing-dtg"
	// WarnMissingFrom: a header with a DTG has no FM line.
	WarnMissingFrom WarningKind = "missing-from"
	// WarnInfoPrecedenceHigher: the info precedence of a dual-precedence DTG
	// is higher than the action precedence.
	WarnInfoPrecedenceHigher WarningKind = "info-precedence-higher"
	// WarnFlattenedHeader: the header was found only as a run-together line
	// (line ends lost); only the DTG and FM were read.
	WarnFlattenedHeader WarningKind = "flattened-header"
	// WarnMidnight2400: the DTG uses time 2400, read as 0000 of the next day.
	WarnMidnight2400 WarningKind = "midnight-2400"
)

// Warning is a problem that did not stop parsing.
type Warning struct {
	Line    int         `json:"line"`
	Field   string      `json:"field"`
	Kind    WarningKind `json:"kind"`
	Message string      `json:"message"`
}

// String returns "line 12: field: message".
func (w Warning) String() string {
	s := ""
	if w.Line > 0 {
		s = "line " + strconv.Itoa(w.Line) + ": "
	}
	if w.Field != "" {
		s += w.Field + ": "
	}
	return s + w.Message
}
