package cable

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
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
func BenchmarkParseDocument(b *testing.B) {
	docs, n := benchTexts(b)
	p := &Parser{}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := p.ParseDocument(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/cable")
}

// BenchmarkCountLines is the reference point: it only scans the same
// bytes for line ends.
func BenchmarkCountLines(b *testing.B) {
	docs, n := benchTexts(b)
	b.SetBytes(n)
	b.ResetTimer()
	lines := 0
	for b.Loop() {
		for _, d := range docs {
			sc := bufio.NewScanner(bytes.NewReader([]byte(d.Text)))
			for sc.Scan() {
				lines++
			}
		}
	}
	_ = lines
}
