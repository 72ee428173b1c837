package cabletest

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/marking"
)

// Mismatch is one field on which a parsed cable differs from the expected
// one.
type Mismatch struct {
	// Field names the field: "reference_id", "dtg", "to", "paragraph.text"
	// ... (the names are stable; see Compare).
	Field string `json:"field"`
	// Index is the paragraph number or list position for per-item fields
	// ("paragraph.text" of paragraph 3), 0 otherwise.
	Index int    `json:"index,omitempty"`
	Want  string `json:"want"`
	Got   string `json:"got"`
}

// String returns "field[index]: want "x", got "y"".
func (m Mismatch) String() string {
	f := m.Field
	if m.Index > 0 {
		f = fmt.Sprintf("%s[%d]", f, m.Index)
	}
	return fmt.Sprintf("%s: want %q, got %q", f, m.Want, m.Got)
}

// Fields are the names Compare reports, in the order it checks them.
var Fields = []string{
	"reference_id", "transmission_id", "dtg", "precedence", "from", "to", "info",
	"de.serial", "de.day_of_year", "received.page_time",
	"classification.level", "classification.caveats",
	"declassification", "classified_by.names", "tags", "subject", "subject_marking", "references",
	"summary", "paragraphs", "paragraph.number", "paragraph.marking", "paragraph.heading",
	"paragraph.text", "signers",
}

// Compare returns the fields on which got differs from want, considering
// only the fields a generated cable controls (see Fixture.Want): texts are
// compared with white space runs (line ends included) collapsed;
// addressees on routing indicator, name, precedence and serial; tags on
// their codes; references on their ids; markings on their normalised form
// ("S//NF"). A nil got differs on every field want has.
func Compare(want, got *cable.Cable) []Mismatch {
	if got == nil {
		got = &cable.Cable{}
	}
	var ms []Mismatch
	eq := func(field string, idx int, w, g string) {
		if w != g {
			ms = append(ms, Mismatch{Field: field, Index: idx, Want: w, Got: g})
		}
	}
	eq("reference_id", 0, want.ReferenceID, got.ReferenceID)
	eq("transmission_id", 0, want.TransmissionID(), got.TransmissionID())
	eq("dtg", 0, timeText(want.DTG()), timeText(got.DTG()))
	eq("precedence", 0, string(want.Precedence()), string(got.Precedence()))
	eq("from", 0, want.From(), got.From())
	eq("to", 0, addrText(want.To()), addrText(got.To()))
	eq("info", 0, addrText(want.Info()), addrText(got.Info()))
	if wd := want.Header; wd != nil {
		gd := got.Header
		if gd == nil {
			gd = &header.Header{}
		}
		if wd.DE != nil {
			var gs string
			var gday int
			if gd.DE != nil {
				gs, gday = gd.DE.Serial, gd.DE.DayOfYear
			}
			eq("de.serial", 0, wd.DE.Serial, gs)
			eq("de.day_of_year", 0, fmt.Sprint(wd.DE.DayOfYear), fmt.Sprint(gday))
		}
		if wd.Received != nil && wd.Received.Page != nil {
			g := ""
			if gd.Received != nil && gd.Received.Page != nil {
				g = gd.Received.Page.Time
			}
			eq("received.page_time", 0, wd.Received.Page.Time, g)
		}
	}
	wl, wc := classText(want)
	gl, gc := classText(got)
	eq("classification.level", 0, wl, gl)
	eq("classification.caveats", 0, wc, gc)
	eq("declassification", 0, declText(want), declText(got))
	eq("classified_by.names", 0, cbText(want), cbText(got))
	eq("tags", 0, tagText(want), tagText(got))
	eq("subject", 0, norm(want.Subject()), norm(got.Subject()))
	eq("subject_marking", 0, markingString(subjectMarking(want)), markingString(subjectMarking(got)))
	eq("references", 0, refText(want), refText(got))
	eq("summary", 0, norm(want.Summary()), norm(got.Summary()))
	wps, gps := want.Paragraphs(), got.Paragraphs()
	eq("paragraphs", 0, fmt.Sprint(len(wps)), fmt.Sprint(len(gps)))
	for i, wp := range wps {
		if i >= len(gps) {
			break
		}
		gp := gps[i]
		eq("paragraph.number", i+1, fmt.Sprint(wp.Number), fmt.Sprint(gp.Number))
		wm, gm := "", ""
		if wp.Marking != nil {
			wm = wp.Marking.String()
		}
		if gp.Marking != nil {
			gm = gp.Marking.String()
		}
		eq("paragraph.marking", i+1, wm, gm)
		eq("paragraph.heading", i+1, norm(wp.Heading), norm(gp.Heading))
		eq("paragraph.text", i+1, norm(wp.Text), norm(gp.Text))
	}
	eq("signers", 0, strings.Join(want.Signers(), "|"), strings.Join(got.Signers(), "|"))
	return ms
}

// MissingWarnings returns the kinds of want that no warning of got has.
func MissingWarnings(want []diag.Kind, got *cable.Cable) []diag.Kind {
	var missing []diag.Kind
	for _, k := range want {
		if got == nil || !slices.ContainsFunc(got.Warnings, func(w diag.Warning) bool { return w.Kind == k }) {
			missing = append(missing, k)
		}
	}
	return missing
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func addrText(as []header.Addressee) string {
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = fmt.Sprintf("%s/%s/%s/%s", a.RoutingIndicator, a.Name, a.Precedence, a.Serial)
	}
	return strings.Join(parts, "; ")
}

func classText(c *cable.Cable) (level, caveats string) {
	return c.Level().String(), strings.Join(c.Caveats(), "//")
}

func declText(c *cable.Cable) string {
	d := c.Declassification()
	if d == nil {
		return ""
	}
	return fmt.Sprintf("E.O. %s %s %s", d.ExecutiveOrder, d.Date, d.Event)
}

func cbText(c *cable.Cable) string {
	if cb := c.ClassifiedBy(); cb != nil {
		return strings.Join(cb.Names, "|")
	}
	return ""
}

func tagText(c *cable.Cable) string {
	codes := make([]string, len(c.Tags))
	for i, t := range c.Tags {
		codes[i] = t.Code
	}
	return strings.Join(codes, " ")
}

func refText(c *cable.Cable) string {
	ids := make([]string, len(c.References))
	for i, r := range c.References {
		ids[i] = r.ID
	}
	return strings.Join(ids, " ")
}

func subjectMarking(c *cable.Cable) *marking.Marking {
	if c.Body == nil {
		return nil
	}
	return c.Body.SubjectMarking
}

func markingString(m *marking.Marking) string {
	if m == nil {
		return ""
	}
	return m.String()
}
