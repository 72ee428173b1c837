package lexicon

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// PageBreak is a page-break mark found at the start of a line.
type PageBreak struct {
	Start int // offset of the mark (after leading white space)
	End   int // end of the mark and of the white space after it
	// Header is set for a received copy's page header ("PAGE 02 ..."),
	// which names no serial.
	Header bool
	// Serial is the cable serial a page-break line names.
	Serial int
	// Alone is set when nothing but white space follows the mark.
	Alone bool
}

var (
	// pageBreakRE is the page-break line of NCD-era cables, "BEIJING
	// 00006403 002 OF 003", "PARIS 00002069 001.2 OF 002", "KABUL 00001239
	// 001.6 of": origin, 8-digit serial, page, OF and the page count.
	pageBreakRE = regexp.MustCompile(`^\s*[A-Z][A-Za-z .'\-]{1,30}?\s+(\d{8})\s+\d{3}(?:\.\d)?\s+(?:OF|of|Of)(?:\s+\d{3})?(?:\s+|$)`)
	// pageHeaderRE is a received copy's page header, "PAGE 02 CAPE T
	// 00097 01 OF 03 182017Z", "PAGE 02 ROME 01725 080532Z".
	pageHeaderRE = regexp.MustCompile(`^\s*PAGE\s+\d{2,3}\s+[A-Z][A-Z .]{0,12}?\s+\d{4,6}\s+(?:\d{2}\s+OF\s+\d{2}\s+)?\d{6}Z(?:\s+|$)`)
	// pageHeader2RE is the page header with a routing indicator and the
	// classification, "PAGE 02 RUEHFRA0170 S E C R E T", a line of its own.
	pageHeader2RE = regexp.MustCompile(`^\s*PAGE\s+\d{2,3}\s+[A-Z]{4,8}\d{3,5}\s+(?:S E C R E T|C O N F I D E N T I A L|U N C L A S S I F I E D|SECRET|CONFIDENTIAL|UNCLASSIFIED)\s*$`)
)

// PageBreakLine recognises a page-break line ("BEIJING 00006403 002 OF
// 003") or a received copy's page header ("PAGE 02 ROME 01725 080532Z")
// at the start of s. Text may follow the mark on the same line (it is
// cable text glued to the mark); Alone tells whether any does.
func PageBreakLine(s string) (PageBreak, bool) {
	i := 0
	for i < len(s) && isREWhite(s[i]) {
		i++
	}
	if i == len(s) || s[i] < 'A' || s[i] > 'Z' {
		return PageBreak{}, false // most lines: mixed-case text, numbered paragraphs
	}
	if textutil.HasDigitRun(s[i:], 8) {
		if m := pageBreakRE.FindStringSubmatchIndex(s); m != nil {
			serial, _ := strconv.Atoi(s[m[2]:m[3]])
			return PageBreak{Start: i, End: m[1], Serial: serial, Alone: isBlankText(s[m[1]:])}, true
		}
	}
	if !strings.HasPrefix(s[i:], "PAGE") {
		return PageBreak{}, false
	}
	if m := pageHeaderRE.FindStringIndex(s); m != nil {
		return PageBreak{Start: i, End: m[1], Header: true, Alone: isBlankText(s[m[1]:])}, true
	}
	if pageHeader2RE.MatchString(s) {
		return PageBreak{Start: i, End: len(s), Header: true, Alone: true}, true
	}
	return PageBreak{}, false
}
