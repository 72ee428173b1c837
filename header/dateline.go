package header

import (
	"strings"
	"time"
)

// Dateline is the dateline that media-partner versions of cables carry
// instead of a DTG line: "Wednesday, 19 November 2008, 06:43" (the DTG
// rendered in UTC, docs/header.md#media-datelines). It is kept apart from
// [DTG] because it has no precedence and is part of the body.
type Dateline struct {
	Time time.Time `json:"time"` // UTC
	Raw  string    `json:"raw"`
	Line int       `json:"line,omitempty"`
}

// ParseDateline parses a media dateline "Wednesday, 19 November 2008, 06:43"
// into a UTC time. The weekday must match the date.
func ParseDateline(s string) (time.Time, error) {
	return parseDateline(collapse(s), 1)
}

// looksLikeDateline is the cheap check: a capitalised weekday and a comma.
func looksLikeDateline(s string) bool {
	if len(s) < 20 || len(s) > 40 || !isUpper(s[0]) {
		return false
	}
	i := strings.IndexByte(s, ',')
	if i < 6 || i > 9 || !strings.HasSuffix(s[:i], "day") {
		return false
	}
	return strings.Count(s, ",") == 2 && s[len(s)-3] == ':'
}

func parseDateline(s string, num int) (time.Time, error) {
	wd, rest, _ := strings.Cut(s, ",")
	date, hm, ok := strings.Cut(trimSpace(rest), ",")
	if !ok {
		return time.Time{}, newErr(num, "dateline", ErrDate, "want \"Weekday, D Month YYYY, HH:MM\", got %q", clip(s))
	}
	t, err := time.Parse("2 January 2006 15:04", trimSpace(date)+" "+trimSpace(hm))
	if err != nil {
		return time.Time{}, newErr(num, "dateline", ErrDate, "%q: %v", clip(s), err)
	}
	if t.Weekday().String() != trimSpace(wd) {
		return time.Time{}, newErr(num, "dateline", ErrDate, "%s is not a %s", t.Format("2 January 2006"), trimSpace(wd))
	}
	return t.UTC(), nil
}

// noteDateline records the first media dateline of the text.
func (s *scanner) noteDateline(t string, num int) {
	if s.h.Dateline != nil || !looksLikeDateline(t) {
		return
	}
	if tm, err := parseDateline(t, num); err == nil {
		s.h.Dateline = &Dateline{Time: tm, Raw: t, Line: num}
	}
}

// datelineAfter looks for a dateline among the three non-blank lines that
// follow the header block (where media versions put it).
func (s *scanner) datelineAfter(r lineReader) {
	for n := 0; n < 3 && s.h.Dateline == nil; {
		line, num, ok := r.next()
		if !ok {
			return
		}
		t := collapse(line)
		if t == "" {
			continue
		}
		s.noteDateline(t, num)
		n++
	}
}
