package header

import (
	"strings"
	"time"

	"github.com/cablemeta/cablemeta/internal/lexicon"
)

// DTG is format line 5 (FL5): the precedence letter(s) and the date-time
// group "DDHHMMZ MON YY", e.g. "O 281431Z SEP 07" or "O R 191538Z FEB 10"
// (docs/header.md#date-time-group).
type DTG struct {
	Precedence     Precedence `json:"precedence"`                // action precedence (O -> IMMEDIATE)
	InfoPrecedence Precedence `json:"info_precedence,omitempty"` // second letter of a dual precedence
	Time           time.Time  `json:"time"`                      // UTC
	Zone           string     `json:"zone"`                      // zone letter as written, "Z"
	OpSignals      []string   `json:"op_signals,omitempty"`      // trailing operating signals ("ZDS", "ZDK")
	Raw            string     `json:"raw"`
	Line           int        `json:"line,omitempty"`
}

var monthAbbr = map[string]time.Month{
	"JAN": time.January, "FEB": time.February, "MAR": time.March, "APR": time.April,
	"MAY": time.May, "JUN": time.June, "JUL": time.July, "AUG": time.August,
	"SEP": time.September, "OCT": time.October, "NOV": time.November, "DEC": time.December,
}

// Year returns the four-digit year of a two-digit DTG year with the cablemeta
// window: yy >= 66 is 19yy, otherwise 20yy (docs/header.md#date-time-group).
func Year(yy int) int {
	if yy >= 66 {
		return 1900 + yy
	}
	return 2000 + yy
}

// ParseDTG parses a DTG line: one or two precedence letters (Z, O, P, R, Y),
// the date-time group and optional trailing operating signals.
func ParseDTG(line string) (*DTG, error) {
	d, _, err := parseDTG(line, 1)
	return d, err
}

// ParseDTGTime parses a bare date-time group "281431Z SEP 07" (or a whole
// DTG line with precedence letters) into a UTC time.
func ParseDTGTime(s string) (time.Time, error) {
	s = collapse(s)
	if len(s) > 2 && s[1] == ' ' {
		d, _, err := parseDTG(s, 1)
		if err != nil {
			return time.Time{}, err
		}
		return d.Time, nil
	}
	t, _, rest, err := parseGroup(s, 1)
	if err != nil {
		return time.Time{}, err
	}
	if rest != "" {
		return time.Time{}, newErr(1, "DTG", ErrDTG, "unexpected text after date-time group: %q", clip(rest))
	}
	return t, nil
}

// isDTGLine is the scanner's test for a DTG line: precedence prosigns and
// a date-time group at the start of t.
func isDTGLine(t string) bool {
	m, ok := lexicon.DTGLine(t)
	return ok && m.Start == 0 && m.Prosigns > 0
}

// isBareDTGLine reports a line holding only a date-time group without
// precedence, "240549Z Sep 03" (the header of partial extracts).
func isBareDTGLine(t string) bool {
	m, ok := lexicon.DTGLine(t)
	return ok && m.Start == 0 && m.Prosigns == 0 && m.Zone == 'Z' && m.Year && m.End == len(t)
}

// parseBareDTG parses a line holding only a date-time group.
func parseBareDTG(line string, num int) (*DTG, bool, error) {
	s := collapse(line)
	t, h2400, rest, err := parseGroup(s, num)
	if err != nil {
		return nil, false, err
	}
	if rest != "" {
		return nil, false, newErr(num, "DTG", ErrDTG, "unexpected text after date-time group: %q", clip(rest))
	}
	return &DTG{Time: t, Zone: "Z", Raw: s, Line: num}, h2400, nil
}

// parseDTG returns the DTG, whether the 2400 form was normalised, and an
// error. On an invalid date the DTG is nil: never a wrong date.
func parseDTG(line string, num int) (*DTG, bool, error) {
	s := collapse(line)
	if len(s) < 3 || s[1] != ' ' || letterPrecedence(s[:1]) == "" {
		return nil, false, newErr(num, "DTG", ErrDTG, "want precedence letter(s) then DDHHMMZ MON YY, got %q", clip(s))
	}
	d := &DTG{Precedence: letterPrecedence(s[:1]), Raw: s, Line: num}
	rest := s[2:]
	if len(rest) > 2 && rest[1] == ' ' && letterPrecedence(rest[:1]) != "" {
		d.InfoPrecedence = letterPrecedence(rest[:1])
		rest = rest[2:]
	}
	t, h2400, rest, err := parseGroup(rest, num)
	if err != nil {
		return nil, false, err
	}
	d.Time, d.Zone = t, "Z"
	if rest != "" {
		d.OpSignals = strings.Fields(rest)
	}
	return d, h2400, nil
}

// parseGroup reads "DDHHMMZ MON YY[YY]" from the start of s and returns the
// time, whether hour 24 was normalised, and what follows.
func parseGroup(s string, num int) (time.Time, bool, string, error) {
	ddhhmm, rest := cutWord(s)
	if len(ddhhmm) != 7 || !allDigits(ddhhmm[:6]) || !isUpper(ddhhmm[6]) {
		return time.Time{}, false, "", newErr(num, "DTG", ErrDTG, "want DDHHMMZ, got %q", clip(ddhhmm))
	}
	if ddhhmm[6] != 'Z' {
		return time.Time{}, false, "", newErr(num, "DTG", ErrDTG, "zone %q is not Z (UTC)", ddhhmm[6:])
	}
	mon, rest := cutWord(rest)
	m, ok := monthAbbr[mon]
	if !ok && len(mon) == 3 {
		m, ok = monthAbbr[strings.ToUpper(mon)] // "Sep" in partial extracts
	}
	if !ok {
		return time.Time{}, false, "", newErr(num, "DTG", ErrDTG, "%w: unknown month %q", ErrDate, clip(mon))
	}
	yys, rest := cutWord(rest)
	var year int
	switch {
	case len(yys) == 2 && allDigits(yys):
		year = Year(atoi(yys))
	case len(yys) == 4 && allDigits(yys):
		year = atoi(yys)
	default:
		return time.Time{}, false, "", newErr(num, "DTG", ErrDTG, "want a two-digit year, got %q", clip(yys))
	}
	day, hour, minute := atoi(ddhhmm[:2]), atoi(ddhhmm[2:4]), atoi(ddhhmm[4:6])
	if day < 1 || day > daysIn(m, year) {
		return time.Time{}, false, "", newErr(num, "DTG", ErrDTG, "%w: day %02d does not exist in %s %d", ErrDate, day, mon, year)
	}
	if minute > 59 || hour > 24 || (hour == 24 && minute != 0) {
		return time.Time{}, false, "", newErr(num, "DTG", ErrDTG, "%w: time %s is out of range", ErrDate, ddhhmm[2:6])
	}
	// time.Date turns 24:00 into 00:00 of the next day.
	return time.Date(year, m, day, hour, minute, 0, 0, time.UTC), hour == 24, rest, nil
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
