package tags

import (
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/stretchr/testify/assert"
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

// mayStopWords is mayStop as it was before it read s in one pass: a
// case-blind search for each word.
func mayStopWords(s string) bool {
	for _, w := range [...]string{"subj", "ref", "classified", "page"} {
		if textutil.IndexFold(s, w) >= 0 {
			return true
		}
	}
	return false
}

// mayStopCases hold the words, pieces of them and look-alikes.
var mayStopCases = []string{
	"", "su", "sub", "subj", "SUBJ", "sUbJ", "re", "ref", "REF", "PREF", "classifie", "CLASSIFIED", "pag", "PAGE", "pAgE",
	"TAGS: PREL, PGOV", "TAGS: EFIN, PAGEANT", "ſubj", "s\x00bj", "3UBJ", "\x13UBJ", "SUB\nJ", "P\xc3\xa1GE", "xxxref",
}

func TestMayStop(t *testing.T) {
	for _, s := range mayStopCases {
		assert.Equal(t, mayStopWords(s), mayStop(s), "mayStop(%q)", s)
	}
}

// FuzzMayStop: mayStop answers as the search for each word does.
func FuzzMayStop(f *testing.F) {
	for _, s := range mayStopCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := mayStop(s), mayStopWords(s); got != want {
			t.Fatalf("mayStop(%q) = %v, the search for each word says %v", s, got, want)
		}
	})
}

func TestTrimLineEnd(t *testing.T) {
	for _, s := range []string{"", " ", "X", "X \t\r\n", "\n X", "X\v", "X\u00a0", "é \n", "X\r\r"} {
		assert.Equal(t, strings.TrimRight(s, " \t\r\n"), trimLineEnd(s), "trimLineEnd(%q)", s)
	}
}
