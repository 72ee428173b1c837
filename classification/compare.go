package classification

import (
	"fmt"
	"strings"
)

// SecurityLevel reads the classification of a telegraphic security line
// (FL4): "ZNR UUUUU" is UNCLASSIFIED, "ZNY EEEEE" UNCLASSIFIED (EFTO),
// "ZNY CCCCC" CONFIDENTIAL, "ZNY SSSSS" SECRET, "ZNY TTTTT" TOP SECRET.
// Anything after the five characters ("ZZH", "/AAAAA") is ignored. It
// reports false when s is not a security line.
func SecurityLevel(s string) (Level, bool) {
	f := strings.Fields(s)
	if len(f) < 2 || (f[0] != "ZNR" && f[0] != "ZNY") {
		return LevelUnknown, false
	}
	chars, _, _ := strings.Cut(f[1], "/")
	if len(chars) != 5 || strings.Count(chars, chars[:1]) != 5 {
		return LevelUnknown, false
	}
	switch chars[0] {
	case 'U', 'E':
		return Unclassified, true
	case 'C':
		return Confidential, true
	case 'S':
		return Secret, true
	case 'T':
		return TopSecret, true
	}
	return LevelUnknown, false
}

// Compare cross-checks three sources of a cable's level: the banner (or
// overall classification), the header's security line (see
// [SecurityLevel]) and the highest portion marking (see [HighestMarking]).
// A source that is [LevelUnknown] is not checked. It returns one warning per
// disagreement: WarnLevelMismatch when banner and security line differ (or,
// without banner, security line and portions), WarnPortionAboveBanner when
// a paragraph is marked higher than the banner. The warnings carry no line
// number: the caller knows where each source was.
func Compare(banner, security, portions Level) []Warning {
	var out []Warning
	if banner != LevelUnknown && security != LevelUnknown && banner != security {
		out = append(out, Warning{Field: "classification", Kind: WarnLevelMismatch,
			Message: fmt.Sprintf("banner says %s, security line says %s", banner, security)})
	}
	top := banner
	if top == LevelUnknown {
		top = security
	}
	if top != LevelUnknown && portions > top {
		kind, what := WarnPortionAboveBanner, "banner"
		if banner == LevelUnknown {
			kind, what = WarnLevelMismatch, "security line"
		}
		out = append(out, Warning{Field: "portion marking", Kind: kind,
			Message: fmt.Sprintf("a paragraph is marked %s, above the %s level %s", portions, what, top)})
	}
	return out
}
