package classification

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/cablemeta/cablemeta/marking"
)

// Declassification is the E.O. line of a cable: the executive order under
// which it was classified and when (or on what event) it is declassified.
type Declassification struct {
	// ExecutiveOrder is the order number as written: "12958", "12356",
	// "11652", "12065", "13526" (typos such as "12598" are kept).
	ExecutiveOrder string `json:"executive_order,omitempty"`
	// Date is the declassification (or downgrade) date, if one is given.
	Date Date `json:"date,omitzero"`
	// Event is the declassification event or code when it is not (only) a
	// date: "OADR", "N/A", "X1", "1.6X1", "25X1", "GDS", "XGDS-2", "MR",
	// "TEN YEARS AFTER KOREAN UNIFICATION", "XXXXXXXXXXXXX" (redacted).
	Event string `json:"event,omitempty"`
	// DowngradeTo is set for "DNG: CO 04/08/2026" (downgrade to
	// CONFIDENTIAL on Date) instead of declassification.
	DowngradeTo marking.Level `json:"downgrade_to,omitempty"`
	// Raw is the declassification text as written, without a TAGS line run
	// onto it: "DECL: 09/28/2032".
	Raw string `json:"raw"`
	// Line is the line number of the E.O. line (0 if unknown).
	Line int `json:"line,omitempty"`
}

var (
	// "Declassify on: ...", "Declassify on 8/31/2034".
	declOnRE = regexp.MustCompile(`(?i)\bDeclassify\s+on\s*:?\s*`)
	// "DNG: CO 04/08/2026" (run after the test for "dng", see findDNG).
	dngRE = regexp.MustCompile(`(?i)^DNG\s*:?\s*(U|C|S|CO|CONFIDENTIAL|SECRET|UNCLASSIFIED)\b\s*`)
)

// knownOrders are the executive orders seen on cables.
var knownOrders = map[string]bool{"11652": true, "12065": true, "12356": true, "12958": true, "13292": true, "13526": true}

// FindEO finds an E.O. line in s, which may hold other text before it
// ("DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012") or a TAGS line after it,
// and parses it. A "Declassify on: ..." line is accepted too. It reports the
// byte offset where the E.O. text starts, or -1.
func FindEO(s string) (Declassification, int) {
	hasOrder := textutil.HasDigitRun(s, 5)
	if !hasOrder && indexFold(s, "declassify") < 0 {
		if start, code := findEONoOrder(s); start >= 0 {
			var d Declassification
			d.parseField(s[code:])
			return d, start
		}
		return Declassification{}, -1
	}
	if hasOrder {
		if start, num, end := findEOOrder(s); start >= 0 {
			d := Declassification{ExecutiveOrder: s[num:end]}
			rest := strings.TrimLeft(s[end:], blanks)
			rest = strings.TrimPrefix(rest, ":")
			rest = strings.TrimPrefix(rest, ",")
			d.parseField(rest)
			return d, start
		}
	}
	if m := findDeclOn(s); m != nil {
		var d Declassification
		d.parseField(s[m[1]:])
		d.Raw = strings.TrimSpace(s[m[0]:])
		if cut := cutTags(d.Raw); cut != "" {
			d.Raw = cut
		}
		return d, m[0]
	}
	return Declassification{}, -1
}

// findDeclOn returns the span of declOnRE's match in s, or nil. The
// pattern runs only where "ify" is (either case): "Declassify" needs it,
// and under (?i) no other rune folds to 'i', 'f' or 'y' (an 's' may be
// 'ſ', so "declassify" itself is not the test). Lines with a five-digit
// run come here, and hardly any of them holds "ify".
func findDeclOn(s string) []int {
	if indexFold(s, "ify") < 0 {
		return nil
	}
	return declOnRE.FindStringIndex(s)
}

// ParseEO parses one E.O. line such as "E.O. 12958: DECL: 09/28/2032",
// "EO 12958 DECL: 2019/02/12", "E.O. 12356: DECL: OADR", "E.O. 11652: GDS",
// "E.O. 12958: DNG: CO 04/08/2026" or "Declassify on: 8/31/2034". It
// reports false when s holds no E.O. line.
func ParseEO(s string) (Declassification, bool) {
	d, at := FindEO(s)
	return d, at >= 0
}

