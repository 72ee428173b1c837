package cable

import (
	"fmt"
	"strings"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
)

// WarnPageBreakSerial: a page-break line ("BEIJING 00006403 002 OF 003")
// names another serial than the banner: often the text of another cable
// pasted under this one's id (docs/body.md#page-breaks).
const WarnPageBreakSerial diag.Kind = "page-break-serial-mismatch"

// checkPageBreaks compares the serial of every page-break line of the body
// with the banner serial. It reports each differing serial once. A
// page-break line holds an 8-digit serial, so only the lines around the
// body's 8-digit runs are read (textutil.IndexDigitRun probes every
// eighth byte), in line order.
func (c *Cable) checkPageBreaks(body string, first, bannerSerial int, bannerRaw string) {
	if bannerSerial <= 0 {
		return
	}
	var seen map[int]bool
	line, counted := first, 0 // line is the number of the line starting at body[counted]
	for from := 0; from < len(body); {
		i := textutil.IndexDigitRun(body[from:], 8)
		if i < 0 {
			return
		}
		i += from
		start := strings.LastIndexByte(body[:i], '\n') + 1
		end := len(body)
		if j := strings.IndexByte(body[i:], '\n'); j >= 0 {
			end = i + j
		}
		line += strings.Count(body[counted:start], "\n")
		counted = start
		s := body[start:end]
		if serial, ok := pageBreakSerial(s); ok && serial != bannerSerial && !seen[serial] {
			if seen == nil {
				seen = map[int]bool{}
			}
			seen[serial] = true
			c.addWarning(diag.Warning{Line: line, Part: "cable", Field: "page break", Kind: WarnPageBreakSerial,
				Message: fmt.Sprintf("page-break line %q names serial %d, the banner %q", strings.TrimSpace(s), serial, bannerRaw)})
		}
		from = end + 1
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
