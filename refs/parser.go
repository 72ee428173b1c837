package refs

import (
	"slices"

	"github.com/cablemeta/cablemeta/diag"
)

// A Parser reads the REF blocks of a cable. Its fields describe the citing
// cable; the zero value works, but references without a year then get no id
// (and a warning). A Parser holds configuration only and is safe for
// concurrent use.
type Parser struct {
	// Year of the citing cable (four digits, or two); it is the year of
	// every citation that gives none. 0 = unknown.
	Year int
	// Self is the citing cable's own id ("08TRIPOLI564"); a citation of it
	// is dropped, and a bare serial ("REF: A) 6307") lower than its own is
	// read as a cable of the same station.
	Self string
	// FirstLine is the line number of the first line of text, so that
	// positions are reported in the caller's coordinates. 0 means 1.
	FirstLine int
	// Strict turns the first warning into an error (a *diag.ParseError
	// wrapping a *diag.StrictError); the result is still returned.
	// Default false.
	Strict bool
}

// Result is what [Parser.Parse] finds in a cable.
type Result struct {
	// References are the items of the REF block(s), in order.
	References []Reference `json:"references"`
	// Warnings are the items that could not be read, repaired station
	// spellings and dropped self-references.
	Warnings diag.List `json:"warnings,omitempty"`
}

// Parse finds the REF block(s) of a cable body (or of a whole cable) and
// returns their items in order. It looks for the labels REF, REFS, REFTEL,
// REF(S), REFERENCE and PROGRAM REF, at the start of a line (also after an
// item letter: "A. REF AMMAN 222") or after other text when followed by a
// colon ("SUBJECT: ... REF: CAIRO 2178"), in the preamble before paragraph
// 1. Items may be enumerated ("A.", "¶B.", "A)", "(A)", "[A]", "(1)", "A.
// A)"), on one line or many, interrupted by page breaks. Citations read:
// "STATE 12345", "08BEIJING1234", "06 PARIS 12", "2006 SAO PAULO 0276",
// "(99) ROME 2196", "STATE (01) 201265", "AMMAN 5049-01", "10-OTTAWA-57",
// "377 KATHMANDU", a year after the serial ("LIMA 701 (08)", "PANAMA
// 00725/08", "ROME 1484 (2008)", "LIMA 338 99"), a year glued to the
// station ("09TUNIS 201", "2005LIMA2342") or inside it ("SAO 06 PAULO
// 1038"), the letter O for a zero ("O4 LIMA 944", "LAGOS O1512"),
// punctuation or a filler word before the serial ("STATE: 73097", "LIMA
// #3565", "KUWAIT (C)02293", "COLOMBO CABLES 0266"), and continuations
// "BRASILIA 2799 AND 2764", "PARIS 1501, 1568", "LIMA 936/935" (same
// station and year). Station spellings go through the station table
// ("SECSTATE", "RIO DE JAN", "USUN NE YORK", "HK", "BA"). A country name
// with a year ("INCSR BRAZIL 2008") is a report, not a cable. A preview
// cut by a WikiLeaks page ("B. LIMA 49..") ends the block; the cut item
// is dropped with a warning.
// Each item yields its own references, so two items citing the same
// cable give two; a cable cited twice in one item is returned once. A
// citation of p.Self is dropped.
//
// The Result is never nil. What cannot be read is reported in its
// Warnings; the error is nil unless p.Strict is set and there is a
// warning (the text of a cable never makes reading references fail).
func (p *Parser) Parse(text string) (*Result, error) {
	var st state
	st.init(p)
	lines := newPreamble(text, p.FirstLine)
	for {
		line, ok := lines.next()
		if !ok {
			break
		}
		if start, from, to, ok := findLabel(line.Text); ok {
			st.block(line, &lines, start, from, to)
		}
	}
	r := &Result{References: st.refs, Warnings: st.warnings}
	if p.Strict && len(r.Warnings) > 0 {
		return r, diag.Strict(r.Warnings[0])
	}
	return r, nil
}

// state holds the state of one Parser.Parse call.
type state struct {
	year      int    // citing year, 4 digits, 0 = unknown; see citing
	selfText  string // Parser.Self, read by citing
	parsed    bool   // citing has read selfText
	self      ID     // the citing cable's own id, once parsed
	selfID    string // self.String(), "" when there is no self
	refs      []Reference
	warnings  diag.List
	itemFrom  int // index in refs of the first reference of the current item
	blockFrom int // index in refs of the first reference of the current block
	pending   int // items of the current block not read yet, the current one included
}

// init sets p up for the cable that c describes.
func (p *state) init(c *Parser) {
	if y, ok := fullYear(c.Year); ok && c.Year != 0 {
		p.year = y
	}
	p.selfText = c.Self
}

// citing reads the citing cable's own id into self and selfID, and its
// year into year when Parser.Year gave none. It does so on first use,
// from the first cited cable on: most REF blocks give none.
func (p *state) citing() {
	if p.parsed {
		return
	}
	p.parsed = true
	if p.selfText == "" {
		return
	}
	if id, err := ParseID(p.selfText); err == nil {
		p.self = id
		if !id.IsZero() {
			p.selfID = id.String()
		}
		if p.year == 0 {
			p.year = id.Year
		}
	}
}

func (p *state) warn(line int, kind diag.Kind, msg string) {
	p.warnings = append(p.warnings, diag.Warning{Line: line, Part: warnPart, Field: warnField, Kind: kind, Message: msg})
}

// add appends a reference. A cited cable comes with its id written in id
// (nil when it has none): a citation of the cable itself or of an id
// the current item gave already is dropped, and the id string is made only for a
// reference that is kept.
func (p *state) add(r Reference, id []byte) {
	if len(id) > 0 {
		p.citing()
		if string(id) == p.selfID {
			p.warn(r.Line, WarnSelfReference, "reference to the cable itself dropped: "+string(id))
			return
		}
		if p.repeated(id, r.Label) {
			return
		}
		r.ID = string(id)
	}
	if len(p.refs) == cap(p.refs) {
		// room for one reference per item left in the block, at once
		p.refs = slices.Grow(p.refs, max(p.pending, 1))
	}
	p.refs = append(p.refs, r)
}

// repeated reports whether a reference with the given id was added
// already for the current item, or for the item of the same label of an
// earlier block (a REF block repeated in the cable). Each item yields its
// own references, so that two items citing the same cable are two
// references.
func (p *state) repeated(id []byte, label string) bool {
	for i, r := range p.refs {
		if r.ID == string(id) && (i >= p.itemFrom || (i < p.blockFrom && r.Label == label)) {
			return true
		}
	}
	return false
}
