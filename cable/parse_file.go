package cable

import (
	"io"
	"os"

	"github.com/cablemeta/cablemeta/diag"
)

// ParseFile reads one cable from the file at path with the default
// options (see [Parser.ParseFile]).
func ParseFile(path string) (*Cable, error) {
	return (&Parser{}).ParseFile(path)
}

// ParseFile reads one cable from the file at path, as [Parser.Parse]
// does: the format is detected, a gzip, bzip2, zip or tar file is read
// through (its one cable), and path is the cable's Source.Path and the
// Path of every *diag.ParseError, including the one of a file that cannot be
// opened.
func (p *Parser) ParseFile(path string) (*Cable, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &diag.ParseError{Path: path, Err: err}
	}
	defer f.Close()
	return p.parseNamed(f, path)
}

// readerName returns the name of r when it has one (an *os.File), else "".
func readerName(r io.Reader) string {
	if n, ok := r.(interface{ Name() string }); ok {
		return n.Name()
	}
	return ""
}
