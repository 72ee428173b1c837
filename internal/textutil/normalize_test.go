package textutil

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "FM AMEMBASSY BEIJING", "FM AMEMBASSY BEIJING"},
		{"hard break keeps serial", "TO RUEHC/SECSTATE WASHDC IMMEDIATE 2350  \nINFO X", "TO RUEHC/SECSTATE WASHDC IMMEDIATE 2350\nINFO X"},
		{"crlf", "A\r\nB\rC", "A\nB\nC"},
		{"entity newline", "A&#x000A;B&amp;C", "A\nB&C"},
		{"markdown tags", "TAGS: [PREL](#) [PTER](#) [ZK](#)", "TAGS: PREL PTER ZK"},
		{"markdown link with fragment", "[KDEM](#kdem), x", "KDEM, x"},
		{"real link kept", "[site](http://x) and [a](#b c)", "[site](http://x) and [a](#b c)"},
		{"pilcrow kept", "¶1. (C) Text", "¶1. (C) Text"},
		{"lone ampersand", "AT&T & co", "AT&T & co"},
		{"nul", "A\x00B", "A B"},
		{"nested link", "[[X](#a)](#b)", "X"},
		// fuzz crasher FuzzNormalize/185cb9f398618acb: an encoded CR was left as "\r"
		{"entity carriage return", "A&#13;B", "A\nB"},
		{"entity crlf", "A&#13;&#10;B&#x0D;C", "A\nB\nC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Normalize(tt.in))
		})
	}
}

func TestSplitLines(t *testing.T) {
	got := SplitLines("a\r\nb\n\nc\n", 5)
	assert.Equal(t, []Line{{5, "a"}, {6, "b"}, {7, ""}, {8, "c"}}, got)
	assert.Empty(t, SplitLines("", 1))
	assert.Equal(t, []Line{{1, "x"}}, SplitLines("x", 0))
}

func TestCollapseSpace(t *testing.T) {
	assert.Equal(t, "a b c", CollapseSpace("  a \t b\n c "))
	assert.Equal(t, "abc", CollapseSpace("abc"))
	assert.Equal(t, "", CollapseSpace("   "))
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"TAGS: [PREL](#)", "A&#x000A;B", "x  \r\ny", "[a](#", "](#)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Normalize(s)
		// Idempotent, and never longer than the input plus nothing.
		if len(out) > len(s) {
			t.Fatalf("output longer than input: %q -> %q", s, out)
		}
		if again := Normalize(out); again != out && !hasEntity(out) {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
		}
	})
}
