package paragraph

import (
	"errors"
	"fmt"
)

// A Warning reports a non-fatal finding at a line of the input.
type Warning struct {
	Line    int         `json:"line"`
	Field   string      `json:"field"`
	Kind    WarningKind `json:"kind"`
	Message string      `json:"message"`
}

// String formats w as "line 12: field: message".
func (w Warning) String() string {
	return fmt.Sprintf("line %d: %s: %s", w.Line, w.Field, w.Message)
}

// WarningKind classifies a [Warning]. Kinds are stable kebab-case strings.
type WarningKind string

// String returns the kind as text.
func (k WarningKind) String() string { return string(k) }

// Warning kinds reported by this package.
const (
	// WarnNoSubject: the body has a preamble (a banner with origin or
	// serial, an E.O. or a TAGS line) but no SUBJECT line. Reported at the
	// first such line; fragments without a preamble get no warning.
	WarnNoSubject WarningKind = "no-subject"
	// WarnDuplicateSubject: the subject label is doubled ("SUBJECT: SUBJECT:").
	WarnDuplicateSubject WarningKind = "duplicate-subject"
	// WarnMissingParagraph: a paragraph number was skipped (1, 2, 4).
	WarnMissingParagraph WarningKind = "missing-paragraph"
	// WarnDuplicateParagraph: a paragraph number occurs twice or goes backwards.
	WarnDuplicateParagraph WarningKind = "duplicate-paragraph"
	// WarnRenumbered: paragraph numbers damaged by markdown rendering
	// ("11." for "¶1.") were restored.
	WarnRenumbered WarningKind = "renumbered"
	// WarnTruncated: the body appears cut off (no signer, open summary).
	WarnTruncated WarningKind = "truncated"
	// WarnUnclosedSpan: a SUMMARY, COMMENT or TEXT span has no end marker.
	WarnUnclosedSpan WarningKind = "unclosed-span"
	// WarnBadMarking: a portion marking could not be read.
	WarnBadMarking WarningKind = "bad-marking"
)

// Sentinel errors, usable with [errors.Is] on a [ParseError].
var (
	// ErrStrict wraps a warning turned into an error by Parser.Strict.
	ErrStrict = errors.New("paragraph: warning in strict mode")
	// ErrEmpty is returned for an input with no text at all.
	ErrEmpty = errors.New("paragraph: empty body")
	// ErrNoSubject is returned by ParseSubject when no SUBJECT line exists.
	ErrNoSubject = errors.New("paragraph: no subject")
)

// A ParseError reports a problem at a line of the input.
type ParseError struct {
	Line  int    // 1-based line, in the caller's coordinates
	Field string // "SUBJECT", "paragraph", "summary", ...
	Err   error  // one of the sentinel errors, possibly wrapped
}

// Error formats e as "line 3: SUBJECT: ...".
func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s: %v", e.Line, e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// strictError turns w into a *ParseError wrapping ErrStrict.
func strictError(w Warning) error {
	return &ParseError{Line: w.Line, Field: w.Field, Err: fmt.Errorf("%w: %s: %s", ErrStrict, w.Kind, w.Message)}
}
