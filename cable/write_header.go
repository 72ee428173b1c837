package cable

import (
	"fmt"
	"strings"

	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/marking"
)

// cablegateHeader writes the header block of the Cablegate layout: FL1-FL4
// when the cable has a transmission id, then the DTG, FM and addressee
// lines. It returns nil for a cable without DTG.
func (f *formatter) cablegateHeader() []string {
	if !f.hasDTG() {
		return nil
	}
	c, d := f.c, f.details()
	var ls []string
	if tid := c.TransmissionID(); tid != "" {
		ls = append(ls, tid)
		ls = append(ls, f.relayLines(d)...)
		if de := f.deLine(d); de != "" {
			ls = append(ls, de)
		}
		ls = append(ls, f.securityLine(d))
	}
	ls = append(ls, f.dtgLine())
	if from := c.From(); from != "" {
		ls = append(ls, "FM "+from)
	}
	ls = append(ls, addresseeLines("TO", c.To(), true)...)
	ls = append(ls, addresseeLines("INFO", c.Info(), true)...)
	ls = append(ls, addresseeLines("XMT", c.Exempt(), true)...)
	return ls
}

// relayLines writes FL2: the prosign and the routing indicators, wrapped;
// without relay details the prosign of the precedence and RUEHWEB
// followed by a blank line, the form of the VZCZCXYZ cables.
func (f *formatter) relayLines(d *header.Header) []string {
	if r := d.Relay; r != nil && r.Prosign != "" {
		return wrapLabelled(r.Prosign+" ", strings.Join(r.RoutingIndicators, " "), 0, f.width)
	}
	l := f.precedence().Letter()
	return []string{l + l + " RUEHWEB", ""}
}

// deLine writes FL3 "DE RUEHBJ #6403/01 2711431"; "" when no routing
// indicator of the originator is known.
func (f *formatter) deLine(d *header.Header) string {
	ri, serial, section, day, hhmm := "", "", 1, 0, ""
	if de := d.DE; de != nil {
		ri, serial, section, day, hhmm = de.RoutingIndicator, de.Serial, de.Section, de.DayOfYear, de.FilingTime
	}
	if ri == "" && d.From != nil {
		ri = d.From.RoutingIndicator
	}
	if ri == "" {
		return ""
	}
	if serial == "" && f.id.Serial > 0 {
		serial = fmt.Sprintf("%04d", f.id.Serial%10000)
	}
	t := f.c.DTG().UTC()
	if day == 0 {
		day = t.YearDay()
	}
	if hhmm == "" {
		hhmm = fmt.Sprintf("%02d%02d", t.Hour(), t.Minute())
	}
	s := "DE " + ri + " #" + serial
	if section > 0 {
		s += fmt.Sprintf("/%02d", section)
	}
	return s + fmt.Sprintf(" %03d", day) + hhmm
}

// securityLine writes FL4 from the level: "ZNY CCCCC ZZH". A raw line in
// the cable's details is written as it is.
func (f *formatter) securityLine(d *header.Header) string {
	if s := d.Security; s != nil && s.Raw != "" {
		return s.Raw
	}
	switch f.level {
	case marking.Confidential:
		return "ZNY CCCCC ZZH"
	case marking.Secret:
		return "ZNY SSSSS ZZH"
	case marking.TopSecret:
		return "ZNY TTTTT ZZH"
	}
	if hasCaveat(f.caveats, "EFTO") {
		return "ZNY EEEEE ZZH"
	}
	return "ZNR UUUUU ZZH"
}

// receivedHeader writes the received-copy header of section sec (1-based)
// of n: classification line, PAGE line, ACTION/ORIGIN and INFO office
// lines, control line, DTG, FM and addressees without routing indicators.
func (f *formatter) receivedHeader(sec, n int) []string {
	rc := f.details().Received
	var ls []string
	if w := f.levelWord(); w != "" {
		ls = append(ls, w, "")
	}
	ls = append(ls, f.pageLine(1, sec, n))
	if rc != nil {
		switch {
		case rc.Action != "":
			ls = append(ls, "ACTION "+rc.Action, "")
		case rc.Origin != "":
			ls = append(ls, "ORIGIN "+rc.Origin, "")
		}
		if len(rc.Info) > 0 {
			ls = append(ls, officeLines(rc.Info, rc.InfoTotal)...)
		}
		if cl := rc.Control; cl != nil {
			raw := cl.Raw
			if raw == "" {
				raw = strings.TrimSpace(fmt.Sprintf("------------------%s  %s %s", cl.ID, cl.Time, cl.Suffix))
			}
			ls = append(ls, "                    "+raw)
		}
	}
	return append(ls, f.sectionHeader(sec)...)
}

// sectionHeader writes the DTG, FM and addressee lines of a received copy's
// section sec, without routing indicators.
func (f *formatter) sectionHeader(sec int) []string {
	c := f.c
	var ls []string
	if f.hasDTG() {
		ls = append(ls, f.dtgLine())
	}
	if from := c.From(); from != "" {
		ls = append(ls, "FM "+from)
	}
	ls = append(ls, addresseeLines("TO", bumpSerials(c.To(), sec-1), false)...)
	ls = append(ls, addresseeLines("INFO", bumpSerials(c.Info(), sec-1), false)...)
	ls = append(ls, addresseeLines("XMT", c.Exempt(), false)...)
	return ls
}

// bumpSerials returns the addressees with their 4-digit sequence numbers
// advanced by k: each section of a telegram consumes one number.
func bumpSerials(as []header.Addressee, k int) []header.Addressee {
	if k == 0 {
		return as
	}
	out := make([]header.Addressee, len(as))
	for i, a := range as {
		var n int
		if len(a.Serial) == 4 {
			if _, err := fmt.Sscanf(a.Serial, "%04d", &n); err == nil {
				a.Serial = fmt.Sprintf("%04d", (n+k)%10000)
			}
		}
		out[i] = a
	}
	return out
}

// officeLines writes the INFO distribution list, eight offices a line, the
// total after the last one.
func officeLines(offices []string, total string) []string {
	var ls []string
	var b strings.Builder
	b.WriteString("INFO  ")
	for i, o := range offices {
		if i > 0 && i%7 == 0 {
			ls = append(ls, b.String())
			b.Reset()
			b.WriteString("      ")
		}
		fmt.Fprintf(&b, "%-9s", o)
	}
	if total != "" {
		b.WriteString(total)
	}
	return append(ls, strings.TrimRight(b.String(), " "))
}

// pageLine writes "PAGE 01        CAPE T  00097  01 OF 03  182017Z".
func (f *formatter) pageLine(page, sec, n int) string {
	origin := f.origin
	if len(origin) > 6 {
		origin = origin[:6]
	}
	serial := ""
	if f.id.Serial > 0 {
		serial = fmt.Sprintf("%05d", f.id.Serial)
		if f.id.Station == "STATE" {
			serial = fmt.Sprintf("%06d", f.id.Serial)
		}
	}
	when := ""
	if rc := f.details().Received; rc != nil && rc.Page != nil && rc.Page.Time != "" {
		when = rc.Page.Time
	} else if f.hasDTG() {
		t := f.c.DTG().UTC()
		when = fmt.Sprintf("%02d%02d%02dZ", t.Day(), t.Hour(), t.Minute())
	} else if dt := f.c.DayTime(); dt != nil {
		when = fmt.Sprintf("%02d%02d%02dZ", dt.Day, dt.Hour, dt.Minute)
	}
	return strings.TrimRight(fmt.Sprintf("PAGE %02d        %-6s  %s  %02d OF %02d  %s", page, origin, serial, sec, n, when), " ")
}
