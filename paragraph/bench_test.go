package paragraph

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func benchInput(b *testing.B) string {
	files, _ := filepath.Glob(filepath.Join("testdata", "cables", "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteString("\x00")
	}
	return sb.String()
}

// BenchmarkParse parses every test cable once per iteration.
func BenchmarkParse(b *testing.B) {
	cables := strings.Split(benchInput(b), "\x00")
	n := 0
	for _, c := range cables {
		n += len(c)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cables {
			if _, err := Parse(c); err != nil && strings.TrimSpace(c) != "" {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkParseSubject(b *testing.B) {
	in := fixtureText(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ParseSubject(in)
	}
}

func BenchmarkParseSigners(b *testing.B) {
	in := fixtureText(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		ParseSigners(in)
	}
}

func BenchmarkTitle(b *testing.B) {
	in := "SLOW PROGRESS ON ITALY-LIBYA COLONIAL COMPENSATION TREATY A SIGN OF GOL'S \"CORSAIR MENTALITY\""
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Title(in)
	}
}
