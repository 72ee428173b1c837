package classification

import (
	"os"
	"path/filepath"
	"testing"
)

func loadCables(b *testing.B) []string {
	b.Helper()
	files, err := filepath.Glob("testdata/cables/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatal("no testdata")
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(data))
	}
	return out
}

func BenchmarkParse(b *testing.B) {
	cables := loadCables(b)
	n := 0
	for _, c := range cables {
		n += len(c)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range cables {
			if _, err := Parse(c); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkParseBanner(b *testing.B) {
	in := "C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 006403"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		ParseBanner(in)
	}
}

func BenchmarkParseClassifiedBy(b *testing.B) {
	in := "Classified By: Political Minister Counselor Aubrey Carlson. Reasons 1.4 (b/d).\n\n1. (C) Summary."
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		ParseClassifiedBy(in)
	}
}

func BenchmarkParseEO(b *testing.B) {
	in := "E.O. 12958: DECL: 09/28/2032 TAGS: PREL PGOV"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		ParseEO(in)
	}
}
