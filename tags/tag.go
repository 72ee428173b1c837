package tags

import "github.com/cablemeta/cablemeta/diag"

// Tag is one TAGS code of a cable.
type Tag struct {
	// Code is the canonical, upper-case code: "PGOV", "CH", "HUMAN RIGHTS",
	// or a personal name "SURNAME, GIVEN".
	Code string `json:"code"`
	// Kind is the category of the code.
	Kind Kind `json:"kind"`
	// Meaning is the catalog meaning of the code, when known.
	Meaning string `json:"meaning,omitempty"`
	// Raw is the text as written (upper-cased) when it differs from Code:
	// "POGOV" for PGOV, "PHUMPGOV" for both PHUM and PGOV.
	Raw string `json:"raw,omitempty"`
}

// String returns the code.
func (t Tag) String() string { return t.Code }

// Result is everything Parser.ParseResult finds about the TAGS of a cable.
type Result struct {
	// Tags are the codes in order of appearance, without duplicates.
	Tags []Tag `json:"tags"`
	// Line is the line of the TAGS keyword (or of the tags themselves when
	// the keyword is missing); 0 when no TAGS line was found.
	Line int `json:"line,omitempty"`
	// EndLine is the last line of the TAGS value (continuation lines).
	EndLine int `json:"end_line,omitempty"`
	// Label is the keyword as written ("TAGS", "Tags", "TAGE"); empty when
	// it is missing.
	Label string `json:"label,omitempty"`
	// Raw is the TAGS text as written, keyword included, lines joined with
	// "\n", without what follows on the SUBJECT line.
	Raw string `json:"raw,omitempty"`
	// Warnings lists what was repaired or skipped.
	Warnings diag.List `json:"warnings,omitempty"`
}

// Codes returns the codes of the tags.
func (r *Result) Codes() []string {
	out := make([]string, len(r.Tags))
	for i, t := range r.Tags {
		out[i] = t.Code
	}
	return out
}
