package tags

import (
	"strings"
	"testing"
)

// refRawText is rawText as it was before mayStop: cutValue over the
// upper-cased text, always.
func refRawText(raw []string) string {
	s := strings.Join(raw, "\n")
	if kept, cut, _ := cutValue(asciiUpper(s)); cut {
		s = s[:len(kept)]
	}
	return strings.TrimRight(s, " \t\r\n")
}

// rawTextCases are TAGS texts with and without a stop word, in either case.
var rawTextCases = []string{
	"", "TAGS: PREL, PGOV", "Tags: prel, pgov Subject: x", "TAGS: PREL\nPGOV SUBJ : X", "tags: prel refs: a",
	"TAGS: PREL, Classified  by X", "TAGS: PHUM, unclassified page 2 x", "TAGS: PREL page 02 rome 01234 x",
	"TAGS: EFIN, PAGEANT", "TAGS: subjx ref", "TAGS: ſubject", "TAGS: X \n\t",
}

func TestRawText(t *testing.T) {
	for _, s := range rawTextCases {
		raw := strings.Split(s, "\n")
		if got, want := rawText(raw), refRawText(raw); got != want {
			t.Errorf("rawText(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzRawText: mayStop never skips a cut that cutValue over the
// upper-cased text would make.
func FuzzRawText(f *testing.F) {
	for _, s := range rawTextCases[:4] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		raw := strings.Split(s, "\n")
		if got, want := rawText(raw), refRawText(raw); got != want {
			t.Fatalf("rawText(%q) = %q, want %q", s, got, want)
		}
	})
}
