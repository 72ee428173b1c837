package classification

import "fmt"

// WarningKind names the kind of a [Warning]. Kinds are stable kebab-case
// strings.
type WarningKind string

// Warning kinds.
const (
	// WarnNoBanner: no banner line was found; the level, if any, comes from
	// another line (see Classification.Source).
	WarnNoBanner WarningKind = "no-banner"
	// WarnLevelFromEntireText: the level was taken from a
	// "CONFIDENTIAL - ENTIRE TEXT" line because there is no banner.
	WarnLevelFromEntireText WarningKind = "level-from-entire-text"
	// WarnLevelFromTopLine: the level was taken from a bare classification
	// line at the top of a received copy because there is no banner.
	WarnLevelFromTopLine WarningKind = "level-from-top-line"
	// WarnGarbledBanner: the banner's classification word is garbled
	// ("SS E C R E T", "C ONFIDENTIAL", "O N F I D E N T I A L").
	WarnGarbledBanner WarningKind = "garbled-banner"
	// WarnBadDate: the E.O. line holds a date that is not a calendar date,
	// or a malformed one that was repaired ("011/2/2019").
	WarnBadDate WarningKind = "bad-date"
	// WarnUnknownOrder: the E.O. number is not one of 11652, 12065, 12356,
	// 12958, 13292, 13526 (typos such as 12598 or 19528).
	WarnUnknownOrder WarningKind = "unknown-executive-order"
	// WarnNoEO: a classified cable has no E.O. line in its preamble.
	WarnNoEO WarningKind = "no-eo-line"
	// WarnNoClassifiedBy: a classified cable of the E.O. 12958 era has no
	// "Classified By" line in its preamble.
	WarnNoClassifiedBy WarningKind = "no-classified-by"
	// WarnLevelMismatch: two sources of the classification level disagree
	// (banner, security line, portion markings, ENTIRE TEXT line).
	WarnLevelMismatch WarningKind = "level-mismatch"
	// WarnPortionAboveBanner: a portion marking is higher than the level of
	// the cable.
	WarnPortionAboveBanner WarningKind = "portion-above-banner"
)

// Warning is a problem found while parsing; parsing went on.
type Warning struct {
	Line    int         `json:"line"`    // 1-based line in the caller's coordinates; 0 if not tied to a line
	Field   string      `json:"field"`   // the element concerned: "banner", "E.O. line", ...
	Kind    WarningKind `json:"kind"`    // stable kind
	Message string      `json:"message"` // human-readable detail
}

// String returns "line 12: field: message" (without "line" part when Line is 0).
func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("line %d: %s: %s", w.Line, w.Field, w.Message)
	}
	return fmt.Sprintf("%s: %s", w.Field, w.Message)
}
