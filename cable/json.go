package cable

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/marking"
)

// This file is the JSON form of a Cable, the schema the cablemeta command
// prints: snake_case member names, stable; a member is omitted when the
// cable has no value for it (never an empty string or null). Times are
// RFC 3339 in UTC. The README lists every member.

// MarshalJSON encodes the cable in its JSON form, without HTML escaping
// ("&", "<" and ">" are written as they are; json.Marshal escapes them
// again, a json.Encoder with SetEscapeHTML(false) does not).
func (c *Cable) MarshalJSON() ([]byte, error) {
	if c == nil {
		return []byte("null"), nil
	}
	return appendJSON(nil, newCableJSON(c))
}

// appendJSON appends the JSON encoding of v to dst without HTML escaping
// and without the encoder's trailing newline.
func appendJSON(dst []byte, v any) ([]byte, error) {
	b := bytes.NewBuffer(dst)
	e := json.NewEncoder(b)
	e.SetEscapeHTML(false)
	if err := e.Encode(v); err != nil {
		return dst, err
	}
	out := b.Bytes()
	return out[:len(out)-1], nil
}

type cableJSON struct {
	Source           sourceJSON            `json:"source"`
	Published        *publishedJSON        `json:"published,omitempty"`
	ReferenceID      string                `json:"reference_id,omitempty"`
	TransmissionID   string                `json:"transmission_id,omitempty"`
	DTG              string                `json:"dtg,omitempty"`
	DayTime          *dayTimeJSON          `json:"day_time,omitempty"`
	Precedence       string                `json:"precedence,omitempty"`
	From             string                `json:"from,omitempty"`
	To               []addresseeJSON       `json:"to,omitempty"`
	Info             []addresseeJSON       `json:"info,omitempty"`
	Exempt           []addresseeJSON       `json:"xmt,omitempty"`
	Header           *headerJSON           `json:"header,omitempty"`
	Classification   *classificationJSON   `json:"classification,omitempty"`
	Declassification *declassificationJSON `json:"declassification,omitempty"`
	ClassifiedBy     *classifiedByJSON     `json:"classified_by,omitempty"`
	Captions         []captionJSON         `json:"captions,omitempty"`
	Tags             []tagJSON             `json:"tags,omitempty"`
	Subject          string                `json:"subject,omitempty"`
	SubjectMarking   *markingJSON          `json:"subject_marking,omitempty"`
	SubjectTitle     string                `json:"subject_title,omitempty"`
	References       []referenceJSON       `json:"references,omitempty"`
	Summary          string                `json:"summary,omitempty"`
	Comment          string                `json:"comment,omitempty"`
	Paragraphs       []paragraphJSON       `json:"paragraphs,omitempty"`
	Signers          []string              `json:"signers,omitempty"`
	Warnings         []warningJSON         `json:"warnings,omitempty"`
}

