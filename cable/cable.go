package cable

import (
	"time"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/marking"
	"github.com/cablemeta/cablemeta/paragraph"
	"github.com/cablemeta/cablemeta/refs"
	"github.com/cablemeta/cablemeta/tags"
)

// Cable is the metadata of one telegram. Fields the cable text does not
// carry are left at their zero value; nothing is guessed.
//
// The JSON form (what the cablemeta command prints) uses the snake_case
// names in the struct tags; they are stable. Header holds the full typed
// telegraphic header for Go users; its JSON form is the "header" object
// (see [HeaderDetails]) plus the top-level addressee lists.
type Cable struct {
	// Source says where the cable was read: file, format, CSV row.
	Source Source `json:"source"`
	// Published is the wrapper's own metadata (WikiLeaks page table,
	// cables.csv columns) as found; never used for the parsed fields.
	Published *Published `json:"published,omitempty"`

	// ReferenceID is the Cablegate id, e.g. "07BEIJING6403": the year of
	// the DTG, the banner origin without spaces, the banner serial.
	ReferenceID string `json:"reference_id,omitempty"`
	// TransmissionID is the FL1 line, e.g. "VZCZCXRO1249".
	TransmissionID string `json:"transmission_id,omitempty"`
	// DTG is the date-time group of the FL5 line, in UTC; for the
	// media-partner copies that replace the header with a dateline
	// ("Wednesday, 19 November 2008, 06:43", the DTG rendered in UTC), the
	// dateline. Nil when the text has neither (partial extracts, body
	// fragments).
	DTG *time.Time `json:"dtg,omitempty"`
	// DayTime is what is certain when there is no DTG: the day of the
	// month and the time of a received copy's PAGE line.
	DayTime *DayTime `json:"day_time,omitempty"`
	// Precedence is the action precedence of the DTG line.
	Precedence header.Precedence `json:"precedence,omitempty"`
	// From is the originator's plain-language address (FM line), e.g.
	// "AMEMBASSY BEIJING".
	From string `json:"from,omitempty"`
	// To, Info and Exempt are the action, information and exempted (XMT)
	// addressees.
	To     []header.Addressee `json:"to,omitempty"`
	Info   []header.Addressee `json:"info,omitempty"`
	Exempt []header.Addressee `json:"xmt,omitempty"`

	// Header is the whole telegraphic header, typed. Nil when the text
	// has none.
	Header *header.Header `json:"-"`
	// HeaderDetails is the JSON view of the header lines that have no
	// top-level field: FL1-FL5 decoded, the received-copy preamble.
	HeaderDetails *HeaderDetails `json:"header,omitempty"`

	// Classification is the overall level and caveats (banner, captions).
	Classification *classification.Classification `json:"classification,omitempty"`
	// Declassification is the E.O. line.
	Declassification *classification.Declassification `json:"declassification,omitempty"`
	// ClassifiedBy is the "Classified By" line: names, title, reasons.
	ClassifiedBy *classification.ClassifiedBy `json:"classified_by,omitempty"`
	// Captions are the handling lines between banner and E.O. line.
	Captions []classification.Caption `json:"captions,omitempty"`

	// Tags are the TAGS codes in order, with kind and meaning.
	Tags []tags.Tag `json:"tags,omitempty"`

	// Subject is the SUBJECT line as written, wrapped lines joined, without
	// its leading portion marking, which is SubjectMarking ("(C) TEXT"
	// gives "TEXT" and C). SubjectTitle is the title-cased form with
	// acronyms kept. Body.Subject keeps the line with its marking.
	Subject        string           `json:"subject,omitempty"`
	SubjectMarking *marking.Marking `json:"subject_marking,omitempty"`
	SubjectTitle   string           `json:"subject_title,omitempty"`
	// References are the REF items, cable ids canonicalised.
	References []refs.Reference `json:"references,omitempty"`
	// Summary and Comment are the texts of the SUMMARY and COMMENT spans.
	Summary string `json:"summary,omitempty"`
	Comment string `json:"comment,omitempty"`
	// Paragraphs are the numbered paragraphs of the body.
	Paragraphs []paragraph.Paragraph `json:"paragraphs,omitempty"`
	// Signers are the surnames at the end of the cable.
	Signers []string `json:"signers,omitempty"`
	// Body is the whole decoded body, typed. Not part of the JSON form
	// (its parts are above).
	Body *paragraph.Body `json:"-"`

	// Warnings are the non-fatal findings, ordered by line.
	Warnings diag.List `json:"warnings,omitempty"`
}

// HeaderDetails is the JSON view of the telegraphic header lines other than
// the addressees, which [Cable] has at top level.
type HeaderDetails struct {
	TransmissionID *header.TransmissionID `json:"transmission,omitempty"`
	Relay          *header.Relay          `json:"relay,omitempty"`
	DE             *header.DELine         `json:"de,omitempty"`
	Security       *header.SecurityLine   `json:"security,omitempty"`
	DTG            *header.DTG            `json:"dtg_line,omitempty"`
	From           *header.Addressee      `json:"from_line,omitempty"`
	Dateline       *header.Dateline       `json:"dateline,omitempty"`
	Received       *header.ReceivedCopy   `json:"received,omitempty"`
	Partial        bool                   `json:"partial,omitempty"`
	StartLine      int                    `json:"start_line,omitempty"`
	EndLine        int                    `json:"end_line,omitempty"`
}

// DayTime is a day of the month and a UTC time of day without month or
// year, as a received copy's PAGE line gives them ("182017Z"). It is
// reported instead of a guessed date when the cable has no DTG.
type DayTime struct {
	Day    int    `json:"day"`
	Hour   int    `json:"hour"`
	Minute int    `json:"minute"`
	Raw    string `json:"raw"`
	From   string `json:"from"` // where it was read, e.g. "PAGE line"
}
