package cable

import (
	"io"
	"iter"
)

// Cables reads an input of any supported format (see [Parser.Documents])
// and parses each cable in it with [Parser.ParseDocument], in input
// order. name is the input's name (Source.Path). A cable that cannot be
// read or parsed is yielded with its error — the partial *Cable when there
// is one, else nil — and the stream goes on. It returns a single-use
// iterator.
func (p *Parser) Cables(r io.Reader, name string) iter.Seq2[*Cable, error] {
	return func(yield func(*Cable, error) bool) {
		for doc, err := range p.Documents(r, name) {
			if err != nil {
				if !yield(nil, err) {
					return
				}
				continue
			}
			if !yield(p.ParseDocument(doc)) {
				return
			}
		}
	}
}
