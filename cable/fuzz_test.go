package cable

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseString checks whole-cable parsing for properties, not only for
// the absence of panics: the JSON output is valid UTF-8, every line number
// lies inside the input, parsing is deterministic, and CRLF line ends give
// the same result as LF in UTF-8 text.
func FuzzParseString(f *testing.F) {
	for _, name := range []string{"07BEIJING6403.md"} {
		data, err := os.ReadFile(filepath.Join("testdata/cables", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add("R 250930Z FEB 72\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC 1164\n\nUNCLASSIFIED TEHRAN 1164\n\nSUBJ: X\n\n1. TEXT.\n\nHELMS\n")
	f.Add("TAGS: PREL, PGOV\nSUBJECT: (C) A\nREF: A. STATE 1 B. 08BEIJING1234\n¶1. (S//NF) B\nEND SUMMARY\n")
	p := &Parser{}
	f.Fuzz(func(t *testing.T, s string) {
		c1, err1 := p.ParseString(s)
		c2, err2 := p.ParseString(s)
		j1, j2 := mustJSON(t, c1), mustJSON(t, c2)
		if j1 != j2 || (err1 == nil) != (err2 == nil) {
			t.Fatalf("not deterministic:\n%s\n%s", j1, j2)
		}
		if !utf8.ValidString(j1) {
			t.Fatalf("output is not valid UTF-8: %q", j1)
		}
		if c1 == nil {
			return
		}
		lines := strings.Count(s, "\n") + strings.Count(s, "\r") + 1
		for _, w := range c1.Warnings {
			if w.Line < 0 || w.Line > lines {
				t.Fatalf("warning line %d outside the input (%d lines): %v", w.Line, lines, w)
			}
		}
		for _, pg := range c1.Paragraphs() {
			if pg.Line < 1 || pg.Line > lines {
				t.Fatalf("paragraph line %d outside the input (%d lines)", pg.Line, lines)
			}
		}
		if !strings.Contains(s, "\r") && utf8.ValidString(s) { // (decoding warnings count bytes)
			crlf, _ := p.ParseString(strings.ReplaceAll(s, "\n", "\r\n"))
			if crlf != nil {
				crlf.Source.Offset = c1.Source.Offset // a byte offset: CRs move it
			}
			if jc := mustJSON(t, crlf); jc != j1 {
				t.Fatalf("CRLF changes the result:\nLF:   %s\nCRLF: %s", j1, jc)
			}
		}
	})
}

func mustJSON(t *testing.T, c *Cable) string {
	t.Helper()
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
