package textutil

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line is one line of a text with its 1-based line number.
type Line struct {
	Num  int
	Text string
}

// SplitLines splits text into lines numbered from first (1 if first < 1).
// A trailing newline does not yield an empty last line. "\r\n" and a lone
// "\r" count as line ends; the carriage returns are not part of the lines.
//
// It makes one allocation (the slice). Callers that stop early, or only
// look at each line once, can use [NextLine] and allocate nothing.
func SplitLines(text string, first int) []Line {
	if first < 1 {
		first = 1
	}
	out := make([]Line, 0, strings.Count(text, "\n")+1)
	n := first
	for len(text) > 0 {
		var ln string
		ln, text = NextLine(text)
		out = append(out, Line{n, ln})
		n++
	}
	return out
}

// NextLine cuts the first line off text: it returns the line without its
// terminator ("\n", "\r\n" or a lone "\r") and the text after it. On
// empty text it returns "", "". Iterating
//
//	for rest := text; rest != ""; {
//		var ln string
//		ln, rest = textutil.NextLine(rest)
//		...
//	}
//
// visits the lines of [SplitLines] without allocating.
func NextLine(text string) (line, rest string) {
	i := strings.IndexByte(text, '\n')
	if i < 0 {
		i = len(text)
	}
	// A carriage return can only end the line early: look for one in the
	// line only (IndexByte is vectorised, IndexAny is not).
	if j := strings.IndexByte(text[:i], '\r'); j >= 0 {
		if j+1 < len(text) && text[j+1] == '\n' {
			return text[:j], text[j+2:]
		}
		return text[:j], text[j+1:]
	}
	if i == len(text) {
		return text, ""
	}
	return text[:i], text[i+1:]
}

// IsBlank reports whether s holds only white space.
func IsBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return strings.TrimSpace(s[i:]) == ""
		} else if !isSpace(c) {
			return false
		}
	}
	return true
}

// CollapseSpace trims s and replaces every run of white space (as
// defined by unicode.IsSpace) with one space. It returns s itself,
// without allocating, when there is nothing to change.
func CollapseSpace(s string) string {
	if !NeedsCollapse(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	WriteCollapsed(&b, s)
	return b.String()
}

// WriteCollapsed writes CollapseSpace(s) to b without building the
// intermediate string: the words of s (the runs of non-space characters)
// separated by one space. Stretches that are already words separated by
// single ASCII spaces are found eight bytes at a time and copied in one
// piece: a clean line is one WriteString.
func WriteCollapsed(b *strings.Builder, s string) {
	i := 0
	for i < len(s) && SpaceAt(s, i) > 0 {
		i += SpaceAt(s, i)
	}
	start := i // of the words not written yet
	wrote := false
	for i < len(s) {
		j := cleanRun(s, i)
		if j == len(s) {
			break
		}
		sz := SpaceAt(s, j)
		if sz == 0 {
			// a control character or a non-ASCII letter: part of a word
			_, n := utf8.DecodeRuneInString(s[j:])
			i = j + n
			continue
		}
		// a white-space run at j, or at j-1 when a single ' ' leads it
		end := j
		if s[end-1] == ' ' { // end > start: s[start] is no space
			end--
		}
		if wrote {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:end])
		wrote = true
		for j < len(s) && SpaceAt(s, j) > 0 {
			j += SpaceAt(s, j)
		}
		start, i = j, j
	}
	if start < len(s) {
		if wrote {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:])
	}
}

// cleanRun returns the first index at or after i where s stops being
// clean text (printable ASCII, no two spaces in a row, no space at the
// end), or len(s). A space followed by another kind of white space is
// passed; the run is found at the second character.
func cleanRun(s string, i int) int {
	const ones, highs, spaces = 0x0101010101010101, 0x8080808080808080, 0x2020202020202020
	for ; i+9 <= len(s); i += 8 {
		x, x1 := load8(s, i), load8(s, i+1)
		ctl := (x - spaces) &^ x // a byte below 0x20
		dbl := (x ^ spaces) | (x1 ^ spaces)
		dbl = (dbl - ones) &^ dbl // a space followed by a space
		if m := (x | ctl | dbl) & highs; m != 0 {
			// the lowest flagged byte is where the run stops: the
			// subtractions only flag bytes above a flagged one by mistake
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c > ' ' && c < utf8.RuneSelf:
		case c == ' ' && i+1 < len(s) && s[i+1] != ' ':
		default:
			return i
		}
	}
	return len(s)
}

// SpaceAt returns the length of the white-space character (as
// unicode.IsSpace, which strings.Fields uses) at s[i], or 0 when there is
// none.
func SpaceAt(s string, i int) int {
	if c := s[i]; c < utf8.RuneSelf {
		if isSpace(c) {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

// wordEnd returns the index of the first white-space character at or
// after i, or len(s).
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isSpace(c) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return i
		}
		i += size
	}
	return i
}

// CountFields returns len(strings.Fields(s)) without building the slice:
// the number of runs of non-space characters (unicode.IsSpace).
func CountFields(s string) int {
	n := 0
	for i := 0; i < len(s); {
		for i < len(s) && SpaceAt(s, i) > 0 {
			i += SpaceAt(s, i)
		}
		if i == len(s) {
			break
		}
		n++
		i = wordEnd(s, i)
	}
	return n
}

// NeedsCollapse reports whether CollapseSpace would change s: white space
// at either end, a space other than ' ', or two spaces in a row.
func NeedsCollapse(s string) bool {
	if s == "" || s[0] == ' ' {
		return s != ""
	}
	for i := 0; ; {
		j := cleanRun(s, i)
		switch {
		case j == len(s):
			return false
		case s[j] == ' ' || SpaceAt(s, j) > 0:
			return true // two spaces, a trailing one, or another white space
		}
		_, n := utf8.DecodeRuneInString(s[j:]) // a control or non-ASCII letter
		i = j + n
	}
}

// load8 returns s[i:i+8] as a little-endian number (one load).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// TrimBlanksLeft returns s without its leading spaces and tabs: it is
// strings.TrimLeft(s, " \t") without building a byte set at every call,
// for the tests that run on every line.
func TrimBlanksLeft(s string) string {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return s[i:]
}

// TrimBlanksRight returns s without its trailing spaces and tabs, as
// strings.TrimRight(s, " \t") does.
func TrimBlanksRight(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t') {
		i--
	}
	return s[:i]
}
