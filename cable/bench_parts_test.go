package cable

import (
	"testing"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/paragraph"
	"github.com/cablemeta/cablemeta/refs"
	"github.com/cablemeta/cablemeta/tags"
)

// BenchmarkParts runs each part parser that ParseDocument calls on what
// ParseDocument hands it (the whole text to the header parser, the text
// after the header to the others), over the real mix of
// BenchmarkParseDocument, so that the cost of each part shows on its own.
// MB/s are per byte of the whole cable text in every sub-benchmark.
func BenchmarkParts(b *testing.B) {
	docs, n := benchTexts(b)
	type cut struct {
		text, body  string
		first, year int
	}
	cuts := make([]cut, len(docs))
	for i, d := range docs {
		c := cut{text: d.Text, body: d.Text, first: 1}
		if h, _ := header.Parse(d.Text); h != nil && h.Found() && h.EndLine > 0 {
			c.body, c.first = cutAfterLine(d.Text, h.EndLine)
			if h.DTG != nil {
				c.year = h.DTG.Time.Year()
			}
		}
		cuts[i] = c
	}
	parts := []struct {
		name string
		fn   func(c cut)
	}{
		{"header", func(c cut) { _, _ = (&header.Parser{}).Parse(c.text) }},
		{"classification", func(c cut) { _, _ = (&classification.Parser{FirstLine: c.first}).Parse(c.body) }},
		{"tags", func(c cut) { _, _ = (&tags.Parser{FirstLine: c.first}).ParseResult(c.body) }},
		{"paragraph", func(c cut) { _, _ = (&paragraph.Parser{FirstLine: c.first}).Parse(c.body) }},
		{"references", func(c cut) { _, _ = (&refs.Parser{Year: c.year, FirstLine: c.first}).Parse(c.body) }},
	}
	for _, pt := range parts {
		b.Run(pt.name, func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			m := startMeter(b)
			for b.Loop() {
				for _, c := range cuts {
					pt.fn(c)
				}
			}
			m.report(b, len(cuts), n)
		})
	}
}
