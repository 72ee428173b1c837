package paragraph

import (
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/internal/textutil"
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
		assert.Equal(t, strings.TrimRight(tt.in, " \t\u00a0"), trimRightSpace(tt.in), "%q", tt.in)
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
		if v := strings.ToValidUTF8(s, "\uFFFD"); hasControl(v) != strings.ContainsFunc(v, isControl) {
			t.Fatalf("hasControl(%q) = %v", v, hasControl(v))
		}
		if got, want := trimRightSpace(s), strings.TrimRight(s, " \t\u00a0"); got != want {
			t.Fatalf("trimRightSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// splitLinesRef is splitLines as the rules say it: textutil.NextLine cuts
// the lines, tidyRunes tidies each one.
func splitLinesRef(text string, first int) []line {
	out := []line{}
	for n, off := max(first, 1), 0; off < len(text); n++ {
		s, rest := textutil.NextLine(text[off:])
		out = append(out, line{num: n, text: tidyRunes(s), off: off})
		off = len(text) - len(rest)
	}
	return out
}

// TestSplitLines checks the one-pass line scan on the line ends and line
// kinds it tells apart.
func TestSplitLines(t *testing.T) {
	tests := []string{
		"",
		"one",
		"a\nb\n",
		"a\r\nb\rc\n\n",
		"tab\tend\t\nx \\\n",
		"## head\nbell\x07\r\nnbsp\u00a0\n",
		"non-ASCII \u00e9\rnext",
		"\xff\n\r\r\n",
		"last\\",
	}
	for _, in := range tests {
		assert.Equal(t, splitLinesRef(in, 3), splitLines(in, 3), "%q", in)
	}
}

// FuzzSplitLines checks splitLines against splitLinesRef.
func FuzzSplitLines(f *testing.F) {
	for _, s := range []string{"a\nb", "a\r\nb\r", "x\t#\n", "\u00a0 \\\r\n\x07", "\xc2\x85\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := splitLines(s, 1), splitLinesRef(s, 1)
		if len(got) != len(want) {
			t.Fatalf("%d lines, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("line %d = %+v, want %+v", i, got[i], want[i])
			}
		}
	})
}

// foldPrefixes are prefixes hasPrefixFold is asked about.
var foldPrefixes = []string{"SIPDIS ", "E.O", "EO 1", "TAGS", "SUBJ", "REF", "CLASSIFIED BY", "Summary", "ENTIRE TEXT",
	"E. O.", "LINE", "TO ", "Subject:", "(U) CLASSIFIED", "@[`{", ""}

// FuzzHasPrefixFold: hasPrefixFold answers as strings.EqualFold on the
// stretch of s as long as the prefix, for ASCII prefixes.
func FuzzHasPrefixFold(f *testing.F) {
	for _, s := range []string{"sipdis x", "E.o.", "ſUBJECT", "\u212aEY", "e. o. 12958", "`[{@", "subj\xc5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range append(foldPrefixes, strings.ToUpper(s), strings.ToLower(s)) {
			if !isASCII(p) {
				continue
			}
			want := len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
			if got := textutil.HasPrefixFold(s, p); got != want {
				t.Fatalf("textutil.HasPrefixFold(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	})
}

// refIsDashRun is isDashRun by its definition.
func refIsDashRun(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case strings.ContainsRune("-=_*\u2010\u2011\u2012\u2013\u2014\u2015\u2212", r):
			n++
		case r != ' ' && r != '\t':
			return false
		}
	}
	return n >= 3
}

func FuzzIsDashRun(f *testing.F) {
	for _, s := range []string{"---", "- - -", "===", "___", "***", "\u2014\u2014\u2014", " \t---", "--", "--x", "\u2212\u2212-", "\xe2\x80", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isDashRun(s), refIsDashRun(s); got != want {
			t.Fatalf("isDashRun(%q) = %v, want %v", s, got, want)
		}
	})
}
