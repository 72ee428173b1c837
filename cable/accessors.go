package cable

import (
	"time"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/marking"
	"github.com/cablemeta/cablemeta/paragraph"
)

// The accessors below read one part of a cable. Each is safe on a nil
// *Cable and on a cable without the part: it then returns the zero value.

// ID returns the Cablegate reference id ("07BEIJING6403"), or "" when the
// text lacks the DTG year or the banner.
func (c *Cable) ID() string {
	if c == nil {
		return ""
	}
	return c.ReferenceID
}

// DTG returns the date-time group of the DTG line in UTC; for a media
// partner's copy whose header is replaced by a dateline ("Wednesday, 19
// November 2008, 06:43"), the dateline's time. It is the zero time when
// the text has neither.
func (c *Cable) DTG() time.Time {
	h := c.header()
	switch {
	case h == nil:
		return time.Time{}
	case h.DTG != nil && !h.DTG.Time.IsZero():
		return h.DTG.Time
	case h.Dateline != nil:
		return h.Dateline.Time
	}
	return time.Time{}
}

// Precedence returns the action precedence of the DTG line ("IMMEDIATE"),
// or "" when the cable has no DTG line.
func (c *Cable) Precedence() header.Precedence {
	if h := c.header(); h != nil && h.DTG != nil && !h.DTG.Time.IsZero() {
		return h.DTG.Precedence
	}
	return ""
}

// DayTime returns what is certain of the time of a cable without a DTG: the
// day of the month and the time of a received copy's PAGE line. It is nil
// when the cable has a DTG or dateline, or no PAGE line with a day.
func (c *Cable) DayTime() *DayTime {
	h := c.header()
	if h == nil || !c.DTG().IsZero() || h.Received == nil || h.Received.Page == nil || h.Received.Page.Day <= 0 {
		return nil
	}
	pg := h.Received.Page
	return &DayTime{Day: pg.Day, Hour: pg.Hour, Minute: pg.Minute, Raw: pg.Time, From: "PAGE line"}
}

// TransmissionID returns the FL1 line as written ("VZCZCXRO1249"), or "".
func (c *Cable) TransmissionID() string {
	if h := c.header(); h != nil {
		return h.TransmissionID.String()
	}
	return ""
}

// From returns the originator's plain-language address of the FM line
// ("AMEMBASSY BEIJING"), or "".
func (c *Cable) From() string {
	if h := c.header(); h != nil && h.From != nil {
		return h.From.Name
	}
	return ""
}

// To returns the action addressees (TO lines).
func (c *Cable) To() []header.Addressee {
	if h := c.header(); h != nil {
		return h.To
	}
	return nil
}

// Info returns the information addressees (INFO lines).
func (c *Cable) Info() []header.Addressee {
	if h := c.header(); h != nil {
		return h.Info
	}
	return nil
}

// Exempt returns the exempted addressees (XMT lines).
func (c *Cable) Exempt() []header.Addressee {
	if h := c.header(); h != nil {
		return h.Exempt
	}
	return nil
}

// Level returns the overall classification level (from the banner, or the
// captions when there is no banner), or [marking.LevelUnknown].
func (c *Cable) Level() marking.Level {
	if k := c.class(); k != nil {
		return k.Level
	}
	return marking.LevelUnknown
}

// Caveats returns the handling caveats of the overall classification
// ("NOFORN", "SIPDIS"), as written.
func (c *Cable) Caveats() []string {
	if k := c.class(); k != nil {
		return k.Caveats
	}
	return nil
}

// Declassification returns the E.O. line, or nil.
func (c *Cable) Declassification() *classification.Declassification {
	if c == nil || c.Classification == nil {
		return nil
	}
	return c.Classification.Declassification
}

// ClassifiedBy returns the "Classified By" line, or nil.
func (c *Cable) ClassifiedBy() *classification.ClassifiedBy {
	if c == nil || c.Classification == nil {
		return nil
	}
	return c.Classification.ClassifiedBy
}

// Captions returns the handling lines between the banner and the E.O.
// line ("NOFORN", "SIPDIS", "STATE FOR EAP/CM").
func (c *Cable) Captions() []classification.Caption {
	if c == nil || c.Classification == nil {
		return nil
	}
	return c.Classification.Captions
}

// Subject returns the SUBJECT line without its portion marking, wrapped
// lines joined ("SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO MANDATE"),
// or "".
func (c *Cable) Subject() string { return c.body().SubjectText() }

// SubjectTitle returns the subject in title case with acronyms kept
// ("SCO Secretariat, PRC Scholars Disagree on SCO Mandate"), or "".
func (c *Cable) SubjectTitle() string {
	if b := c.body(); b != nil {
		return b.SubjectTitle
	}
	return ""
}

// Paragraphs returns the numbered paragraphs of the body.
func (c *Cable) Paragraphs() []paragraph.Paragraph {
	if b := c.body(); b != nil {
		return b.Paragraphs
	}
	return nil
}

// Summary returns the text of the SUMMARY span, or "".
func (c *Cable) Summary() string {
	if b := c.body(); b != nil {
		return b.Summary
	}
	return ""
}

// Comment returns the text of the COMMENT spans, or "".
func (c *Cable) Comment() string {
	if b := c.body(); b != nil {
		return b.Comment
	}
	return ""
}

// Signers returns the surnames at the end of the cable.
func (c *Cable) Signers() []string {
	if b := c.body(); b != nil {
		return b.Signers
	}
	return nil
}

func (c *Cable) header() *header.Header {
	if c == nil {
		return nil
	}
	return c.Header
}

func (c *Cable) body() *paragraph.Body {
	if c == nil {
		return nil
	}
	return c.Body
}

func (c *Cable) class() *classification.Classification {
	if c == nil || c.Classification == nil {
		return nil
	}
	return c.Classification.Classification
}
