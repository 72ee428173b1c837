package header

import (
	"errors"
	"fmt"

	"github.com/cablemeta/cablemeta/diag"
)

// Sentinel errors. Every error returned by this package is a
// [*diag.ParseError] whose Err field wraps one of these (in strict mode
// through a [*diag.StrictError], when its warning reports one), so that
// errors.Is works.
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
)

func newErr(line int, field string, sentinel error, format string, args ...any) *diag.ParseError {
	if format == "" {
		return &diag.ParseError{Line: line, Field: field, Err: sentinel}
	}
	return &diag.ParseError{Line: line, Field: field, Err: fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)}
}

// The kinds of the warnings of this package (Part "header").
const (
	// WarnDayOfYearMismatch: the DE line's day of year differs from the DTG's.
	WarnDayOfYearMismatch diag.Kind = "day-of-year-mismatch"
	// WarnPrecedenceTypo: a misspelt precedence (PIORITY) was normalised.
	WarnPrecedenceTypo diag.Kind = "precedence-typo"
	// WarnInvalidDTG: a line looks like a DTG but does not give a valid date.
	WarnInvalidDTG diag.Kind = "invalid-dtg"
	// WarnMalformedLine: a header line was recognised but could not be parsed.
	WarnMalformedLine diag.Kind = "malformed-line"
	// WarnUnexpectedLine: a line inside the header block was not understood
	// and skipped.
	WarnUnexpectedLine diag.Kind = "unexpected-line"
	// WarnDuplicateLine: a format line that occurs once (FL1, DE, DTG, FM)
	// was seen again; the first one is kept.
	WarnDuplicateLine diag.Kind = "duplicate-line"
	// WarnMissingDTG: a header was found but it has no date-time group.
	WarnMissingDTG diag.Kind = "missing-dtg"
	// WarnMissingFrom: a header with a DTG has no FM line.
	WarnMissingFrom diag.Kind = "missing-from"
	// WarnInfoPrecedenceHigher: the info precedence of a dual-precedence DTG
	// is higher than the action precedence.
	WarnInfoPrecedenceHigher diag.Kind = "info-precedence-higher"
	// WarnFlattenedHeader: the header was found only as a run-together line
	// (line ends lost); only the DTG and FM were read.
	WarnFlattenedHeader diag.Kind = "flattened-header"
	// WarnMidnight2400: the DTG uses time 2400, read as 0000 of the next day.
	WarnMidnight2400 diag.Kind = "midnight-2400"
)
