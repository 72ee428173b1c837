package textutil

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHasDigitRun(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want bool
	}{
		{"BEIJING 00006403 002 OF 003", 8, true},
		{"BEIJING 0000640 002 OF 003", 8, false},
		{"281431Z SEP 07", 6, true},
		{"12 34 56", 3, false},
		{"", 1, false},
		{"abc", 0, true},
		{"x1234567", 7, true},
		{"1234567x", 7, true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, HasDigitRun(tt.s, tt.n), "%q %d", tt.s, tt.n)
	}
	assert.Equal(t, 8, IndexDigitRun("BEIJING 00006403 002 OF 003", 8))
	assert.Equal(t, 2, IndexDigitRun("a 123456789 b", 3), "the start of the whole run")
	assert.Equal(t, -1, IndexDigitRun("12 34", 3))
}

func FuzzHasDigitRun(f *testing.F) {
	f.Add("BEIJING 00006403 002 OF 003", 8)
	f.Add("a1b22c333", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		n %= 12
		want := n <= 0 || strings.Contains(mapDigits(s), strings.Repeat("9", n))
		if got := HasDigitRun(s, n); got != want {
			t.Fatalf("HasDigitRun(%q, %d) = %v, want %v", s, n, got, want)
		}
		wantAt := 0
		if n > 0 {
			wantAt = strings.Index(mapDigits(s), strings.Repeat("9", n))
			for wantAt > 0 && isDigit(s[wantAt-1]) {
				wantAt-- // the start of the whole run
			}
		}
		if got := IndexDigitRun(s, n); got != wantAt {
			t.Fatalf("IndexDigitRun(%q, %d) = %d, want %d", s, n, got, wantAt)
		}
	})
}

// mapDigits turns every digit into '9' and everything else into '-'.
func mapDigits(s string) string {
	b := []byte(s)
	for i, c := range b {
		if isDigit(c) {
			b[i] = '9'
		} else {
			b[i] = '-'
		}
	}
	return string(b)
}