func newCableJSON(c *Cable) *cableJSON {
	r := &cableJSON{
		Source:         sourceJSON{Path: c.Source.Path, Format: string(c.Source.Format), Row: c.Source.Row, Offset: c.Source.Offset, Line: c.Source.Line},
		Published:      newPublishedJSON(c.Published),
		ReferenceID:    c.ReferenceID,
		TransmissionID: c.TransmissionID(),
		DTG:            timeText(c.DTG()),
		Precedence:     string(c.Precedence()),
		From:           c.From(),
		To:             addresseesJSON(c.To()),
		Info:           addresseesJSON(c.Info()),
		Exempt:         addresseesJSON(c.Exempt()),
		Header:         newHeaderJSON(c.Header),
		Subject:        c.Subject(),
		Summary:        c.Summary(),
		Comment:        c.Comment(),
		Signers:        c.Signers(),
	}
	if dt := c.DayTime(); dt != nil {
		r.DayTime = &dayTimeJSON{Day: dt.Day, Hour: dt.Hour, Minute: dt.Minute, Raw: dt.Raw, From: dt.From}
	}
	if k := c.Classification; k != nil {
		r.Classification = newClassificationJSON(k.Classification)
		r.Declassification = newDeclassificationJSON(k.Declassification)
		r.ClassifiedBy = newClassifiedByJSON(k.ClassifiedBy)
		for _, cp := range k.Captions {
			r.Captions = append(r.Captions, captionJSON{Kind: string(cp.Kind), Text: cp.Text, Line: cp.Line})
		}
	}
	for _, t := range c.Tags {
		r.Tags = append(r.Tags, tagJSON{Code: t.Code, Kind: t.Kind.String(), Meaning: t.Meaning, Raw: t.Raw})
	}
	if b := c.Body; b != nil {
		r.SubjectMarking = newMarkingJSON(b.SubjectMarking)
		r.SubjectTitle = b.SubjectTitle
		for _, p := range b.Paragraphs {
			r.Paragraphs = append(r.Paragraphs, paragraphJSON{Number: p.Number, Marking: newMarkingJSON(p.Marking), Heading: p.Heading, Text: p.Text, Line: p.Line})
		}
	}
	for _, ref := range c.References {
		r.References = append(r.References, referenceJSON{Label: ref.Label, ID: ref.ID, Kind: string(ref.Kind), Text: ref.Text, Line: ref.Line})
	}
	for _, w := range c.Warnings {
		r.Warnings = append(r.Warnings, warningJSON{Line: w.Line, Offset: w.Offset, Part: w.Part, Field: w.Field, Kind: string(w.Kind), Message: w.Message})
	}
	return r
}

// timeText is t in RFC 3339 (UTC as "Z"), or "" for the zero time.
func timeText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}

type sourceJSON struct {
	Path   string `json:"path,omitempty"`
	Format string `json:"format,omitempty"`
	Row    int    `json:"row,omitempty"`
	Offset int64  `json:"offset,omitempty"`
	Line   int    `json:"line,omitempty"`
}

type publishedJSON struct {
	ReferenceID    string         `json:"reference_id,omitempty"`
	Created        string         `json:"created,omitempty"`
	CreatedTime    string         `json:"created_time,omitempty"`
	Released       string         `json:"released,omitempty"`
	Classification string         `json:"classification,omitempty"`
	Origin         string         `json:"origin,omitempty"`
	References     []string       `json:"references,omitempty"`
	RecordID       string         `json:"record_id,omitempty"`
	Articles       []string       `json:"articles,omitempty"`
	LeakedRow      *leakedRowJSON `json:"leaked_row,omitempty"`
}

type leakedRowJSON struct {
	RecordID       string   `json:"record_id,omitempty"`
	Date           string   `json:"date,omitempty"`
	ReferenceID    string   `json:"reference_id,omitempty"`
	Origin         string   `json:"origin,omitempty"`
	Classification string   `json:"classification,omitempty"`
	References     []string `json:"references,omitempty"`
}

func newPublishedJSON(p *Published) *publishedJSON {
	if p == nil {
		return nil
	}
	r := &publishedJSON{ReferenceID: p.ReferenceID, Created: p.Created, Released: p.Released,
		Classification: p.Classification, Origin: p.Origin, References: p.References,
		RecordID: p.RecordID, Articles: p.Articles}
	if t, ok := p.CreatedTime(); ok {
		r.CreatedTime = timeText(t)
	}
	if l := p.LeakedRow; l != nil {
		r.LeakedRow = &leakedRowJSON{RecordID: l.RecordID, Date: l.Date, ReferenceID: l.ReferenceID,
			Origin: l.Origin, Classification: l.Classification, References: l.References}
	}
	return r
}

type dayTimeJSON struct {
	Day    int    `json:"day"`
	Hour   int    `json:"hour"`
	Minute int    `json:"minute"`
	Raw    string `json:"raw,omitempty"`
	From   string `json:"from,omitempty"`
}

type addresseeJSON struct {
	RoutingIndicator string   `json:"routing_indicator,omitempty"`
	Name             string   `json:"name,omitempty"`
	Precedence       string   `json:"precedence,omitempty"`
	Serial           string   `json:"serial,omitempty"`
	Station          string   `json:"station,omitempty"`
	Excluded         []string `json:"excluded,omitempty"`
	Line             int      `json:"line,omitempty"`
}

