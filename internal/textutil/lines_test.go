package textutil

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// refSplitLines is the straightforward definition of SplitLines, kept to
// check the optimised one against it.
func refSplitLines(text string, first int) []Line {
	if first < 1 {
		first = 1
	}
	var out []Line
	n := first
	for len(text) > 0 {
		i := strings.IndexAny(text, "\r\n")
		if i < 0 {
			out = append(out, Line{n, text})
			break
		}
		out = append(out, Line{n, text[:i]})
		if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		text = text[i+1:]
		n++
	}
	return out
}

func refCollapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

var lineCases = []string{
	"", "\n", "\n\n", "\r", "\r\n", "\r\r\n", "a", "a\n", "a\r\nb", "a\rb\nc", "a\n\rb",
	"TAGS: PREL\r\nSUBJECT: X\r\n\r\n1. (C) Text.  More\u00a0text\n",
	"C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 006403 \n\nSIPDIS\n",
	"  lead\ttab\v\f end  ", "\u2003em\u3000space\u0085", "bad \xff\xfe bytes\r",
}

func TestSplitLinesMatchesDefinition(t *testing.T) {
	for _, s := range lineCases {
		want := refSplitLines(s, 3)
		got := SplitLines(s, 3)
		if len(want) == 0 {
			assert.Empty(t, got, "%q", s)
			continue
		}
		assert.Equal(t, want, got, "%q", s)
	}
}

func TestNextLine(t *testing.T) {
	var got []string
	for rest := "a\r\nb\rc\n\nd"; rest != ""; {
		var ln string
		ln, rest = NextLine(rest)
		got = append(got, ln)
	}
	assert.Equal(t, []string{"a", "b", "c", "", "d"}, got)
	ln, rest := NextLine("")
	assert.Equal(t, "", ln)
	assert.Equal(t, "", rest)
}

func TestCollapseSpaceMatchesDefinition(t *testing.T) {
	for _, s := range lineCases {
		assert.Equal(t, refCollapseSpace(s), CollapseSpace(s), "%q", s)
	}
	// Nothing to change: the same string, no allocation.
	s := "FM AMEMBASSY BEIJING TO SECSTATE WASHDC 2350"
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { _ = CollapseSpace(s) }))
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { _ = CollapseSpace("Année à Genève") }))
}

func TestIsBlank(t *testing.T) {
	for _, s := range append(lineCases, " \t", "\u00a0 ", " \u2003x") {
		assert.Equal(t, strings.TrimSpace(s) == "", IsBlank(s), "%q", s)
	}
}

func FuzzLines(f *testing.F) {
	for _, s := range lineCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, got := refSplitLines(s, 1), SplitLines(s, 1)
		if len(want) != len(got) {
			t.Fatalf("%q: %d lines, want %d", s, len(got), len(want))
		}
		for i := range want {
			if want[i] != got[i] {
				t.Fatalf("%q: line %d = %+v, want %+v", s, i, got[i], want[i])
			}
		}
		if c, want := CollapseSpace(s), refCollapseSpace(s); c != want {
			t.Fatalf("CollapseSpace(%q) = %q, want %q", s, c, want)
		}
		var b strings.Builder
		b.WriteString("x")
		if WriteCollapsed(&b, s); b.String() != "x"+refCollapseSpace(s) {
			t.Fatalf("WriteCollapsed(%q) wrote %q, want %q", s, b.String()[1:], refCollapseSpace(s))
		}
		if n := CountFields(s); n != len(strings.Fields(s)) {
			t.Fatalf("CountFields(%q) = %d, want %d", s, n, len(strings.Fields(s)))
		}
		if IsBlank(s) != (strings.TrimSpace(s) == "") {
			t.Fatalf("IsBlank(%q) = %v", s, IsBlank(s))
		}
		if got, want := hasTrailingBlank(s), refHasTrailingBlank(s); got != want {
			t.Fatalf("hasTrailingBlank(%q) = %v, want %v", s, got, want)
		}
		if got, want := TrimBlanksLeft(s), strings.TrimLeft(s, " \t"); got != want {
			t.Fatalf("TrimBlanksLeft(%q) = %q, want %q", s, got, want)
		}
		if got, want := TrimBlanksRight(s), strings.TrimRight(s, " \t"); got != want {
			t.Fatalf("TrimBlanksRight(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestTrimBlanks checks TrimBlanksLeft and TrimBlanksRight against the
// strings.TrimLeft and TrimRight calls they stand for.
func TestTrimBlanks(t *testing.T) {
	for _, s := range []string{"", " ", "\t \t", "  a b \t", "\ta\n ", "\u00a0x\u00a0", "\n \n"} {
		assert.Equal(t, strings.TrimLeft(s, " \t"), TrimBlanksLeft(s), "%q", s)
		assert.Equal(t, strings.TrimRight(s, " \t"), TrimBlanksRight(s), "%q", s)
	}
}

// benchText is a realistic cable body: short upper-case lines, a few
// double spaces after periods.
var benchText = strings.Repeat("1. (C) SUMMARY: THE SECRETARY MET THE PRIME MINISTER ON MARCH 3.  THEY\n"+
	"DISCUSSED THE SITUATION IN THE REGION AND THE ELECTIONS. END SUMMARY.\n\n", 50)

func BenchmarkSplitLines(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		_ = SplitLines(benchText, 1)
	}
}

func BenchmarkNextLine(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for rest := benchText; rest != ""; n++ {
			_, rest = NextLine(rest)
		}
	}
}

func BenchmarkCollapseSpace(b *testing.B) {
	lines := SplitLines(benchText, 1)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			_ = CollapseSpace(l.Text)
		}
	}
}

