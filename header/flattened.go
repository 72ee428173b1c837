package header

import (
	"regexp"
	"strings"
)

// flatHeaderRE finds a received-copy header whose line ends were lost, so
// that the control line, DTG, FM and TO run together on one line:
// "... /009W ------------------392832 021704Z /38 O 021655Z NOV 01 FM
// AMEMBASSY VATICAN TO SECSTATE WASHDC IMMEDIATE 0000 INFO ..." (seen in
// 01VATICAN5693). Only the DTG and the originator can be read reliably.
var flatHeaderRE = regexp.MustCompile(`-{5,}[^-]*?\s([ZOPR](?: [ZOPR])? \d{6}Z [A-Z]{3} \d{2}) FM ([A-Z][A-Z0-9 .,/()-]*?) TO `)

// flattened is the fallback when no header block was found.
func (s *scanner) flattened(r lineReader) {
	for {
		line, num, ok := r.nextHolding("-----")
		if !ok {
			return
		}
		if !strings.Contains(line, " FM ") {
			continue
		}
		m := flatHeaderRE.FindStringSubmatch(collapse(line))
		if m == nil {
			continue
		}
		d, _, err := parseDTG(m[1], num)
		if err != nil {
			s.warnErr(WarnInvalidDTG, err)
			continue
		}
		a, _, err := parseAddressee(m[2], num)
		if err != nil {
			continue
		}
		s.h.DTG, s.h.From = d, &a
		s.h.StartLine, s.h.EndLine = num, num
		s.warn(num, "header", WarnFlattenedHeader, "header lines run together on one line; only DTG and FM read")
		return
	}
}
