package refs

// Kind classifies a [Reference]. The values follow the reference kinds of
// the Python peer (cable, email, book, tel, report) plus "other".
type Kind string

// Reference kinds.
const (
	// Cable is a citation of another telegram ("STATE 12345"); ID is its
	// id, or "" when no year is known for it.
	Cable Kind = "cable"
	// Email is an e-mail ("GUHA-CARTER E-MAIL (07SEP07)").
	Email Kind = "email"
	// Tel is a telephone conversation or teleconference ("TELCON 3/4").
	Tel Kind = "tel"
	// Book is a handbook or regulation section ("7 FAM 180").
	Book Kind = "book"
	// Report is a report ("OSC EUP20080707950031", "TD-314/65216-07",
	// "2004 HUMAN RIGHTS REPORT FOR PANAMA").
	Report Kind = "report"
	// Other is any other item of a REF block ("SECDEF MSG DTG 301601z
	// SEP 08", "EXP.LIC. D328589").
	Other Kind = "other"
)

// A Reference is one item of a REF block: a cited cable, or a non-cable
// document kept with its kind and text.
type Reference struct {
	Label string `json:"label,omitempty"` // item letter or number as enumerated: "A", "1"
	ID    string `json:"id,omitempty"`    // canonical cable id; "" for non-cable items
	Kind  Kind   `json:"kind"`
	Text  string `json:"text"`           // the item's text as written, spaces collapsed
	Line  int    `json:"line,omitempty"` // line of the item, in the caller's coordinates
}
