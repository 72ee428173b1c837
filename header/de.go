package header

import "strings"

// DELine is format line 3 (FL3): "DE <RI> #<serial>[/<section>] <JJJHHMM>",
// the originating station, its serial number, the section number and the
// filing time as UTC day of year and hour-minute (docs/header.md#de-line).
type DELine struct {
	RoutingIndicator string `json:"routing_indicator"` // "RUEHBJ"
	Station          string `json:"station,omitempty"` // "AMEMBASSY BEIJING" (from the embedded RI table)
	Serial           string `json:"serial"`            // "6403" as written
	Section          int    `json:"section,omitempty"` // 1 for "/01", 0 when absent
	DayOfYear        int    `json:"day_of_year"`       // 271
	FilingTime       string `json:"filing_time"`       // "1431" (HHMM, UTC)
	Trailer          string `json:"trailer,omitempty"` // anything after the filing time
	Raw              string `json:"raw"`               // the line as written (trimmed)
	Line             int    `json:"line,omitempty"`
}

// ParseDE parses an FL3 line such as "DE RUEHBJ #6403/01 2711431". On a
// malformed line it returns what it could read together with the error.
// Station is left empty (see [LookupRI]).
func ParseDE(line string) (*DELine, error) {
	return parseDE(line, 1)
}

func parseDE(line string, num int) (*DELine, error) {
	s := collapse(line)
	d := &DELine{Raw: s, Line: num}
	if !strings.HasPrefix(s, "DE ") {
		return nil, newErr(num, "DE line", ErrDE, "line does not start with \"DE \": %q", clip(s))
	}
	ri, rest := cutWord(s[3:])
	if !isRI(ri) {
		return nil, newErr(num, "DE line", ErrDE, "want a routing indicator, got %q", clip(ri))
	}
	d.RoutingIndicator = ri
	ssn, rest := cutWord(rest)
	if ssn == "#" { // "# 6403"
		ssn, rest = cutWord(rest)
		ssn = "#" + ssn
	}
	if !strings.HasPrefix(ssn, "#") {
		return d, newErr(num, "DE line", ErrDE, "want #<serial> after %s, got %q", ri, clip(ssn))
	}
	ssn = ssn[1:]
	if i := strings.IndexByte(ssn, '/'); i >= 0 {
		sec := atoi(ssn[i+1:])
		if sec < 0 || len(ssn)-i-1 > 3 {
			return d, newErr(num, "DE line", ErrDE, "bad section number %q", clip(ssn[i+1:]))
		}
		d.Section = sec
		ssn = ssn[:i]
	}
	if !allDigits(ssn) || len(ssn) > 6 {
		return d, newErr(num, "DE line", ErrDE, "bad station serial %q", clip(ssn))
	}
	d.Serial = ssn
	ft, rest := cutWord(rest)
	if ft == "" {
		return d, newErr(num, "DE line", ErrDE, "missing filing time JJJHHMM")
	}
	if len(ft) > 7 && allDigits(ft[:7]) && !isDigit(ft[7]) {
		// The next line glued on: "2711431ZNR UUUUU ZZH".
		rest = trimSpace(ft[7:] + " " + rest)
		ft = ft[:7]
	}
	if len(ft) != 7 || !allDigits(ft) {
		return d, newErr(num, "DE line", ErrDE, "want filing time JJJHHMM, got %q", clip(ft))
	}
	doy, hh, mm := atoi(ft[:3]), atoi(ft[3:5]), atoi(ft[5:])
	if doy < 1 || doy > 366 || hh > 24 || mm > 59 || (hh == 24 && mm != 0) {
		return d, newErr(num, "DE line", ErrDE, "%w: filing time %q is out of range", ErrDate, ft)
	}
	d.DayOfYear, d.FilingTime, d.Trailer = doy, ft[3:], rest
	return d, nil
}
