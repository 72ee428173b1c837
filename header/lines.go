package header

import (
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// lineReader walks the lines of a text without allocating. It is a value
// type: copying it gives an independent cursor, which is how the scanner
// looks ahead.
type lineReader struct {
	text string
	pos  int
	num  int // number of the next line
}

// next returns the next line (without its line end, trailing blanks and
// '\r' removed) and its number.
func (r *lineReader) next() (line string, num int, ok bool) {
	if r.pos >= len(r.text) {
		return "", 0, false
	}
	rest := r.text[r.pos:]
	line, after := textutil.NextLine(rest)
	r.pos += len(rest) - len(after)
	num = r.num
	r.num++
	return trimRight(line), num, true
}

// trimRight removes trailing white space (markdown hard breaks, '\r').
func trimRight(s string) string {
	for len(s) > 0 {
		c := s[len(s)-1]
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\v' && c != '\f' {
			break
		}
		s = s[:len(s)-1]
	}
	return s
}

// trimSpace removes leading and trailing white space, including a leading
// non-breaking space. It knows the same white space as collapse ('\n'
// included), so that collapse is idempotent: "\n\u00a0X" gives "X".
func trimSpace(s string) string {
	s = trimRight(s)
	for len(s) > 0 {
		c := s[0]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' {
			s = s[1:]
			continue
		}
		if strings.HasPrefix(s, "\u00a0") {
			s = s[2:]
			continue
		}
		break
	}
	return s
}

// collapse trims s and turns runs of white space into one space, without
// allocating when s is already clean.
func collapse(s string) string {
	s = trimSpace(s)
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' || (c == ' ' && i+1 < len(s) && s[i+1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteByte(c)
	}
	return b.String()
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func hasLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// atoi parses a short run of ASCII digits; it returns -1 when s is not one.
func atoi(s string) int {
	if s == "" || len(s) > 9 {
		return -1
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return -1
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// isRI reports whether s looks like a routing indicator: "R" then 3 to 7
// capital letters or digits (RUEH, RUEHC, RUEHBJ, RHMFISS, RUEWMCE).
func isRI(s string) bool {
	if len(s) < 4 || len(s) > 8 || s[0] != 'R' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if !isUpper(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// cutWord splits s at the first run of spaces: the first word and the rest
// (trimmed of leading space).
func cutWord(s string) (word, rest string) {
	i := indexBlank(s)
	if i < 0 {
		return s, ""
	}
	return s[:i], trimSpace(s[i:])
}

// indexBlank returns the index of the first space or tab in s, or -1: what
// strings.IndexAny(s, " \t") returns (no byte of a multi-byte character is
// ASCII), without its per-call set-up, which cost more than the scan on
// the short words of a header line.
func indexBlank(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\t' {
			return i
		}
	}
	return -1
}

// cleanLine collapses white space and drops a trailing backslash left by
// the backslash-escaped newlines of the cables.csv dump (cable-format.md §9).
func cleanLine(s string) string {
	s = collapse(s)
	if strings.HasSuffix(s, "\\") {
		s = trimRight(s[:len(s)-1])
	}
	return s
}
