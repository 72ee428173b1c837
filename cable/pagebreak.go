package cable

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/textutil"
)

// WarnPageBreakSerial: a page-break line ("BEIJING 00006403 002 OF 003")
// names another serial than the banner: often the text of another cable
// pasted under this one's id (cable-format.md §4, §7).
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
// "<ORIGIN> <8 digits> <3 digits>[.<d>] OF [<3 digits>]".
func pageBreakSerial(s string) (int, bool) {
	if len(s) < 16 || len(s) > 90 || !endsWithOf(s) {
		return 0, false
	}
	var buf [48]string // a line of at most 90 bytes has at most 45 fields
	f := buf[:0]
	for w := range strings.FieldsSeq(s) {
		f = append(f, w)
	}
	// origin words, then the 8-digit serial, the page number and "OF".
	for i := 1; i+2 < len(f); i++ {
		if len(f[i]) != 8 || !allDigits(f[i]) {
			continue
		}
		page, _, _ := strings.Cut(f[i+1], ".")
		if len(page) != 3 || !allDigits(page) || !strings.EqualFold(f[i+2], "OF") {
			return 0, false
		}
		if len(f) > i+4 || (len(f) == i+4 && (len(f[i+3]) != 3 || !allDigits(f[i+3]))) {
			return 0, false
		}
		if f[0][0] < 'A' || f[0][0] > 'Z' {
			return 0, false
		}
		n, err := strconv.Atoi(f[i])
		return n, err == nil
	}
	return 0, false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// endsWithOf reports whether s ends in "OF" or "OF" and a 3-digit page
// count, in any case and after a space: the constant-time test that keeps
// strings.Fields off ordinary lines (a page-break line allows nothing
// after its count).
func endsWithOf(s string) bool {
	for n := len(s); n > 0 && (s[n-1] == ' ' || s[n-1] == '\t' || s[n-1] == '\r'); n-- {
		s = s[:n-1]
	}
	if n := len(s); n >= 3 && isDigit(s[n-1]) && isDigit(s[n-2]) && isDigit(s[n-3]) {
		s = textutil.TrimBlanksRight(s[:n-3])
	}
	n := len(s)
	return n >= 3 && (s[n-1]|0x20) == 'f' && (s[n-2]|0x20) == 'o' && (s[n-3] == ' ' || s[n-3] == '\t')
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
