package tags

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// trimWordCases are words with and without punctuation at their ends.
var trimWordCases = []string{
	"", "PGOV", "PGOV.", "(PGOV)", "\"PREL,\"", "A", ".", "+", "&", "R&D", "+X+", "PGOV\xff", "\xffPGOV",
	"ÉTAT", "ÉTAT.", ".ÉTAT", "PREL¶", "¶PREL", "X-", "-X", "7", "_", "K_", "ﬁ", "Ⅻ", "١٢",
}

// TestTrimWord: trimWord gives what trimWordRunes, the rule its ASCII
// test shortcuts, gives.
func TestTrimWord(t *testing.T) {
	for _, w := range trimWordCases {
		assert.Equal(t, trimWordRunes(w), trimWord(w), "trimWord(%q)", w)
	}
	assert.Equal(t, "PGOV", trimWord("(PGOV.)"))
}

// FuzzTrimWord: trimWord gives what trimWordRunes gives, on any input.
func FuzzTrimWord(f *testing.F) {
	for _, w := range trimWordCases {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := trimWord(w), trimWordRunes(w); got != want {
			t.Fatalf("trimWord(%q) = %q, trimWordRunes gives %q", w, got, want)
		}
	})
}
