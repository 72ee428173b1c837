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

// nextHolding returns the next line that holds sub, as next returns it,
// and its number; sub must hold no line end. It finds sub in the rest of
// the text and skips the lines before it by counting their ends, instead
// of splitting each line and searching it.
func (r *lineReader) nextHolding(sub string) (line string, num int, ok bool) {
	for r.pos < len(r.text) {
		i := strings.Index(r.text[r.pos:], sub)
		if i < 0 {
			r.pos = len(r.text)
			break
		}
		r.skipLinesBefore(r.pos + i)
		line, num, ok = r.next()
		if strings.Contains(line, sub) { // not only in trailing blanks
			return line, num, ok
		}
	}
	return "", 0, false
}

// firstFrom returns the offset of the first sub in the text at or after
// r's position, or len(text) when there is none: a line that next returns
// holds sub only if r.pos is past that offset once it is read.
func (r *lineReader) firstFrom(sub string) int {
	if i := strings.Index(r.text[r.pos:], sub); i >= 0 {
		return r.pos + i
	}
	return len(r.text)
}

// skipLinesBefore moves r to the start of the line that holds offset p
// (p >= r.pos). A line ends at '\n', '\r' or "\r\n", as for
// textutil.NextLine.
func (r *lineReader) skipLinesBefore(p int) {
	seg := r.text[r.pos:p]
	// The last line end: a '\r' can only follow the last '\n' within
	// the line of p, a short backward scan (LastIndexByte is a plain loop).
	last := strings.LastIndexByte(seg, '\n')
	if j := strings.LastIndexByte(seg[last+1:], '\r'); j >= 0 {
		last += 1 + j
	}
	if last < 0 {
		return
	}
	seg = seg[:last+1]
	r.num += strings.Count(seg, "\n")
	if cr := strings.Count(seg, "\r"); cr > 0 {
		r.num += cr - strings.Count(seg, "\r\n")
	}
	r.pos += last + 1
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
// allocating when s is already clean. Most header lines are: a string that
// textutil.NeedsCollapse passes (checked eight bytes at a time) holds no
// white space that collapseRuns would trim or collapse, so it is returned
// as it is; the others are left to collapseRuns.
func collapse(s string) string {
	if !textutil.NeedsCollapse(s) {
		return s
	}
	return collapseRuns(s)
}

// collapseRuns is collapse read byte by byte: it trims s (trimSpace) and
// turns every run of ASCII white space into one space. A non-breaking
// space is trimmed at the start only, and kept inside the text.
func collapseRuns(s string) string {
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

// cleanLine collapses white space and drops a trailing backslash left by the
// backslash-escaped newlines of the cables.csv dump
// (docs/renderings.md#cablescsv).
func cleanLine(s string) string {
	s = collapse(s)
	if strings.HasSuffix(s, "\\") {
		s = trimRight(s[:len(s)-1])
	}
	return s
}
