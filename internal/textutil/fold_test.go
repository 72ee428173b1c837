package textutil

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// refIndexFold is IndexFold written position by position.
func refIndexFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		if HasPrefixFold(s[i:], needle) {
			return i
		}
	}
	return -1
}

func TestIndexFold(t *testing.T) {
	tests := []struct {
		s, needle string
		want      int
	}{
		{"", "", 0},
		{"abc", "", 0},
		{"", "a", -1},
		{"xyz", "a", -1},
		{"xyA", "a", 2},
		{"xaA", "a", 1},
		{"<TABLE class='cable'>", "<table class='cable'", 0},
		{"<td><tr><Table class='cable'>", "<table class='cable'", 8},
		{"\x1cpre <PRE>", "<pre", 5}, // 0x1C|0x20 == '<': pre-filter only
		{"1. COMMENT: END COMMENT", "comment", 3},
		{"Comment", "comment", 0},
		{"COMMEN", "comment", -1},
		{"a\x00b a b", "a b", 4}, // a space matches only a space
		{"@@ `x", "`x", 3},       // '@'|0x20 == '`': pre-filter only
		{strings.Repeat("<td>", 40) + "</PrE>", "</pre", 160},
		{"caf\u00c9 caf\u00e9", "caf\u00e9", 6}, // non-ASCII bytes match only themselves
		{"summary ends at the end of the line SUMMARY", "summary", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, IndexFold(tt.s, tt.needle), "IndexFold(%q, %q)", tt.s, tt.needle)
		assert.Equal(t, tt.want, refIndexFold(tt.s, tt.needle), "ref(%q, %q)", tt.s, tt.needle)
	}
}

func TestHasPrefixFold(t *testing.T) {
	assert.True(t, HasPrefixFold("SUBJECT: X", "subj"))
	assert.True(t, HasPrefixFold("subj", "subj"))
	assert.False(t, HasPrefixFold("SUB", "subj"))
	assert.False(t, HasPrefixFold("[UBJ", "{ubj")) // '['+0x20 == '{': not a letter
	assert.True(t, HasPrefixFold("anything", ""))
}

func FuzzIndexFold(f *testing.F) {
	f.Add("<td><tr><Table class='cable'>", "<table class='cable'")
	f.Add("1. COMMENT: END COMMENT", "comment")
	f.Add("\x1cpre <PRE>", "<pre")
	f.Add("aAaAppears in these articles", "appears")
	f.Fuzz(func(t *testing.T, s, needle string) {
		needle = strings.ToLower(needle)
		if len(needle) > 40 {
			needle = needle[:40]
		}
		if got, want := IndexFold(s, needle), refIndexFold(s, needle); got != want {
			t.Fatalf("IndexFold(%q, %q) = %d, want %d", s, needle, got, want)
		}
	})
}

// BenchmarkIndexFoldProse searches English cable prose, where the
// needle's first two letters ("co") occur every few words.
func BenchmarkIndexFoldProse(b *testing.B) {
	text := strings.Repeat("3. (C) The Ambassador could not confirm the count; consular contacts continue to consider it. ", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if IndexFold(text, "comment") >= 0 {
			b.Fatal("found")
		}
	}
}

func BenchmarkIndexFold(b *testing.B) {
	page := strings.Repeat("<tr><td class='x'><a href='/tag/XX.html'>XX</a></td></tr>\n", 1000) + "<PRE>"
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if IndexFold(page, "<pre") < 0 {
			b.Fatal("not found")
		}
	}
}

// refLinesWithFold asks IndexFold for each word on each line.
func refLinesWithFold(s string, offs []int, words []string) [][]int {
	out := make([][]int, len(words))
	for w, word := range words {
		for i, off := range offs {
			end := len(s)
			if i+1 < len(offs) {
				end = offs[i+1]
			}
			if IndexFold(s[off:end], word) >= 0 {
				out[w] = append(out[w], i)
			}
		}
	}
	return out
}

func TestLinesWithFold(t *testing.T) {
	s := "1. SUMMARY: the summit.\nEnd comment\nBEGIN TEXT\n\nno match\nAction request: sum\n"
	offs := lineOffsets(s)
	words := []string{"sum", "summ", "comment", "begin", "action"}
	got := LinesWithFold(s, offs, words)
	assert.Equal(t, [][]int{{0, 5}, {0}, {1}, {2}, {5}}, got)
	assert.Equal(t, refLinesWithFold(s, offs, words), got)
}

// lineOffsets returns the offsets of the lines of s, each line with its
// newline.
func lineOffsets(s string) []int {
	offs := []int{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' && i+1 < len(s) {
			offs = append(offs, i+1)
		}
	}
	return offs
}

func FuzzLinesWithFold(f *testing.F) {
	f.Add("1. SUMMARY: the summit.\nEnd comment\nBEGIN TEXT\n", "sum", "comment")
	f.Add("abc\nABC\naBc", "abc", "bc\n")
	f.Fuzz(func(t *testing.T, s, w1, w2 string) {
		var words []string
		for _, w := range []string{w1, w2} {
			w = strings.ToLower(w)
			w, _, _ = strings.Cut(w, "\n")
			if len(w) >= 3 {
				words = append(words, w)
			}
		}
		offs := lineOffsets(s)
		if got, want := LinesWithFold(s, offs, words), refLinesWithFold(s, offs, words); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("LinesWithFold(%q, %q) = %v, want %v", s, words, got, want)
		}
	})
}

// BenchmarkLinesWithFold finds the span finders' four words in cable prose.
func BenchmarkLinesWithFold(b *testing.B) {
	text := strings.Repeat("3. (C) The Ambassador could not confirm the count; consular contacts continue to consider it.\n", 80)
	offs := lineOffsets(text)
	words := []string{"sum", "comment", "begin", "action"}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = LinesWithFold(text, offs, words)
	}
}

// TestIndexFoldEveryPosition puts needles (and near misses, which the
// pre-filter passes) at every position of texts of every length up to 40,
// so that the eight-position steps and the last overlapping step meet
// them at each offset.
func TestIndexFoldEveryPosition(t *testing.T) {
	for _, needle := range []string{"ab", "end", "comment", "summary: x"} {
		for n := 0; n <= 40; n++ {
			for i := 0; i+len(needle) <= n; i++ {
				for _, put := range []string{needle, strings.ToUpper(needle), needle[:len(needle)-1] + "#", needle[:2]} {
					b := []byte(strings.Repeat("xy z", 10)[:n])
					copy(b[i:], put)
					s := string(b)
					if got, want := IndexFold(s, needle), refIndexFold(s, needle); got != want {
						t.Fatalf("IndexFold(%q, %q) = %d, want %d", s, needle, got, want)
					}
				}
			}
		}
	}
}
