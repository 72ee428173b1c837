package header

import (
	"strconv"
	"time"
)

// finish runs the cross-checks and resolves station names once the header
// block has been read.
func (s *scanner) finish() {
	h := s.h
	if s.offices.n > 0 { // addOffices made h.Received
		h.Received.Info = s.offices.list()
	}
	if !h.Found() {
		h.StartLine, h.EndLine = 0, 0
		return
	}
	var when time.Time
	if h.DTG != nil {
		when = h.DTG.Time
	}
	if h.DE != nil && h.DE.RoutingIndicator != "" {
		h.DE.Station, _ = LookupRI(h.DE.RoutingIndicator, when)
	}
	if h.From != nil {
		h.From.Station = station(h.From.RoutingIndicator, when)
		s.checkStation(h.From, kwFM)
	}
	for k, list := range [...][]Addressee{h.To, h.Info, h.Exempt} {
		for i := range list {
			list[i].Station = station(list[i].RoutingIndicator, when)
			s.checkStation(&list[i], [...]string{kwTO, kwINFO, kwXMT}[k])
		}
	}
	if h.DTG == nil {
		line := h.StartLine
		if h.From != nil {
			line = h.From.Line
		}
		if h.From != nil || h.DE != nil {
			s.warn(line, "DTG", WarnMissingDTG, "header has no date-time group")
		}
	} else if h.From == nil && (len(h.To) > 0 || len(h.Info) > 0) {
		s.warn(h.DTG.Line, "FM", WarnMissingFrom, "header has no FM line")
	}
	if h.DE != nil && h.DTG != nil && h.DE.DayOfYear > 0 {
		if doy := h.DTG.Time.YearDay(); doy != h.DE.DayOfYear {
			s.warn(h.DE.Line, "DE line", WarnDayOfYearMismatch,
				"DE day of year "+strconv.Itoa(h.DE.DayOfYear)+" differs from the DTG's "+strconv.Itoa(doy)+" ("+h.DTG.Time.Format("2006-01-02")+")")
		}
	}
}

// sortWarnings orders the warnings by line (stable), so that Strict
// reports the first problem in the text.
func (s *scanner) sortWarnings() {
	s.h.Warnings.Sort()
}

func station(ri string, when time.Time) string {
	if ri == "" || ri == "ZEN" {
		return ""
	}
	name, _ := LookupRI(ri, when)
	return name
}
