package cable

import (
	"strconv"
	"strings"
)

// Source tells where a cable was read from. Path is the name given to
// [Parser.Documents] (a file path for [Parser.ParseDir]), Format the
// wrapper it was found in, Row the 1-based record number in a cables.csv
// input, Offset the byte offset of the cable's first byte in the input
// (for CSV rows and concatenated text files) and Line the 1-based line of
// that byte, for text inputs.
type Source struct {
	Path   string
	Format Format
	Row    int
	Offset int64
	Line   int
}

// String formats the source as "path", "path row 12" or "path line 40"
// ("-" stands for an unnamed input).
func (s Source) String() string {
	var b strings.Builder
	if s.Path == "" {
		b.WriteString("-")
	} else {
		b.WriteString(s.Path)
	}
	if s.Row > 0 {
		b.WriteString(" row ")
		b.WriteString(strconv.Itoa(s.Row))
	} else if s.Line > 1 {
		b.WriteString(" line ")
		b.WriteString(strconv.Itoa(s.Line))
	}
	return b.String()
}
