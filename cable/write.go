package cable

import (
	"errors"
	"fmt"
	"io"
)

// Layout names a text layout that [Writer] writes. The layouts are the ones
// the readers of this package read back.
type Layout string

// The layouts a Writer writes.
const (
	// LayoutCablegate is the plain text of a Cablegate (SIPRNet/NCD)
	// telegram: the VZCZC header block (FL1-FL4, DTG, FM, TO, INFO, XMT),
	// a blank line, then the body from the spaced banner to the signer,
	// with page-break lines ("BEIJING 00006403 002 OF 003") between
	// sections (docs/body.md#page-breaks).
	LayoutCablegate Layout = "cablegate"
	// LayoutReceivedCopy is an AUTODIN/TERP received-copy printout:
	// classification line, "PAGE 01 ..." line, ACTION and INFO office
	// lines, dashed control line, DTG/FM/TO/INFO without routing
	// indicators, then the body, with page frames every
	// Writer.PageLines lines (docs/header.md#received-copies).
	LayoutReceivedCopy Layout = "received-copy"
)

// String returns the layout name.
func (l Layout) String() string { return string(l) }

// ErrWrite is wrapped by the errors of [Writer.Write] for a cable that
// cannot be written in the asked layout (nil cable, unknown layout,
// malformed reference id, too many sections).
var ErrWrite = errors.New("cannot write cable")

// DefaultWidth is the wrap width of a Writer whose Width is 0: telegram
// lines are at most 69 characters.
const DefaultWidth = 69

// Writer writes cables as telegram text: the reverse of [Parser]. Its
// zero value writes the Cablegate layout, wrapped at DefaultWidth, in one
// section. A Writer holds options only and is safe for concurrent use.
type Writer struct {
	// Layout is the layout to write; "" means LayoutCablegate.
	Layout Layout
	// Width is the column at which SUBJECT, REF, Classified By and
	// paragraph text wrap; 0 means DefaultWidth. Values below 30 are
	// raised to 30.
	Width int
	// Sections is the number of sections the telegram is split into
	// (banner "SECTION 01 OF 03", page-break lines or repeated received
	// copy headers). 0 derives it from SectionLines; 1 writes one
	// section. At most 99.
	Sections int
	// SectionLines is the number of body lines per section when Sections
	// is 0; 0 (or less) means no split.
	SectionLines int
	// PageLines is the number of body lines of a received-copy page
	// before a page frame (classification footer and header, "PAGE 02"
	// line); 0 means 50, a negative value writes no frames.
	PageLines int
}

// Write writes c as telegram text in the layout wr.Layout. The text
// encodes the cable's values so that [Parse] reads them back:
//
//   - header: TransmissionID (FL1), HeaderDetails.Relay (FL2, else the
//     precedence prosign and RUEHWEB), the DE line (routing indicator of
//     HeaderDetails.DE or of the FM line, serial = last four digits of
//     the banner serial, day of year and time of the DTG, unless
//     HeaderDetails.DE gives them), the security line (from the level),
//     the DTG line (Precedence, DTG), FM, TO, INFO, XMT;
//   - body: the banner (level, caveats, section, origin and serial from
//     ReferenceID and From), Captions (a NOFORN caption is added for a
//     NOFORN caveat), the E.O. line (Declassification), TAGS, SUBJECT,
//     REF (References), Classified By, the numbered Paragraphs with their
//     markings and headings (SUMMARY and END SUMMARY are written into
//     paragraph 1 when Summary is set and no paragraph holds it) and the
//     Signers.
//
// Values the cable lacks are left out: without a TransmissionID the header
// starts at the DTG line (the 1966-2002 shape); without a DTG there is no
// header. Write never guesses metadata: the values it derives (the DE
// line's serial and day, the security characters, FL2) come from the
// cable's own fields. It returns an error wrapping ErrWrite when c is nil,
// the layout is unknown, or the ReferenceID is malformed; otherwise only
// the errors of w.
func (wr *Writer) Write(w io.Writer, c *Cable) error {
	s, err := wr.Text(c)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, s)
	return err
}

// Text is like [Writer.Write] but returns the text.
func (wr *Writer) Text(c *Cable) (string, error) {
	if c == nil {
		return "", fmt.Errorf("%w: nil cable", ErrWrite)
	}
	var opt Writer
	if wr != nil {
		opt = *wr
	}
	f, err := newFormatter(c, opt)
	if err != nil {
		return "", err
	}
	switch f.opt.Layout {
	case LayoutCablegate:
		return f.cablegate(), nil
	case LayoutReceivedCopy:
		return f.receivedCopy(), nil
	}
	return "", fmt.Errorf("%w: unknown layout %q", ErrWrite, opt.Layout)
}

// Write writes c in the Cablegate layout with the zero Writer.
func Write(w io.Writer, c *Cable) error {
	return (&Writer{}).Write(w, c)
}
