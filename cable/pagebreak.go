package cable

import (
	"fmt"
	"strings"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/layout"
	"github.com/cablemeta/cablemeta/internal/lexicon"
)

// WarnPageBreakSerial: a page-break line ("BEIJING 00006403 002 OF 003")
// names another serial than the banner: often the text of another cable
// pasted under this one's id (docs/body.md#page-breaks).
const WarnPageBreakSerial diag.Kind = "page-break-serial-mismatch"

// checkPageBreaks compares the serial of every page-break line of the
// body, as the layout pass found them, with the banner serial. It reports
// each differing serial once.
func (c *Cable) checkPageBreaks(body string, lay *layout.Layout, bannerSerial int, bannerRaw string) {
	if bannerSerial <= 0 {
		return
	}
	var seen map[int]bool
	for sp := range lay.All(layout.PageBreak) {
		serial := sp.N
		if !sp.Alone || serial == bannerSerial || seen[serial] {
			continue
		}
		if seen == nil {
			seen = map[int]bool{}
		}
		seen[serial] = true
		s := body[sp.LineStart:sp.LineEnd]
		c.addWarning(diag.Warning{Line: sp.Line, Part: "cable", Field: "page break", Kind: WarnPageBreakSerial,
			Message: fmt.Sprintf("page-break line %q names serial %d, the banner %q", strings.TrimSpace(s), serial, bannerRaw)})
	}
}

// pageBreakSerial reads the serial of a page-break line
// "<ORIGIN> <8 digits> <3 digits>[.<d>] OF [<3 digits>]" with nothing after it.
func pageBreakSerial(s string) (int, bool) {
	if m, ok := lexicon.PageBreakLine(s); ok && m.Alone && !m.Header {
		return m.Serial, true
	}
	return 0, false
}