func newAddresseeJSON(a *header.Addressee) *addresseeJSON {
	if a == nil {
		return nil
	}
	return &addresseeJSON{RoutingIndicator: a.RoutingIndicator, Name: a.Name, Precedence: string(a.Precedence),
		Serial: a.Serial, Station: a.Station, Excluded: a.Excluded, Line: a.Line}
}

func addresseesJSON(as []header.Addressee) []addresseeJSON {
	if len(as) == 0 {
		return nil
	}
	out := make([]addresseeJSON, len(as))
	for i := range as {
		out[i] = *newAddresseeJSON(&as[i])
	}
	return out
}

// headerJSON is the header lines that have no top-level member: the
// addressees and the DTG's time are at top level.
type headerJSON struct {
	Transmission string         `json:"transmission,omitempty"`
	Relay        *relayJSON     `json:"relay,omitempty"`
	DE           *deJSON        `json:"de,omitempty"`
	Security     *securityJSON  `json:"security,omitempty"`
	DTG          *dtgJSON       `json:"dtg_line,omitempty"`
	From         *addresseeJSON `json:"from_line,omitempty"`
	Dateline     *datelineJSON  `json:"dateline,omitempty"`
	Received     *receivedJSON  `json:"received,omitempty"`
	Partial      bool           `json:"partial,omitempty"`
	StartLine    int            `json:"start_line,omitempty"`
	EndLine      int            `json:"end_line,omitempty"`
}

type relayJSON struct {
	Prosign           string   `json:"prosign,omitempty"`
	Precedence        string   `json:"precedence,omitempty"`
	RoutingIndicators []string `json:"routing_indicators,omitempty"`
	Line              int      `json:"line,omitempty"`
}

type deJSON struct {
	RoutingIndicator string `json:"routing_indicator,omitempty"`
	Station          string `json:"station,omitempty"`
	Serial           string `json:"serial,omitempty"`
	Section          int    `json:"section,omitempty"`
	DayOfYear        int    `json:"day_of_year"`
	FilingTime       string `json:"filing_time,omitempty"`
	Trailer          string `json:"trailer,omitempty"`
	Raw              string `json:"raw,omitempty"`
	Line             int    `json:"line,omitempty"`
}

type securityJSON struct {
	Signal     string   `json:"signal,omitempty"`
	Characters string   `json:"characters,omitempty"`
	Level      string   `json:"level,omitempty"`
	Caveat     string   `json:"caveat,omitempty"`
	Special    []string `json:"special,omitempty"`
	OpSignals  []string `json:"op_signals,omitempty"`
	Notes      []string `json:"notes,omitempty"`
	Corrected  bool     `json:"corrected,omitempty"`
	Trailer    string   `json:"trailer,omitempty"`
	Raw        string   `json:"raw,omitempty"`
	Line       int      `json:"line,omitempty"`
}

type dtgJSON struct {
	Precedence     string   `json:"precedence,omitempty"`
	InfoPrecedence string   `json:"info_precedence,omitempty"`
	Time           string   `json:"time,omitempty"`
	Zone           string   `json:"zone,omitempty"`
	OpSignals      []string `json:"op_signals,omitempty"`
	Raw            string   `json:"raw,omitempty"`
	Line           int      `json:"line,omitempty"`
}

type datelineJSON struct {
	Time string `json:"time,omitempty"`
	Raw  string `json:"raw,omitempty"`
	Line int    `json:"line,omitempty"`
}

type receivedJSON struct {
	Page      *pageJSON    `json:"page,omitempty"`
	Action    string       `json:"action,omitempty"`
	Origin    string       `json:"origin,omitempty"`
	Info      []string     `json:"info,omitempty"`
	InfoTotal string       `json:"info_total,omitempty"`
	Control   *controlJSON `json:"control,omitempty"`
	Other     []string     `json:"other,omitempty"`
}

