package cable

import (
	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/paragraph"
	"github.com/cablemeta/cablemeta/refs"
	"github.com/cablemeta/cablemeta/tags"
)

// Cable is the metadata of one telegram: each part as its package decoded
// it, held once. Parts the cable text does not carry are nil or empty;
// nothing is guessed. The methods answer the common questions (id, time,
// origin, level, subject...) and are safe on a cable without the part
// they read, and on a nil *Cable.
//
// Warnings of every part are gathered, ordered by line, in Warnings; the
// parts' own warning lists are left empty.
//
// The JSON form (what the cablemeta command prints) is a view of the
// cable, documented with [Cable.MarshalJSON].
type Cable struct {
	// Source says where the cable was read: file, format, CSV row.
	Source Source
	// Published is the wrapper's own metadata (WikiLeaks page table,
	// cables.csv columns) as found; never used for the parsed fields.
	Published *Published

	// ReferenceID is the Cablegate id, e.g. "07BEIJING6403": the year of
	// the DTG, the origin without spaces and the serial the banner, page
	// breaks, DE and FM lines agree on (the banner's unless damaged,
	// missing or off from an intact DE serial; a warning says so).
	ReferenceID string

	// Header is the telegraphic header: transmission id, relay, DE,
	// security and DTG lines, FM/TO/INFO/XMT addressees, a received
	// copy's preamble, or a media partner's dateline. Nil when the text
	// has none (a body fragment).
	Header *header.Header
	// Classification is the banner or caption classification, the E.O.
	// line, "Classified By" and the handling captions. Nil when the cable
	// has no body.
	Classification *classification.Result
	// Tags are the TAGS codes in order, with kind and meaning.
	Tags []tags.Tag
	// Body is the subject, the numbered paragraphs, summary, comment and
	// signers. Nil when the cable has no body.
	Body *paragraph.Body
	// References are the REF items, cable ids canonicalised.
	References []refs.Reference

	// Warnings are the non-fatal findings of every part, ordered by line.
	Warnings diag.List
}

// DayTime is a day of the month and a UTC time of day without month or
// year, as a received copy's PAGE line gives them ("182017Z"). It is
// reported instead of a guessed date when the cable has no DTG.
type DayTime struct {
	Day    int
	Hour   int
	Minute int
	Raw    string // as written, "182017Z"
	From   string // where it was read, "PAGE line"
}
