package header

import (
	"strings"
	"testing"
)

// indexBlankCases are header words and lines with and without blanks.
var indexBlankCases = []string{"", "FM", "FM AMEMBASSY", "INFO\tRUEHC", " X", "X ", "\u00a0X Y", "\xff\t", "ÉTÉ ÉTÉ", "RUEHC/SECSTATE"}

func TestIndexBlank(t *testing.T) {
	for _, s := range indexBlankCases {
		if got, want := indexBlank(s), strings.IndexAny(s, " \t"); got != want {
			t.Errorf("indexBlank(%q) = %d, IndexAny says %d", s, got, want)
		}
	}
}

// FuzzIndexBlank: indexBlank finds what strings.IndexAny(s, " \t") finds.
func FuzzIndexBlank(f *testing.F) {
	for _, s := range indexBlankCases[:4] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexBlank(s), strings.IndexAny(s, " \t"); got != want {
			t.Fatalf("indexBlank(%q) = %d, IndexAny says %d", s, got, want)
		}
	})
}
