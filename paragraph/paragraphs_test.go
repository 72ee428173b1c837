package paragraph

import (
	"github.com/cablemeta/cablemeta/internal/textutil"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// checkJoinedText checks srcPrefix and joinedText against joinTextAfter:
// the paragraph text after line h (from byte cut of its text on) over the
// lines of s edited by edits (see editLines). It reports whether the text
// is a slice of s.
func checkJoinedText(t *testing.T, s string, edits uint64, h, cut int) (text string, slice bool) {
	t.Helper()
	ls := editLines(splitLines(s, 1), edits)
	if len(ls) == 0 {
		return "", false
	}
	h %= len(ls)
	head := ls[h]
	first := head.text[min(cut, len(head.text)):]
	rest := ls[h+1:]
	start, end, k := srcPrefix(s, head, first, rest)
	if k >= 0 {
		prefix := ""
		if start >= 0 {
			prefix = s[start:end]
		}
		if want := joinTextAfter(first, rest[:k]); prefix != want {
			t.Fatalf("srcPrefix(%q, edits %x, line %d from %d) = %q over %d lines, want %q", s, edits, h, cut, prefix, k, want)
		}
	}
	st := &state{ls: ls, src: s}
	text = st.joinedText(head, first, rest)
	if want := joinTextAfter(first, rest); text != want {
		t.Fatalf("joinedText(%q, edits %x, line %d from %d) = %q, want %q", s, edits, h, cut, text, want)
	}
	return text, k == len(rest)
}

// TestJoinedText: a paragraph whose lines are adjacent in the source and
// need no collapsing is a slice of it; any other is the lines joined, its
// start taken from the source as far as it can be.
func TestJoinedText(t *testing.T) {
	tests := []struct {
		name  string
		s     string
		edits uint64
		h     int
		cut   int
		slice bool
		want  string
	}{
		{"adjacent lines", "1. (C) One two.\nThree four.\nFive.\n\n", 0, 0, 7, true, "One two.\nThree four.\nFive."},
		{"rule after the text", "1. One.\nTwo.\n-----\n\n", 0, 0, 3, true, "One.\nTwo."},
		{"heading taken: no first", "1. Title\n-----\nText one.\nText two.\n", 0, 0, 8, true, "Text one.\nText two."},
		{"two spaces", "1. One.  Two.\nThree.\n", 0, 0, 3, false, "One. Two.\nThree."},
		{"two spaces further on", "1. One.\nTwo.\nThree.  Four.\nFive.\n", 0, 0, 3, false, "One.\nTwo.\nThree. Four.\nFive."},
		{"blank line inside", "1. One.\n\nTwo.\n", 0, 0, 3, false, "One.\nTwo."},
		{"rule inside", "1. One.\n---\nTwo.\n", 0, 0, 3, false, "One.\nTwo."},
		{"trailing blanks dropped by the split", "1. One. \nTwo.\n", 0, 0, 3, false, "One.\nTwo."},
		{"carriage returns", "1. One.\r\nTwo.\r\n", 0, 0, 3, false, "One.\nTwo."},
		{"a line dropped", "1. One.\nSIPDIS\nTwo.\n", 0b01_00, 0, 3, false, "One.\nTwo."},
		{"a line cut short", "1. One.\nTwo three\n", 0b10_00, 0, 3, false, "One.\nTwo"},
		{"last line without newline", "1. One.\nTwo.", 0, 0, 3, false, "One.\nTwo."},
		{"blank lines only", "1. \n\n  \n", 0, 0, 3, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := checkJoinedText(t, tt.s, tt.edits, tt.h, tt.cut)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.slice, ok, "a slice of the source")
			if ok && got != "" {
				off := uintptr(unsafe.Pointer(unsafe.StringData(got))) - uintptr(unsafe.Pointer(unsafe.StringData(tt.s)))
				assert.Less(t, off, uintptr(len(tt.s)), "in the source's memory")
			}
		})
	}
}

// FuzzJoinedText runs the check of TestJoinedText on any text, edits and
// paragraph start.
func FuzzJoinedText(f *testing.F) {
	for _, s := range append(regionTexts, "1. (C) One two.\nThree four.\nFive.\n\n2. Next\n", "1. One.  Two.\n\tThree.\n---\nFour\u00a0five.\n") {
		f.Add(s, uint64(0), uint8(0), uint8(3))
		f.Add(s, uint64(0b10_01_00), uint8(1), uint8(0))
	}
	f.Fuzz(func(t *testing.T, s string, edits uint64, h, cut uint8) {
		if strings.Count(s, "\n") > 200 {
			return
		}
		checkJoinedText(t, s, edits, int(h), int(cut))
	})
}

// refDashEdge is dashEdge on the text as runes.
func refDashEdge(h string) bool {
	r := []rune(h)
	count := func(rs []rune) int {
		n := 0
		for _, c := range rs {
			if !isDashRune(c) && c != ' ' {
				break
			}
			if c != ' ' {
				n++
			}
		}
		return n
	}
	rev := make([]rune, len(r))
	for i, c := range r {
		rev[len(r)-1-i] = c
	}
	return count(rev) >= 3 || count(r) >= 3
}

func FuzzDashEdge(f *testing.F) {
	for _, s := range []string{"----- General -----", "Comment -------", "- - - x", "x \u2014\u2014\u2014", "==", "\xe2\x80\x94--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, h string) {
		if !utf8.ValidString(h) {
			return // lines are valid UTF-8
		}
		if got, want := dashEdge(h), refDashEdge(h); got != want {
			t.Fatalf("dashEdge(%q) = %v, want %v", h, got, want)
		}
	})
}

// FuzzPreambleWords: looking a text's first byte up in preambleWords finds
// every word of it that hasPrefixFold would find.
func FuzzPreambleWords(f *testing.F) {
	var all []string
	for _, ws := range preambleWords {
		all = append(all, ws...)
	}
	for _, w := range all {
		f.Add(w + " X")
		f.Add(strings.ToLower(w))
	}
	f.Add("\x08U) CLASSIFIED")
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for _, w := range all {
			want = want || textutil.HasPrefixFold(s, w)
		}
		got := false
		if s != "" {
			for _, w := range preambleWords[s[0]|0x20] {
				got = got || textutil.HasPrefixFold(s, w)
			}
		}
		if got != want {
			t.Fatalf("%q: by first byte %v, by all words %v", s, got, want)
		}
	})
}
