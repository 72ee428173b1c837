package classification

import "github.com/cablemeta/cablemeta/diag"

// The kinds of the warnings of this package (Part "classification").
const (
	// WarnNoBanner: no banner line was found; the level, if any, comes from
	// another line (see Classification.Source).
	WarnNoBanner diag.Kind = "no-banner"
	// WarnLevelFromEntireText: the level was taken from a
	// "CONFIDENTIAL - ENTIRE TEXT" line because there is no banner.
	WarnLevelFromEntireText diag.Kind = "level-from-entire-text"
	// WarnLevelFromTopLine: the level was taken from a bare classification
	// line at the top of a received copy because there is no banner.
	WarnLevelFromTopLine diag.Kind = "level-from-top-line"
	// WarnLevelFromSecurityLine: the level was taken from the security
	// line of the telegraphic header ("ZNY SSSSS") because there is no
	// banner.
	WarnLevelFromSecurityLine diag.Kind = "level-from-security-line"
	// WarnLevelFromPortionMarking: the level was taken from the highest
	// portion marking of the paragraphs because there is no banner and
	// no security line.
	WarnLevelFromPortionMarking diag.Kind = "level-from-portion-marking"
	// WarnGarbledBanner: the banner's classification word is garbled
	// ("SS E C R E T", "C ONFIDENTIAL", "O N F I D E N T I A L").
	WarnGarbledBanner diag.Kind = "garbled-banner"
	// WarnBadDate: the E.O. line holds a date that is not a calendar date,
	// or a malformed one that was repaired ("011/2/2019").
	WarnBadDate diag.Kind = "bad-date"
	// WarnUnknownOrder: the E.O. number is not one of 11652, 12065, 12356,
	// 12958, 13292, 13526 (typos such as 12598 or 19528).
	WarnUnknownOrder diag.Kind = "unknown-executive-order"
	// WarnNoEO: a classified cable has no E.O. line in its preamble.
	WarnNoEO diag.Kind = "no-eo-line"
	// WarnNoClassifiedBy: a classified cable of the E.O. 12958 era has no
	// "Classified By" line in its preamble.
	WarnNoClassifiedBy diag.Kind = "no-classified-by"
	// WarnLevelMismatch: two sources of the classification level disagree
	// (banner, security line, portion markings, ENTIRE TEXT line).
	WarnLevelMismatch diag.Kind = "level-mismatch"
	// WarnPortionAboveBanner: a portion marking is higher than the level of
	// the cable.
	WarnPortionAboveBanner diag.Kind = "portion-above-banner"
)

// part is the Part of this package's warnings.
const part = "classification"
