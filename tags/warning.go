package tags

import (
	"errors"

	"github.com/cablemeta/cablemeta/diag"
)

// The kinds of the warnings of this package (Part "tags", Field "TAGS").
const (
	// WarnNoTags: no TAGS line was found.
	WarnNoTags diag.Kind = "no-tags"
	// WarnMissingLabel: the TAGS were recognised on a line without the
	// TAGS keyword (between the E.O. and the SUBJECT line).
	WarnMissingLabel diag.Kind = "missing-label"
	// WarnLabelVariant: the keyword is misspelt (TAGE, TAS, TGS, TABS, AGS).
	WarnLabelVariant diag.Kind = "label-variant"
	// WarnTypoFixed: a misspelt code was corrected (POGOV -> PGOV, RU -> RS).
	WarnTypoFixed diag.Kind = "typo-fixed"
	// WarnSplit: codes written together were split (PHUMPGOV -> PHUM, PGOV).
	WarnSplit diag.Kind = "run-together-split"
	// WarnDuplicate: repeated codes were removed.
	WarnDuplicate diag.Kind = "duplicate-removed"
	// WarnDropped: a token that is not a tag was dropped (SIPDIS, a
	// repeated TAGS keyword).
	WarnDropped diag.Kind = "token-dropped"
	// WarnTruncated: the line ran into a page-break header; the rest was ignored.
	WarnTruncated diag.Kind = "page-break-truncated"
	// WarnUnknownCode: a single-word tag is no code of the catalog and has
	// no code's shape (ENERG); it is kept as written, with kind unknown.
	WarnUnknownCode diag.Kind = "unknown-code"
)

// Sentinel errors, for use with errors.Is.
var (
	// ErrNoTags: no TAGS line was found. The WarnNoTags warning carries
	// it.
	ErrNoTags = errors.New("no TAGS line")
)

// Part and Field of the warnings of this package.
const (
	part      = "tags"
	fieldTags = "TAGS"
)

// warning builds a warning of this package.
func warning(line int, kind diag.Kind, msg string) diag.Warning {
	w := diag.Warning{Line: line, Part: part, Field: fieldTags, Kind: kind, Message: msg}
	if kind == WarnNoTags {
		w.Err = ErrNoTags
	}
	return w
}
