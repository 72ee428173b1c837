package textutil

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func refIndexSpecial(s string, c byte) int {
	return strings.IndexFunc(s, func(r rune) bool { return r < 0x20 || r >= 0x7f || r == rune(c) })
}

func TestIndexSpecial(t *testing.T) {
	tests := []struct {
		s    string
		c    byte
		want int
	}{
		{"", '#', -1},
		{"plain ASCII text, longer than eight bytes", '#', -1},
		{"heading ### here", '#', 8},
		{"tab\there", '#', 3},
		{"0123456789abcdef\x7f", '#', 16},
		{"Genève", '#', 3},
		{"ends with a control\x01", '#', 19},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IndexSpecial(tt.s, tt.c), "%q", tt.s)
	}
}

func FuzzIndexSpecial(f *testing.F) {
	f.Add("heading ### here", byte('#'))
	f.Add("0123456789abcdef\x7f", byte('<'))
	f.Fuzz(func(t *testing.T, s string, c byte) {
		// refIndexSpecial decodes runes: compare on the first special byte
		want := -1
		for i := 0; i < len(s); i++ {
			if b := s[i]; b < 0x20 || b >= 0x7f || b == c {
				want = i
				break
			}
		}
		if got := IndexSpecial(s, c); got != want {
			t.Fatalf("IndexSpecial(%q, %q) = %d, want %d", s, c, got, want)
		}
		if strings.ToValidUTF8(s, "") == s && want != refIndexSpecial(s, c) && c < 0x80 {
			t.Fatalf("byte and rune definitions differ on %q", s)
		}
	})
}
