package classification

import (
	"fmt"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/marking"
)

// Compare cross-checks three sources of a cable's level: the banner (or
// overall classification), the header's security line (see
// [marking.SecurityLevel]) and the highest portion marking (see
// [marking.HighestMarking]). A source that is [marking.LevelUnknown] is
// not checked. It returns one warning per disagreement: WarnLevelMismatch when banner and security line differ (or,
// without banner, security line and portions), WarnPortionAboveBanner when
// a paragraph is marked higher than the banner. The warnings carry no line
// number: the caller knows where each source was.
func Compare(banner, security, portions marking.Level) []diag.Warning {
	var out []diag.Warning
	if banner != marking.LevelUnknown && security != marking.LevelUnknown && banner != security {
		out = append(out, diag.Warning{Part: part, Field: "classification", Kind: WarnLevelMismatch,
			Message: fmt.Sprintf("banner says %s, security line says %s", banner, security)})
	}
	top := banner
	if top == marking.LevelUnknown {
		top = security
	}
	if top != marking.LevelUnknown && portions.Compare(top) > 0 {
		kind, what := WarnPortionAboveBanner, "banner"
		if banner == marking.LevelUnknown {
			kind, what = WarnLevelMismatch, "security line"
		}
		out = append(out, diag.Warning{Part: part, Field: "portion marking", Kind: kind,
			Message: fmt.Sprintf("a paragraph is marked %s, above the %s level %s", portions, what, top)})
	}
	return out
}
