package cable

import (
	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/paragraph"
	"github.com/cablemeta/cablemeta/refs"
	"github.com/cablemeta/cablemeta/tags"
)

// setHeader copies the header's values into the cable's top-level fields.
func (c *Cable) setHeader(h *header.Header) {
	c.Header = h
	d := &HeaderDetails{
		TransmissionID: h.TransmissionID,
		Relay:          h.Relay,
		DE:             h.DE,
		Security:       h.Security,
		DTG:            h.DTG,
		From:           h.From,
		Dateline:       h.Dateline,
		Received:       h.Received,
		Partial:        h.Partial,
		StartLine:      h.StartLine,
		EndLine:        h.EndLine,
	}
	c.HeaderDetails = d
	if h.TransmissionID != nil {
		c.TransmissionID = h.TransmissionID.String()
	}
	if h.DTG != nil && !h.DTG.Time.IsZero() {
		t := h.DTG.Time
		c.DTG = &t
		c.Precedence = h.DTG.Precedence
	} else if h.Dateline != nil && !h.Dateline.Time.IsZero() {
		// Media-partner copies replace the header with a dateline that
		// renders the DTG in UTC (cable-format.md §1 item 5, §3).
		t := h.Dateline.Time
		c.DTG = &t
	} else if h.Received != nil && h.Received.Page != nil && h.Received.Page.Day > 0 {
		pg := h.Received.Page
		c.DayTime = &DayTime{Day: pg.Day, Hour: pg.Hour, Minute: pg.Minute, Raw: pg.Time, From: "PAGE line"}
	}
	if h.From != nil {
		c.From = h.From.Name
	}
	c.To, c.Info, c.Exempt = h.To, h.Info, h.Exempt
	c.Warnings = append(c.Warnings, h.Warnings...)
}

func (c *Cable) setClassification(r *classification.Result) {
	if r == nil {
		return
	}
	c.Classification = r.Classification
	c.Declassification = r.Declassification
	c.ClassifiedBy = r.ClassifiedBy
	c.Captions = r.Captions
	c.Warnings = append(c.Warnings, r.Warnings...)
}

func (c *Cable) setTags(r *tags.Result) {
	if r == nil {
		return
	}
	c.Tags = r.Tags
	c.Warnings = append(c.Warnings, r.Warnings...)
}

func (c *Cable) setBody(b *paragraph.Body) {
	if b == nil {
		return
	}
	c.Body = b
	c.Subject = b.SubjectText()
	c.SubjectMarking = b.SubjectMarking
	c.SubjectTitle = b.SubjectTitle
	c.Paragraphs = b.Paragraphs
	c.Summary = b.Summary
	c.Comment = b.Comment
	c.Signers = b.Signers
	c.Warnings = append(c.Warnings, b.Warnings...)
}

// setReferenceID builds the Cablegate id from the DTG year and the banner's
// origin and serial. Without a year or a banner there is no id: it is never
// guessed from other parts.
func (c *Cable) setReferenceID(year int, r *classification.Result) {
	b := bannerOf(r)
	if year == 0 || b == nil || b.Origin == "" || b.SerialNumber == 0 {
		return
	}
	id, err := refs.MakeID(year, b.Origin, b.SerialNumber)
	if err != nil {
		c.addWarning(diag.Warning{Line: b.Line, Part: "cable", Field: "reference id", Kind: WarnInvalidReferenceID, Message: err.Error()})
		return
	}
	c.ReferenceID = id.String()
}

// bannerOf returns the classification when it was read from a banner line
// (which carries origin, serial and section), else nil.
func bannerOf(r *classification.Result) *classification.Classification {
	if r == nil || r.Classification == nil || r.Classification.Source != classification.SourceBanner {
		return nil
	}
	return r.Classification
}
