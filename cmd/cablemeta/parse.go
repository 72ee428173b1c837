package main

import "github.com/cablemeta/cablemeta/cable"

// parseDocument parses one document with p and reports its warnings.
func parseDocument(p *cable.Parser) parseFunc {
	return func(doc cable.Document) (*cable.Cable, int, error) {
		c, err := p.ParseDocument(doc)
		if c == nil {
			return nil, len(doc.Warnings), err
		}
		return c, len(c.Warnings), err
	}
}