type pageJSON struct {
	Page     int    `json:"page"`
	Origin   string `json:"origin,omitempty"`
	Serial   string `json:"serial,omitempty"`
	Section  int    `json:"section,omitempty"`
	Sections int    `json:"sections,omitempty"`
	Time     string `json:"time,omitempty"`
	Day      int    `json:"day,omitempty"`
	Hour     int    `json:"hour"`
	Minute   int    `json:"minute"`
	Raw      string `json:"raw,omitempty"`
	Line     int    `json:"line,omitempty"`
}

type controlJSON struct {
	ID     string `json:"id,omitempty"`
	Time   string `json:"time,omitempty"`
	Day    int    `json:"day,omitempty"`
	Hour   int    `json:"hour"`
	Minute int    `json:"minute"`
	Number string `json:"number,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Raw    string `json:"raw,omitempty"`
	Line   int    `json:"line,omitempty"`
}

func newHeaderJSON(h *header.Header) *headerJSON {
	if h == nil {
		return nil
	}
	r := &headerJSON{
		Transmission: h.TransmissionID.String(),
		From:         newAddresseeJSON(h.From),
		Partial:      h.Partial,
		StartLine:    h.StartLine,
		EndLine:      h.EndLine,
	}
	if x := h.Relay; x != nil {
		r.Relay = &relayJSON{Prosign: x.Prosign, Precedence: string(x.Precedence), RoutingIndicators: x.RoutingIndicators, Line: x.Line}
	}
	if x := h.DE; x != nil {
		r.DE = &deJSON{RoutingIndicator: x.RoutingIndicator, Station: x.Station, Serial: x.Serial, Section: x.Section,
			DayOfYear: x.DayOfYear, FilingTime: x.FilingTime, Trailer: x.Trailer, Raw: x.Raw, Line: x.Line}
	}
	if x := h.Security; x != nil {
		r.Security = &securityJSON{Signal: x.Signal, Characters: x.Characters, Level: x.Level.String(), Caveat: x.Caveat, Special: x.Special,
			OpSignals: x.OpSignals, Notes: x.Notes, Corrected: x.Corrected, Trailer: x.Trailer, Raw: x.Raw, Line: x.Line}
	}
	if x := h.DTG; x != nil {
		r.DTG = &dtgJSON{Precedence: string(x.Precedence), InfoPrecedence: string(x.InfoPrecedence), Time: timeText(x.Time),
			Zone: x.Zone, OpSignals: x.OpSignals, Raw: x.Raw, Line: x.Line}
	}
	if x := h.Dateline; x != nil {
		r.Dateline = &datelineJSON{Time: timeText(x.Time), Raw: x.Raw, Line: x.Line}
	}
	if x := h.Received; x != nil {
		rc := &receivedJSON{Action: x.Action, Origin: x.Origin, Info: x.Info, InfoTotal: x.InfoTotal, Other: x.Other}
		if p := x.Page; p != nil {
			rc.Page = &pageJSON{Page: p.Page, Origin: p.Origin, Serial: p.Serial, Section: p.Section, Sections: p.Sections,
				Time: p.Time, Day: p.Day, Hour: p.Hour, Minute: p.Minute, Raw: p.Raw, Line: p.Line}
		}
		if k := x.Control; k != nil {
			rc.Control = &controlJSON{ID: k.ID, Time: k.Time, Day: k.Day, Hour: k.Hour, Minute: k.Minute,
				Number: k.Number, Suffix: k.Suffix, Raw: k.Raw, Line: k.Line}
		}
		r.Received = rc
	}
	return r
}

type classificationJSON struct {
	Level        string       `json:"level,omitempty"`
	Caveats      []string     `json:"caveats,omitempty"`
	Banner       string       `json:"banner,omitempty"`
	Section      *sectionJSON `json:"section,omitempty"`
	Origin       string       `json:"origin,omitempty"`
	Serial       string       `json:"serial,omitempty"`
	SerialNumber int          `json:"serial_number,omitempty"`
	Source       string       `json:"source,omitempty"`
	Line         int          `json:"line,omitempty"`
}

type sectionJSON struct {
	Number int `json:"number"`
	Total  int `json:"total"`
}

func newClassificationJSON(k *classification.Classification) *classificationJSON {
	if k == nil {
		return nil
	}
	r := &classificationJSON{Level: k.Level.String(), Caveats: k.Caveats, Banner: k.Banner, Origin: k.Origin,
		Serial: k.Serial, SerialNumber: k.SerialNumber, Source: string(k.Source), Line: k.Line}
	if s := k.Section; s != nil {
		r.Section = &sectionJSON{Number: s.Number, Total: s.Total}
	}
	return r
}

type declassificationJSON struct {
	ExecutiveOrder string `json:"executive_order,omitempty"`
	Date           string `json:"date,omitempty"`
	Event          string `json:"event,omitempty"`
	DowngradeTo    string `json:"downgrade_to,omitempty"`
	Raw            string `json:"raw,omitempty"`
	Line           int    `json:"line,omitempty"`
}

func newDeclassificationJSON(d *classification.Declassification) *declassificationJSON {
	if d == nil {
		return nil
	}
	return &declassificationJSON{ExecutiveOrder: d.ExecutiveOrder, Date: d.Date.String(), Event: d.Event,
		DowngradeTo: d.DowngradeTo.String(), Raw: d.Raw, Line: d.Line}
}

type classifiedByJSON struct {
	Names       []string     `json:"names,omitempty"`
	Title       string       `json:"title,omitempty"`
	DerivedFrom string       `json:"derived_from,omitempty"`
	Reasons     []reasonJSON `json:"reasons,omitempty"`
	Raw         string       `json:"raw,omitempty"`
	Line        int          `json:"line,omitempty"`
}

type reasonJSON struct {
	Section string `json:"section,omitempty"`
	Letter  string `json:"letter,omitempty"`
	Meaning string `json:"meaning,omitempty"`
}

func newClassifiedByJSON(cb *classification.ClassifiedBy) *classifiedByJSON {
	if cb == nil {
		return nil
	}
	r := &classifiedByJSON{Names: cb.Names, Title: cb.Title, DerivedFrom: cb.DerivedFrom, Raw: cb.Raw, Line: cb.Line}
	for _, x := range cb.Reasons {
		r.Reasons = append(r.Reasons, reasonJSON{Section: x.Section, Letter: x.Letter, Meaning: x.Meaning})
	}
	return r
}

type captionJSON struct {
	Kind string `json:"kind,omitempty"`
	Text string `json:"text,omitempty"`
	Line int    `json:"line,omitempty"`
}

type tagJSON struct {
	Code    string `json:"code,omitempty"`
	Kind    string `json:"kind,omitempty"`
	Meaning string `json:"meaning,omitempty"`
	Raw     string `json:"raw,omitempty"`
}

type markingJSON struct {
	Raw        string   `json:"raw,omitempty"`
	Level      string   `json:"level,omitempty"`
	Controls   []string `json:"controls,omitempty"`
	EntireText bool     `json:"entire_text,omitempty"`
}

func newMarkingJSON(m *marking.Marking) *markingJSON {
	if m == nil {
		return nil
	}
	return &markingJSON{Raw: m.Raw, Level: m.Level.String(), Controls: m.Controls, EntireText: m.EntireText}
}

type referenceJSON struct {
	Label string `json:"label,omitempty"`
	ID    string `json:"id,omitempty"`
	Kind  string `json:"kind,omitempty"`
	Text  string `json:"text,omitempty"`
	Line  int    `json:"line,omitempty"`
}

type paragraphJSON struct {
	Number  int          `json:"number"`
	Marking *markingJSON `json:"marking,omitempty"`
	Heading string       `json:"heading,omitempty"`
	Text    string       `json:"text,omitempty"`
	Line    int          `json:"line,omitempty"`
}

type warningJSON struct {
	Line    int    `json:"line,omitempty"`
	Offset  int    `json:"offset,omitempty"`
	Part    string `json:"part,omitempty"`
	Field   string `json:"field,omitempty"`
	Kind    string `json:"kind,omitempty"`
	Message string `json:"message,omitempty"`
}
