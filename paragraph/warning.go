package paragraph

import (
	"errors"

	"github.com/cablemeta/cablemeta/diag"
)

// The kinds of the warnings of this package (Part "paragraph").
const (
	// WarnNoSubject: the body has a preamble (a banner with origin or
	// serial, an E.O. or a TAGS line) but no SUBJECT line. Reported at the
	// first such line; fragments without a preamble get no warning.
	WarnNoSubject diag.Kind = "no-subject"
	// WarnDuplicateSubject: the subject label is doubled ("SUBJECT: SUBJECT:").
	WarnDuplicateSubject diag.Kind = "duplicate-subject"
	// WarnMissingParagraph: a paragraph number was skipped (1, 2, 4).
	WarnMissingParagraph diag.Kind = "missing-paragraph"
	// WarnDuplicateParagraph: a paragraph number occurs twice or goes backwards.
	WarnDuplicateParagraph diag.Kind = "duplicate-paragraph"
	// WarnRenumbered: paragraph numbers damaged by markdown rendering
	// ("11." for "¶1.") were restored.
	WarnRenumbered diag.Kind = "renumbered"
	// WarnTruncated: the body appears cut off (no signer, open summary).
	WarnTruncated diag.Kind = "truncated"
	// WarnUnclosedSpan: a SUMMARY, COMMENT or TEXT span has no end marker.
	WarnUnclosedSpan diag.Kind = "unclosed-span"
	// WarnBadMarking: a portion marking could not be read.
	WarnBadMarking diag.Kind = "bad-marking"
)

// Sentinel errors, usable with [errors.Is].
var (
	// ErrEmpty is returned for an input with no text at all.
	ErrEmpty = errors.New("paragraph: empty body")
	// ErrNoSubject is returned by ParseSubject when no SUBJECT line
	// exists; the WarnNoSubject warning carries it.
	ErrNoSubject = errors.New("paragraph: no subject")
)

// part is the Part of this package's warnings.
const part = "paragraph"
