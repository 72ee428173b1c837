package cable

import (
	"fmt"
	"strings"
	"time"

	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/marking"
	"github.com/cablemeta/cablemeta/refs"
)

// formatter holds what the layouts of Writer share: the cable, the
// options with defaults applied and the values derived once.
type formatter struct {
	c       *Cable
	opt     Writer
	width   int
	id      refs.ID // zero without a ReferenceID
	origin  string  // banner origin, spaces kept ("SAN SALVADOR")
	level   marking.Level
	caveats []string
}

func newFormatter(c *Cable, opt Writer) (*formatter, error) {
	if opt.Layout == "" {
		opt.Layout = LayoutCablegate
	}
	f := &formatter{c: c, opt: opt, width: opt.Width}
	if f.width == 0 {
		f.width = DefaultWidth
	}
	f.width = max(f.width, 30)
	if opt.Sections < 0 || opt.Sections > 99 {
		return nil, fmt.Errorf("%w: %d sections (want 0-99)", ErrWrite, opt.Sections)
	}
	if c.ReferenceID != "" {
		id, err := refs.ParseID(c.ReferenceID)
		if err != nil {
			return nil, fmt.Errorf("%w: reference id: %w", ErrWrite, err)
		}
		f.id = id
		f.origin = bannerOrigin(id.Station, c.From())
	}
	f.level, f.caveats = writeLevel(c)
	return f, nil
}

// bannerOrigin returns the banner spelling of an id station: the tail of
// the FM address that is the station once spaces are removed ("SAN
// SALVADOR" for AMEMBASSY SAN SALVADOR), else the station itself.
func bannerOrigin(station, from string) string {
	words := strings.Fields(strings.ToUpper(from))
	for i := range words {
		cand := strings.Join(words[i:], " ")
		if lettersOnly(cand) == station {
			return cand
		}
	}
	return station
}

func lettersOnly(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hasDTG reports whether the cable has a date-time group to write.
func (f *formatter) hasDTG() bool { return !f.c.DTG().IsZero() }

// dtgText writes the DTG time as "281431Z SEP 07".
func dtgText(t time.Time) string {
	t = t.UTC()
	return fmt.Sprintf("%02d%02d%02dZ %s %02d", t.Day(), t.Hour(), t.Minute(),
		strings.ToUpper(t.Month().String()[:3]), t.Year()%100)
}

// serialText is the banner serial: zero-padded to 6 digits from 1991 on
// (and for STATE), to 5 before.
func (f *formatter) serialText() string {
	if f.id.Serial == 0 {
		return ""
	}
	if f.id.Year >= 1991 || f.id.Station == "STATE" {
		return fmt.Sprintf("%06d", f.id.Serial)
	}
	return fmt.Sprintf("%05d", f.id.Serial)
}

// details returns the cable's header, or an empty one.
func (f *formatter) details() *header.Header {
	if h := f.c.Header; h != nil {
		return h
	}
	return &header.Header{}
}

// precedence returns the action precedence of the DTG line.
func (f *formatter) precedence() header.Precedence {
	if d := f.details().DTG; d != nil && d.Precedence != "" {
		return d.Precedence
	}
	return header.PrecedenceRoutine
}

// dtgLine writes FL5: "O 281431Z SEP 07" or "O R 191538Z FEB 10".
func (f *formatter) dtgLine() string {
	s := f.precedence().Letter()
	if d := f.details().DTG; d != nil && d.InfoPrecedence != "" {
		s += " " + d.InfoPrecedence.Letter()
	}
	s += " " + dtgText(f.c.DTG())
	if d := f.details().DTG; d != nil && len(d.OpSignals) > 0 {
		s += " " + strings.Join(d.OpSignals, " ")
	}
	return s
}

// addresseeLines writes an addressee block: the keyword on the first line
// only. withRI false drops the routing indicators (received copies).
func addresseeLines(keyword string, as []header.Addressee, withRI bool) []string {
	out := make([]string, 0, len(as))
	for i, a := range as {
		if !withRI {
			a.RoutingIndicator = ""
		}
		s := a.String()
		if i == 0 {
			s = keyword + " " + s
		}
		out = append(out, s)
	}
	return out
}

// levelWord is the classification line of received copies and footers.
func (f *formatter) levelWord() string {
	if !f.level.IsValid() {
		return ""
	}
	return f.level.String()
}

// joinLines joins lines with "\n" and ends the text with one.
func joinLines(ls []string) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(strings.TrimRight(l, " "))
		b.WriteByte('\n')
	}
	return b.String()
}
