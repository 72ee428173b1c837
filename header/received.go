package header

import (
	"strings"

	"github.com/cablemeta/cablemeta/internal/lexicon"
)

// ReceivedCopy holds the preamble of a received-copy (AUTODIN/TERP printout)
// or PlusD telegram: PAGE line, action or origin office, INFO distribution
// list and dashed control line (docs/header.md#received-copies).
type ReceivedCopy struct {
	Page      *PageLine    `json:"page,omitempty"`
	Action    string       `json:"action,omitempty"`     // "AF-00" from "ACTION AF-00" (incoming copies)
	Origin    string       `json:"origin,omitempty"`     // "DS-00" from "ORIGIN DS-00" (outgoing copies)
	Info      []string     `json:"info,omitempty"`       // distribution list: "LOG-00", "ADS-00", ...
	InfoTotal string       `json:"info_total,omitempty"` // the list's end mark as written: "/037 W", "/000W"
	Control   *ControlLine `json:"control,omitempty"`
	Other     []string     `json:"other,omitempty"` // other preamble lines kept verbatim (TED1302, DRAFTED BY ...)
}

// PageLine is a received-copy page header "PAGE 01 CAPE T 00097 01 OF 03
// 182017Z". Day, Hour and Minute are the receipt/processing time: they are
// never turned into a full date (no month or year is given).
type PageLine struct {
	Page     int    `json:"page"`
	Origin   string `json:"origin"`             // six-column origin: "CAPE T", "STATE"
	Serial   string `json:"serial"`             // "00097" as written
	Section  int    `json:"section,omitempty"`  // 1 in "01 OF 03"
	Sections int    `json:"sections,omitempty"` // 3 in "01 OF 03"
	Time     string `json:"time,omitempty"`     // "182017Z" as written
	Day      int    `json:"day,omitempty"`      // 18
	Hour     int    `json:"hour"`               // 20
	Minute   int    `json:"minute"`             // 17
	Raw      string `json:"raw"`
	Line     int    `json:"line,omitempty"`
}

// ControlLine is the dashed control line of a received copy:
// "------------------352654  200910Z /23".
type ControlLine struct {
	ID     string `json:"id,omitempty"`     // "352654", "A54E38"
	Time   string `json:"time,omitempty"`   // "200910Z"
	Day    int    `json:"day,omitempty"`    // 20
	Hour   int    `json:"hour"`             // 9
	Minute int    `json:"minute"`           // 10
	Number string `json:"number,omitempty"` // a second numeric field (1970s form)
	Suffix string `json:"suffix,omitempty"` // "/23"
	Raw    string `json:"raw"`
	Line   int    `json:"line,omitempty"`
}

// ParsePage parses a received-copy PAGE line. Text after the page header
// (an addressee glued to it, for instance) is an error here; the header
// scanner strips embedded page headers itself.
func ParsePage(line string) (*PageLine, error) {
	p, rest, err := parsePage(collapse(line), 1)
	if err != nil {
		return nil, err
	}
	if rest != "" {
		return p, newErr(1, "PAGE line", ErrPage, "unexpected text after page header: %q", clip(rest))
	}
	return p, nil
}

// isPageStart is the cheap check: "PAGE" and a two-digit page number.
func isPageStart(s string) bool {
	return len(s) >= 8 && strings.HasPrefix(s, "PAGE ") && isDigit(s[5]) && isDigit(s[6]) && (len(s) == 7 || s[7] == ' ')
}

