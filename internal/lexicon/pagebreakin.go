package lexicon

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// OriginWidth is the width of the origin on a page-break line: the
// station is cut to its first ten characters ("BUENOS AIR", "RIO DE JAN").
const OriginWidth = 10

// pageMarkTailRE is what follows the origin of a page-break mark: the
// 8-digit serial, the page, OF and the page count, "00000631 002 OF 002",
// "00002069 001.2 OF 002". Inside a line the count is required: without
// it ("12345678 003 OF THEM") the shape is too weak.
var pageMarkTailRE = regexp.MustCompile(`(?:^|[^0-9])(\d{8})[ \t]+\d{3}(?:\.\d)?[ \t]+(?:OF|of|Of)[ \t]+\d{3}(?:[ \t]+|$|[^0-9A-Za-z])`)

// PageOrigin returns the origin as a page-break line prints it: the
// station name in capitals, cut to OriginWidth characters ("BUENOS AIRES"
// gives "BUENOS AIR").
func PageOrigin(station string) string {
	s := strings.ToUpper(strings.Join(strings.Fields(station), " "))
	if len(s) > OriginWidth {
		s = strings.TrimRight(s[:OriginWidth], " ")
	}
	return s
}

// PageBreakIn finds the first page-break mark anywhere in the line s: a
// page-break line run into the text around it when the copy lost its line
// breaks, "... after the pilot BRASILIA 00000631 002 OF 002 turned
// sharply ...". Start is where the origin begins and End where the mark
// and the blanks after it end; Alone tells whether only white space
// follows.
//
// origin is the cable's origin as the page-break line prints it
// (PageOrigin), or "" when it is not known. A known origin must end the
// text before the serial, glued to the word before it or not
// ("XXXXXXXXXXXXLONDON 00002770 003 OF 003"). Without one, the origin is
// the longest run of words in capitals before the serial that fits in
// OriginWidth characters, so a short capital word before the station
// ("NGO MANAMA") is taken for part of it.
func PageBreakIn(s, origin string) (PageBreak, bool) {
	for from := 0; from < len(s); {
		i := textutil.IndexDigitRun(s[from:], 8)
		if i < 0 {
			return PageBreak{}, false
		}
		i += from
		lo := i
		if lo > 0 {
			lo-- // the byte before the serial, for (?:^|[^0-9])
		}
		m := pageMarkTailRE.FindStringSubmatchIndex(s[lo:])
		if m == nil {
			return PageBreak{}, false
		}
		digits, end := lo+m[2], lo+m[1]
		if end < len(s) && !isREWhite(s[end-1]) {
			end-- // the byte after the mark is text: "OF 002." keeps its period
		}
		if start, ok := pageOriginStart(s[:digits], origin); ok {
			serial, _ := strconv.Atoi(s[digits : digits+8])
			return PageBreak{Start: start, End: end, Serial: serial, Alone: isBlankText(s[end:])}, true
		}
		from = digits + 8
	}
	return PageBreak{}, false
}

// pageOriginStart returns where the origin of a page-break mark starts in
// s, the text before its serial.
func pageOriginStart(s, origin string) (int, bool) {
	e := len(s)
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	if e == len(s) || e == 0 {
		return 0, false // no blank between origin and serial, or no origin
	}
	if origin != "" {
		if strings.HasSuffix(s[:e], origin) {
			return e - len(origin), true
		}
		return 0, false
	}
	start := -1
	for w := e; w > 0; {
		b := w
		for b > 0 && s[b-1] != ' ' && s[b-1] != '\t' {
			b--
		}
		if e-b > OriginWidth || !originWord(s[b:w]) {
			break
		}
		start = b
		for b > 0 && (s[b-1] == ' ' || s[b-1] == '\t') {
			b--
		}
		w = b
	}
	return start, start >= 0
}

// originWord reports whether w can be a word of an origin: capital
// letters, with periods, apostrophes, hyphens, slashes and ampersands
// ("ST. JOHN'S", "S/C").
func originWord(w string) bool {
	letters := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters = true
		case c == '.' || c == '\'' || c == '-' || c == '/' || c == '&':
		default:
			return false
		}
	}
	return letters
}
