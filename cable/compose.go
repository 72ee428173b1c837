package cable

import (
	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/paragraph"
	"github.com/cablemeta/cablemeta/tags"
)

// setHeader keeps the header and moves its warnings to the cable's.
func (c *Cable) setHeader(h *header.Header) {
	c.Header = h
	c.Warnings = append(c.Warnings, h.Warnings...)
	h.Warnings = nil
}

func (c *Cable) setClassification(r *classification.Result) {
	if r == nil {
		return
	}
	c.Classification = r
	c.Warnings = append(c.Warnings, r.Warnings...)
	r.Warnings = nil
}

func (c *Cable) setTags(r *tags.Result) {
	if r == nil {
		return
	}
	c.Tags = r.Tags
	c.Warnings = append(c.Warnings, r.Warnings...)
	r.Warnings = nil
}

func (c *Cable) setBody(b *paragraph.Body) {
	if b == nil {
		return
	}
	c.Body = b
	c.Warnings = append(c.Warnings, b.Warnings...)
	b.Warnings = nil
}

// bannerOf returns the classification when it was read from a banner line
// (which carries origin, serial and section), else nil.
func bannerOf(r *classification.Result) *classification.Classification {
	if r == nil || r.Classification == nil || r.Classification.Source != classification.SourceBanner {
		return nil
	}
	return r.Classification
}
