package classification

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// cbParaNumRE is the pattern paraNumLen reads by hand.
var cbParaNumRE = regexp.MustCompile(`^\d{1,2}\s*\.\s*`)

// paraNumCases are texts on both sides of cbParaNumRE.
var paraNumCases = []string{"1. (C) Classified by", "12 . x", "123. x", "1.", "1 \t.\n x", "1", "1x.", ". 1", "", "01.2", "1.\u00a0x"}

// checkParaNumLen compares paraNumLen with cbParaNumRE on s.
func checkParaNumLen(t *testing.T, s string) {
	t.Helper()
	want := 0
	if m := cbParaNumRE.FindStringIndex(s); m != nil {
		want = m[1]
	}
	if got := paraNumLen(s); got != want {
		t.Fatalf("paraNumLen(%q) = %d, cbParaNumRE says %d", s, got, want)
	}
}

func TestParaNumLen(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"1. (C) Classified by", 3},
		{"12 . x", 5},
		{"123. x", 0}, // three digits: no paragraph number
		{"1.", 2},
		{"1x.", 0},
		{"", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, paraNumLen(tt.in), "%q", tt.in)
	}
	for _, s := range paraNumCases {
		checkParaNumLen(t, s)
	}
}

// FuzzParaNumLen: paraNumLen matches as cbParaNumRE does.
func FuzzParaNumLen(f *testing.F) {
	for _, s := range paraNumCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkParaNumLen(t, s)
	})
}
