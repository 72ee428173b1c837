package paragraph

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTidyLineFastPaths checks the byte-level shortcuts of tidyLine
// against the rune-level rules they stand for.
func TestTidyLineFastPaths(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1. (C) Plain text.", "1. (C) Plain text."},
		{"trailing blanks \t ", "trailing blanks"},
		{"continued \\", "continued"},
		{"continued\\  ", "continued"},
		{"#### Heading", "Heading"},
		{"tab\tinside", "tab\tinside"},
		{"bell\x07here", "bell here"},
		{"del\x7fhere", "del here"},
		{"next\u0085line", "next line"},
		{"¶3. pilcrow kept\u00a0", "¶3. pilcrow kept"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tidyLine(tt.in), "%q", tt.in)
		assert.Equal(t, strings.ContainsFunc(tt.in, isControl), hasControl(strings.ToValidUTF8(tt.in, "\uFFFD")), "%q", tt.in)
	}
}

// FuzzTidyLine checks tidyLine's shortcuts against tidyRunes, the rules
// applied to the whole line.
func FuzzTidyLine(f *testing.F) {
	for _, s := range []string{"plain", "blank \t", "cont \\", "## h", "a\x07b", "n\u0085l", "¶\u00a0", "\xc2", "\xc2\x85"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s, _, _ = strings.Cut(s, "\n") // one line, as splitLines hands it
		if got, want := tidyLine(s), tidyRunes(s); got != want {
			t.Fatalf("tidyLine(%q) = %q, want %q", s, got, want)
		}
	})
}