// cutTags returns s up to a TAGS label run onto it ("... 03/20/2019 TAG
// PTER") or a "Subject:" label, trimmed; "" when s is blank after cutting.
func cutTags(s string) string {
	end := len(s)
	if i := indexFold(s, "subject:"); i >= 0 {
		end = i
	}
	if l, ok := lexicon.IndexTagsLabel(s[:end], true); ok {
		end = l.Start
	}
	return strings.TrimSpace(trimLineEnd(s[:end]))
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// parseField parses the declassification field after the order number.
func (d *Declassification) parseField(f string) {
	f = cutTags(f)
	d.Raw = f
	rest := f[declLen(f):]
	if m := findDNG(rest); m != nil {
		switch strings.ToUpper(rest[m[2]:m[3]]) {
		case "U", "UNCLASSIFIED":
			d.DowngradeTo = marking.Unclassified
		case "C", "CO", "CONFIDENTIAL":
			d.DowngradeTo = marking.Confidential
		case "S", "SECRET":
			d.DowngradeTo = marking.Secret
		}
		d.Event = strings.TrimSpace(rest[:m[1]])
		rest = rest[m[1]:]
	}
	rest = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
	if dt, n, ok := parseDate(rest); ok {
		d.Date = dt
		if tail := strings.TrimSpace(strings.Trim(rest[n:], eoEventTrail)); tail != "" && d.Event == "" {
			d.Event = tail // "GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P" keeps its tail
		}
		return
	}
	// Schedule code followed by a date: "GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P", "ADS 12/31/80".
	if i := strings.IndexByte(rest, ' '); i > 0 {
		if dt, _, ok := parseDate(strings.TrimSpace(rest[i+1:])); ok && isCode(rest[:i]) {
			d.Date = dt
			d.Event = rest[:i]
			return
		}
	}
	if d.Event == "" {
		d.Event = strings.TrimRight(strings.TrimSpace(rest), ".")
	}
}

// declLen returns the length of the "DECL:" that f starts with, or 0:
// "DECL:", "DECL :", "DECLl:", "decl:", "DECL ". It reads what the
// pattern `(?i)^(?:DECL[A-Z]?\s*:\s*|DECL\s+)` (declRE of the tests)
// matches: "decl" in any case, then an optional letter (under (?i) also
// 'ſ' and the Kelvin sign), white space, a colon and white space; or,
// failing that, white space after "decl". Each part takes bytes the next
// cannot, so there is one way to match each form.
func declLen(f string) int {
	if !hasPrefixFold(f, "decl") {
		return 0
	}
	i := 4
	switch {
	case i < len(f) && isLetter(f[i]):
		i++
	case strings.HasPrefix(f[i:], "ſ"):
		i += len("ſ")
	case strings.HasPrefix(f[i:], "\u212a"): // Kelvin sign
		i += len("\u212a")
	}
	i += skipRESpace(f[i:])
	if i < len(f) && f[i] == ':' {
		i++
		return i + skipRESpace(f[i:])
	}
	if n := skipRESpace(f[4:]); n > 0 {
		return 4 + n
	}
	return 0
}

// findDNG returns dngRE's submatch indexes in s, after a test for the
// "dng" the pattern starts with.
func findDNG(s string) []int {
	if !hasPrefixFold(s, "dng") {
		return nil
	}
	return dngRE.FindStringSubmatchIndex(s)
}

// isCode reports whether s is an upper-case schedule code such as GDS, ADS,
// XGDS-2, RDS-3.
func isCode(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// parseDate parses a date at the start of s: M/D/YYYY, M/D/YY, YYYY/MM/DD,
// YYYY-MM-DD, with single-digit fields and a stray leading zero on a
// three-digit field ("011/2/2019"). It returns the date and the number of
// bytes used.
func parseDate(s string) (Date, int, bool) {
	m, ok := matchNumDate(s)
	if !ok {
		return Date{}, 0, false
	}
	a, b, c := s[m.a0:m.a1], s[m.b0:m.b1], s[m.c0:m.c1]
	var y, mo, dd int
	var ydigits int
	if len(a) == 4 { // YYYY/MM/DD
		if len(c) > 2 {
			return Date{}, 0, false
		}
		y, ydigits = atoi(a), 4
		mo, dd = atoi(fix3(b)), atoi(c)
	} else {
		if len(c) == 3 {
			return Date{}, 0, false
		}
		mo, dd = atoi(fix3(a)), atoi(fix3(b))
		y, ydigits = atoi(c), len(c)
	}
	dt, ok := makeDate(fullYear(y, ydigits), mo, dd)
	if !ok {
		return Date{}, 0, false
	}
	return dt, m.c1, true
}

// fix3 drops the leading zero of a three-digit field ("011" -> "11").
func fix3(s string) string {
	if len(s) == 3 && s[0] == '0' {
		return s[1:]
	}
	return s
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// asciiUpper upper-cases ASCII letters only, so byte offsets are kept.
func asciiUpper(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'a' && b[j] <= 'z' {
					b[j] -= 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
