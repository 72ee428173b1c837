package cable

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchTexts returns the decoded texts of the real test cables, so that
// the benchmarks measure parsing, not reading pages.
func benchTexts(b *testing.B) ([]Document, int64) {
	b.Helper()
	var docs []Document
	var n int64
	p := &Parser{}
	for _, name := range realCables(b) {
		data, err := os.ReadFile(filepath.Join("testdata/cables", name))
		if err != nil {
			b.Fatal(err)
		}
		for d, err := range p.Documents(bytes.NewReader(data), name) {
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, d)
			n += int64(len(d.Text))
		}
	}
	return docs, n
}

// BenchmarkParseDocument parses the decoded text of a realistic mix of
// real cables (old and new, received copies, fragments, multi-section).
// Besides MB/s and allocs/op it reports the figures per cable and per KB
// and the CPU-time throughput (see meter.report).
func BenchmarkParseDocument(b *testing.B) {
	docs, n := benchTexts(b)
	p := &Parser{}
	b.SetBytes(n)
	b.ReportAllocs()
	m := startMeter(b)
	for b.Loop() {
		for _, d := range docs {
			if _, err := p.ParseDocument(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	m.report(b, len(docs), n)
}

// BenchmarkParse is cable.Parse as users call it: format detection, the
// text reader and every part of the cable, over the same texts as
// BenchmarkParseDocument.
func BenchmarkParse(b *testing.B) {
	benchParse(b, &Parser{})
}

// BenchmarkParseText is BenchmarkParse with the format given
// (FormatText), so without detection: the difference between the two is
// what detection costs.
func BenchmarkParseText(b *testing.B) {
	benchParse(b, &Parser{Format: FormatText})
}

func benchParse(b *testing.B, p *Parser) {
	docs, n := benchTexts(b)
	b.SetBytes(n)
	b.ReportAllocs()
	m := startMeter(b)
	for b.Loop() {
		for _, d := range docs {
			c, err := p.Parse(strings.NewReader(d.Text))
			if c == nil {
				b.Fatal(err)
			}
		}
	}
	m.report(b, len(docs), n)
}

// BenchmarkCountLines is the reference point: it only scans the same
// bytes for line ends.
func BenchmarkCountLines(b *testing.B) {
	docs, n := benchTexts(b)
	b.SetBytes(n)
	lines := 0
	m := startMeter(b)
	for b.Loop() {
		for _, d := range docs {
			sc := bufio.NewScanner(strings.NewReader(d.Text))
			for sc.Scan() {
				lines++
			}
		}
	}
	m.report(b, len(docs), n)
	if lines == 0 {
		b.Fatal("no lines")
	}
}