func TestWriteCollapsed(t *testing.T) {
	for _, s := range lineCases {
		var b strings.Builder
		b.WriteString("x\n")
		WriteCollapsed(&b, s)
		assert.Equal(t, "x\n"+refCollapseSpace(s), b.String(), "%q", s)
	}
}

// refHasTrailingBlank is hasTrailingBlank by its definition, byte by byte.
func refHasTrailingBlank(s string) bool {
	if s == "" {
		return false
	}
	if c := s[len(s)-1]; c == ' ' || c == '\t' {
		return true
	}
	for i := 1; i < len(s); i++ {
		if s[i] == '\n' && (s[i-1] == ' ' || s[i-1] == '\t') {
			return true
		}
	}
	return false
}

// TestHasTrailingBlank checks hasTrailingBlank on the line cases and with
// a blank line end at every position of strings up to 40 bytes, so that
// its eight-byte steps meet one at each offset (and a newline after a
// blank that ends no line, which its test can flag).
func TestHasTrailingBlank(t *testing.T) {
	for _, s := range append(lineCases, "\nx", " \nx", "x\t\ny", "a\n\nb ", "a\nb\n") {
		assert.Equal(t, refHasTrailingBlank(s), hasTrailingBlank(s), "%q", s)
	}
	for n := 2; n <= 40; n++ {
		for i := 0; i+1 < n; i++ {
			for _, pair := range []string{" \n", "\t\n", "\n ", "\n\t", " x", "\nx"} {
				b := []byte(strings.Repeat("a", n))
				copy(b[i:], pair)
				s := string(b[:n])
				assert.Equal(t, refHasTrailingBlank(s), hasTrailingBlank(s), "%q", s)
			}
		}
	}
}

// TestNeedsCollapseEveryPosition puts each kind of white space at every
// position of strings of every length up to 40, so that the eight-byte
// steps of NeedsCollapse meet it at each offset.
func TestNeedsCollapseEveryPosition(t *testing.T) {
	for n := 1; n <= 40; n++ {
		base := []byte(strings.Repeat("ab c", 10)[:n])
		for i := 0; i < n; i++ {
			for _, ins := range []string{" ", "  ", "\t", "\n", "\u00a0", "\x01", "é", "\x7f"} {
				s := string(base[:i]) + ins + string(base[i:])
				want := refCollapseSpace(s)
				assert.Equal(t, want != s, NeedsCollapse(s), "%q", s)
				assert.Equal(t, want, CollapseSpace(s), "%q", s)
			}
		}
	}
}

func TestCountFields(t *testing.T) {
	for _, s := range append(lineCases, "one two  three", " \u00a0x\u2003y ") {
		assert.Equal(t, len(strings.Fields(s)), CountFields(s), "%q", s)
	}
}

// refCleanRun is cleanRun byte by byte: the first index at or after i of
// a byte that is not printable ASCII, or of a space that ends s or is
// followed by a space.
func refCleanRun(s string, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; c < ' ' || c >= utf8.RuneSelf || (c == ' ' && (i+1 == len(s) || s[i+1] == ' ')) {
			return i
		}
	}
	return len(s)
}

// TestCleanRunEveryPosition puts each kind of stop at every position of
// strings of every length up to 40, and starts the run at every offset,
// so that the eight-byte steps and the last overlapping step meet it at
// each offset.
func TestCleanRunEveryPosition(t *testing.T) {
	for n := 1; n <= 40; n++ {
		base := []byte(strings.Repeat("ab c", 10)[:n])
		for i := 0; i <= n; i++ {
			for _, ins := range []string{"", " ", "  ", "\t", "\n", "\u00a0", "\x01", "é", "\x7f", "~ "} {
				s := string(base[:i]) + ins + string(base[i:])
				for from := 0; from <= len(s); from++ {
					if got, want := cleanRun(s, from), refCleanRun(s, from); got != want {
						t.Fatalf("cleanRun(%q, %d) = %d, want %d", s, from, got, want)
					}
				}
			}
		}
	}
}

// FuzzCleanRun compares cleanRun with refCleanRun at every offset.
func FuzzCleanRun(f *testing.F) {
	for _, s := range []string{"ab c  d", "abcdefgh ijklmnop ", "abcdefghijklmn\x01", "abcdefghijk\u00a0lmn", "a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for from := 0; from <= len(s); from++ {
			if got, want := cleanRun(s, from), refCleanRun(s, from); got != want {
				t.Fatalf("cleanRun(%q, %d) = %d, want %d", s, from, got, want)
			}
		}
	})
}
