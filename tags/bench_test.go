package tags

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchCable is a whole cable body: the real preamble excerpts of testdata
// followed by paragraphs, so that the scan of a realistic body is measured.
func benchCable(b *testing.B) string {
	b.Helper()
	in, err := os.ReadFile(filepath.Join("testdata", "cables", "06PARTO9.txt"))
	if err != nil {
		b.Fatal(err)
	}
	para := "\n1. (C) SUMMARY: THE SECRETARY MET THE PRIME MINISTER ON MARCH 3 TO DISCUSS THE SITUATION IN THE REGION.\n"
	return "UNCLASSIFIED\n\nSIPDIS\n\n" + string(in) + strings.Repeat(para, 40)
}

func BenchmarkParse(b *testing.B) {
	in := benchCable(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseLine(b *testing.B) {
	in := "TAGS: OVIP RICE CONDOLEEZZA PREL PHSA SP KV CU BL, IS, PHUMPGOV, HUMAN RIGHTS"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseLine(in); err != nil {
			b.Fatal(err)
		}
	}
}
