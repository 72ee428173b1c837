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

// TestIndexSpecialEveryByte puts every byte value at every position of
// strings of 1 to 20 printable bytes, after every other byte value, so
// that the eight-byte steps meet each flag, and each carry or borrow a
// byte below it may cause, at each offset.
func TestIndexSpecialEveryByte(t *testing.T) {
	base := []byte("abcdefghij klmnopqrs")
	for n := 1; n <= len(base); n++ {
		for i := 0; i < n; i++ {
			for v := 0; v < 256; v++ {
				for _, before := range []byte{'x', 0x00, 0x1f, 0x20, 0x7e, 0x7f, 0xff, '#'} {
					b := append([]byte(nil), base[:n]...)
					b[i] = byte(v)
					if i > 0 {
						b[i-1] = before
					}
					want := -1
					for k, c := range b {
						if c < 0x20 || c >= 0x7f || c == '#' {
							want = k
							break
						}
					}
					if got := IndexSpecial(string(b), '#'); got != want {
						t.Fatalf("IndexSpecial(%q) = %d, want %d", b, got, want)
					}
				}
			}
		}
	}
}
