package header

import "github.com/cablemeta/cablemeta/diag"

// Header is the decoded telegraphic header of one cable. Fields are nil or
// empty when the corresponding line is absent.
type Header struct {
	TransmissionID *TransmissionID `json:"transmission_id,omitempty"` // FL1
	Relay          *Relay          `json:"relay,omitempty"`           // FL2
	DE             *DELine         `json:"de,omitempty"`              // FL3
	Security       *SecurityLine   `json:"security,omitempty"`        // FL4
	DTG            *DTG            `json:"dtg,omitempty"`             // FL5
	From           *Addressee      `json:"from,omitempty"`            // FL6
	To             []Addressee     `json:"to,omitempty"`              // FL7
	Info           []Addressee     `json:"info,omitempty"`            // FL8
	Exempt         []Addressee     `json:"xmt,omitempty"`             // FL9 (XMT)
	Received       *ReceivedCopy   `json:"received,omitempty"`        // received-copy preamble (§8)
	// Dateline is a media-partner dateline ("Wednesday, 19 November 2008,
	// 06:43") found before the body or right after the header block. It is
	// not a header line: Found does not count it.
	Dateline *Dateline `json:"dateline,omitempty"`
	// Partial is set when the text says "This record is a partial extract
	// of the original cable"; such records usually have no header.
	Partial bool `json:"partial,omitempty"`
	// StartLine and EndLine are the first and last line of the header block
	// (1-based, in the caller's coordinates); 0 when no header was found.
	StartLine int       `json:"start_line,omitempty"`
	EndLine   int       `json:"end_line,omitempty"`
	Warnings  diag.List `json:"warnings,omitempty"`
}

// Found reports whether a header (any format line, DTG, addressee or
// received-copy preamble) was found.
func (h *Header) Found() bool {
	if h == nil {
		return false
	}
	return h.TransmissionID != nil || h.Relay != nil || h.DE != nil || h.Security != nil ||
		h.DTG != nil || h.From != nil || len(h.To) > 0 || len(h.Info) > 0 || len(h.Exempt) > 0 ||
		h.Received != nil
}

// Parser parses headers. Its zero value is ready to use; it is never
// modified by parsing, so one Parser may be used from many goroutines.
type Parser struct {
	// Strict turns the first warning into an error (a *diag.ParseError
	// wrapping a *diag.StrictError). The partially filled header is still
	// returned. Default false.
	Strict bool
	// FirstLine is the line number of the first line of the text given to
	// Parse; 0 means 1. Line numbers in the result are offset by it.
	FirstLine int
}

// Parse finds and decodes the header in text with a zero [Parser].
func Parse(text string) (*Header, error) {
	return (&Parser{}).Parse(text)
}

// Parse finds the telegraphic header in text (a whole cable or just its
// header) and decodes it. A text without a header is not an error: the
// result then has Found() == false. Problems in individual lines become
// warnings; with Strict set the first one is returned as an error too.
func (p *Parser) Parse(text string) (*Header, error) {
	s := scanner{h: &Header{}}
	return p.parse(&s, text)
}

// parse is Parse with the scanner s, which holds a new Header.
func (p *Parser) parse(s *scanner, text string) (*Header, error) {
	first := p.FirstLine
	if first < 1 {
		first = 1
	}
	s.run(lineReader{text: text, num: first})
	s.finish()
	s.sortWarnings()
	h := s.h
	if p.Strict && len(h.Warnings) > 0 {
		return h, diag.Strict(h.Warnings[0])
	}
	return h, nil
}
