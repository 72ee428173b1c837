package tags

import (
	"errors"
	"fmt"
)

// WarningKind names a kind of Warning. The values are stable kebab-case
// strings.
type WarningKind string

// The warning kinds.
const (
	// WarnNoTags: no TAGS line was found.
	WarnNoTags WarningKind = "no-tags"
	// WarnMissingLabel: the TAGS were recognised on a line without the
	// TAGS keyword (between the E.O. and the SUBJECT line).
	WarnMissingLabel WarningKind = "missing-label"
	// WarnLabelVariant: the keyword is misspelt (TAGE, TAS, TGS, TABS, AGS).
	WarnLabelVariant WarningKind = "label-variant"
	// WarnTypoFixed: a misspelt code was corrected (POGOV -> PGOV, RU -> RS).
	WarnTypoFixed WarningKind = "typo-fixed"
	// WarnSplit: codes written together were split (PHUMPGOV -> PHUM, PGOV).
	WarnSplit WarningKind = "run-together-split"
	// WarnDuplicate: repeated codes were removed.
	WarnDuplicate WarningKind = "duplicate-removed"
	// WarnDropped: a token that is not a tag was dropped (SIPDIS, a
	// repeated TAGS keyword).
	WarnDropped WarningKind = "token-dropped"
	// WarnTruncated: the line ran into a page-break header; the rest was ignored.
	WarnTruncated WarningKind = "page-break-truncated"
)

// Warning reports something odd in a TAGS line that the parser repaired or
// skipped.
type Warning struct {
	Line    int         `json:"line"`
	Field   string      `json:"field"`
	Kind    WarningKind `json:"kind"`
	Message string      `json:"message"`
}

// String formats the warning as "line 12: TAGS: message".
func (w Warning) String() string {
	return fmt.Sprintf("line %d: %s: %s", w.Line, w.Field, w.Message)
}

// Sentinel errors, for use with errors.Is.
var (
	// ErrNoTags is returned in Strict mode when no TAGS line is found.
	ErrNoTags = errors.New("no TAGS line")
	// ErrStrict is wrapped by the error returned in Strict mode for any
	// other warning.
	ErrStrict = errors.New("irregular TAGS line")
)

// ParseError is the error returned in Strict mode: the first warning, with
// its position.
type ParseError struct {
	Line  int    // 1-based line number in the caller's coordinates
	Field string // "TAGS"
	Err   error  // wraps ErrNoTags or ErrStrict
}

// Error formats the error as "line 3: TAGS: message".
func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s: %v", e.Line, e.Field, e.Err)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// fieldTags is the Field of warnings and errors.
const fieldTags = "TAGS"

// strictError turns a warning into the Strict-mode error.
func strictError(w Warning) error {
	sentinel := ErrStrict
	if w.Kind == WarnNoTags {
		sentinel = ErrNoTags
	}
	return &ParseError{Line: w.Line, Field: w.Field, Err: fmt.Errorf("%w: %s", sentinel, w.Message)}
}