// parsePage reads a page header at the start of s (collapsed) and returns
// what follows it.
func parsePage(s string, num int) (*PageLine, string, error) {
	if !isPageStart(s) {
		return nil, s, newErr(num, "PAGE line", ErrPage, "want PAGE NN, got %q", clip(s))
	}
	p := &PageLine{Page: atoi(s[5:7]), Line: num}
	rest := trimSpace(s[7:])
	var origin []string
	for {
		w, r := cutWord(rest)
		if w == "" {
			return nil, s, newErr(num, "PAGE line", ErrPage, "no serial number in %q", clip(s))
		}
		if allDigits(w) && len(w) >= 4 && len(w) <= 8 {
			p.Serial, rest = w, r
			break
		}
		if len(origin) == 2 || len(w) > 6 {
			return nil, s, newErr(num, "PAGE line", ErrPage, "no serial number in %q", clip(s))
		}
		origin = append(origin, w)
		rest = r
	}
	p.Origin = strings.Join(origin, " ")
	// Optional "NN OF NN".
	if w1, r1 := cutWord(rest); len(w1) == 2 && allDigits(w1) {
		if w2, r2 := cutWord(r1); w2 == "OF" {
			if w3, r3 := cutWord(r2); len(w3) >= 1 && len(w3) <= 3 && allDigits(w3) {
				p.Section, p.Sections, rest = atoi(w1), atoi(w3), r3
			}
		}
	}
	if w, r := cutWord(rest); isDayTime(w) {
		p.Time, rest = w, r
		p.Day, p.Hour, p.Minute = atoi(w[:2]), atoi(w[2:4]), atoi(w[4:6])
	}
	end := len(s) - len(rest)
	p.Raw = trimRight(s[:end])
	return p, rest, nil
}

// isDayTime reports whether w is a plausible "DDHHMMZ" token.
func isDayTime(w string) bool {
	if len(w) != 7 || !allDigits(w[:6]) || w[6] != 'Z' {
		return false
	}
	d, h, m := atoi(w[:2]), atoi(w[2:4]), atoi(w[4:6])
	return d >= 1 && d <= 31 && h <= 24 && m <= 59
}

// stripPage removes a received-copy page header glued into an addressee
// line ("TO PAGE 02 STATE 015113 182333Z AMEMBASSY X") and returns what
// follows it.
func stripPage(s string) (string, bool) {
	if !isPageStart(s) {
		return s, false
	}
	_, rest, err := parsePage(s, 0)
	if err != nil {
		return s, false
	}
	return rest, true
}

// ParseControlLine parses the dashed control line of a received copy.
func ParseControlLine(line string) (*ControlLine, error) {
	return parseControl(line, 1)
}

func isControlLine(s string) bool {
	return strings.HasPrefix(s, "-----")
}

func parseControl(line string, num int) (*ControlLine, error) {
	s := collapse(line)
	if !isControlLine(s) {
		return nil, newErr(num, "control line", ErrPage, "want a dashed control line, got %q", clip(s))
	}
	c := &ControlLine{Raw: s, Line: num}
	rest := strings.TrimLeft(s, "-")
	for rest = trimSpace(rest); rest != ""; {
		var w string
		w, rest = cutWord(rest)
		switch {
		case strings.HasPrefix(w, "/"):
			c.Suffix = w
		case isDayTime(w) && c.Time == "":
			c.Time = w
			c.Day, c.Hour, c.Minute = atoi(w[:2]), atoi(w[2:4]), atoi(w[4:6])
		case c.ID == "" && c.Time == "" && isHexID(w):
			c.ID = w
		case allDigits(w) && c.Number == "":
			c.Number = w
		default:
			return c, newErr(num, "control line", ErrPage, "unexpected field %q", clip(w))
		}
	}
	return c, nil
}

func isHexID(w string) bool {
	if len(w) < 4 || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && !isUpper(w[i]) {
			return false
		}
	}
	return true
}

// Office lists ("ACTION AF-00", "INFO  LOG-00   ADS-00 ... /037 W").

// addOffices adds the tokens of an office list line to the received copy:
// the offices to s.offices, which finish moves to its Info, and the list's
// end mark to its InfoTotal.
func (s *scanner) addOffices(line string) {
	rc := s.received()
	for line != "" {
		var w string
		w, line = cutWord(line)
		if lexicon.OfficeToken(w) {
			s.offices.add(w)
			continue
		}
		if rc.InfoTotal != "" {
			rc.InfoTotal += " "
		}
		rc.InfoTotal += w
	}
}

// officeLine reports whether t is an office line and nothing else
// (lexicon.OfficeLine).
func officeLine(t string) bool {
	end, ok := lexicon.OfficeLine(t)
	return ok && strings.TrimSpace(t[end:]) == ""
}
