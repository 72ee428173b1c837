package classification

import (
	"strings"
	"testing"
)

// joinedLines is what lineSeq.join stands for: the texts of lines [i, j)
// joined with "\n".
func joinedLines(s *lineSeq, i, j int) string {
	var parts []string
	for k := i; k < j; k++ {
		l, _ := s.at(k)
		parts = append(parts, l.Text)
	}
	return strings.Join(parts, "\n")
}

// checkJoin compares lineSeq.join with joinedLines for every range of
// lines of text.
func checkJoin(t *testing.T, text string) {
	t.Helper()
	s := newLineSeq(text, 3)
	n := 0
	for ; ; n++ {
		l, ok := s.at(n)
		if !ok {
			break
		}
		if l.Num != 3+n {
			t.Fatalf("%q: line %d numbered %d", text, n, l.Num)
		}
	}
	for i := 0; i <= n; i++ {
		for j := i; j <= n; j++ {
			if got, want := s.join(i, j), joinedLines(s, i, j); got != want {
				t.Fatalf("%q: join(%d, %d) = %q, want %q", text, i, j, got, want)
			}
		}
	}
}

func TestLineSeqJoin(t *testing.T) {
	for _, text := range []string{
		"", "a", "a\n", "a\nb", "\n\nb\n", "a\r\nb\rc\n", "a\r\r\nb", "SECRET\nE.O. 12958\r\nClassified By: X\n\n1. Y",
		// past the lines a lineSeq keeps in place (seqInPlace)
		strings.Repeat("line\n", seqInPlace-1) + "a\nb\nc", strings.Repeat("x\r\n", seqInPlace+3),
	} {
		checkJoin(t, text)
	}
}

// FuzzLineSeqJoin: lineSeq.join, a slice of the text where it can be,
// equals the line texts joined with "\n".
func FuzzLineSeqJoin(f *testing.F) {
	for _, s := range []string{"a\nb", "a\r\nb\rc\n", "a\r\r\nb\n\n", strings.Repeat("a\n", seqInPlace) + "b\r\nc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 200 {
			s = s[:200]
		}
		checkJoin(t, s)
	})
}
