package paragraph

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// line is one line of the body with its line number in the caller's
// coordinates. text has no line terminator and no trailing blanks.
type line struct {
	num  int
	text string
	off  int // offset in the split text where the line started
	// mark is the offset in text where a page-break mark run into the
	// line was cut out (0 when none was): a subject ends there.
	mark int
}

// blank reports whether the line holds no visible character.
func (l line) blank() bool { return isBlank(l.text) }

// splitLines splits text into lines numbered from first, dropping trailing
// blanks, carriage returns and the trailing backslash of cables.csv exports.
// Lines end as textutil.NextLine ends them ("\n", "\r\n" or a lone "\r").
func splitLines(text string, first int) []line {
	return appendLines(nil, text, first)
}

// appendLines is splitLines writing into the memory of dst (its length
// is ignored).
func appendLines(dst []line, text string, first int) []line {
	if first < 1 {
		first = 1
	}
	out := dst[:0]
	if cap(out) == 0 || cap(out) < len(text)/16 {
		// room for all lines at once, unless dst is already large (reused
		// memory): then counting them costs more than a rare growth
		out = slices.Grow(out, strings.Count(text, "\n")+1)
	}
	for n, off := first, 0; off < len(text); n++ {
		end, next, kind := scanLine(text, off)
		out = append(out, line{num: n, text: tidyKind(text[off:end], kind), off: off})
		off = next
	}
	return out
}

// scanLine finds the end of the line starting at text[off:] and tells
// what tidyLine must do with it, in one pass: the test for printable
// ASCII stops at the line end too (a control character), so the line
// end is found without a search of its own on most lines. end is where
// the line's text ends, next where the next line starts.
func scanLine(text string, off int) (end, next, kind int) {
	for i := off; ; {
		j := textutil.IndexSpecial(text[i:], '#')
		if j < 0 {
			return len(text), len(text), plainKind(text[off:])
		}
		i += j
		switch text[i] {
		case '\t':
			i++ // tabs are allowed
			continue
		case '\n':
			return i, i + 1, plainKind(text[off:i])
		case '\r':
			return i, crlfEnd(text, i), plainKind(text[off:i])
		}
		// anything else: the line needs tidyRunes; find its end
		end = len(text)
		if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
			end = i + k
		}
		if k := strings.IndexByte(text[i:end], '\r'); k >= 0 {
			return i + k, crlfEnd(text, i+k), lineOther
		}
		if end == len(text) {
			return end, end, lineOther
		}
		return end, end + 1, lineOther
	}
}

// crlfEnd returns the start of the line after the carriage return at
// text[i]: after it, or after its "\r\n".
func crlfEnd(text string, i int) int {
	if i+1 < len(text) && text[i+1] == '\n' {
		return i + 2
	}
	return i + 1
}

// plainKind is the kind of a line of printable ASCII (and tabs) without
// '#': linePlain, or lineTrailing when it ends in a blank or backslash.
func plainKind(s string) int {
	if s != "" {
		if c := s[len(s)-1]; c == ' ' || c == '\t' || c == '\\' {
			return lineTrailing
		}
	}
	return linePlain
}

// tidyLine removes presentation-only characters from a line: trailing
// blanks, a trailing backslash continuation (cables.csv escapes), control
// characters, a markdown heading prefix ("#### ") and invalid UTF-8.
func tidyLine(s string) string {
	return tidyKind(s, asciiLine(s))
}

// tidyKind is tidyLine for a line whose kind (asciiLine) is known.
func tidyKind(s string, kind int) string {
	switch kind {
	case linePlain:
		return s // the common case: nothing to remove
	case lineTrailing:
		// printable ASCII without '#': only trailing blanks and a
		// continuation backslash to remove, as tidyRunes would
		s = textutil.TrimBlanksRight(s)
		if strings.HasSuffix(s, "\\") {
			s = textutil.TrimBlanksRight(s[:len(s)-1])
		}
		return s
	}
	return tidyRunes(s)
}

// tidyRunes is tidyLine for any line, rune by rune where it must.
func tidyRunes(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if hasControl(s) {
		s = strings.Map(func(r rune) rune {
			if isControl(r) {
				return ' '
			}
			return r
		}, s)
	}
	s = trimRightSpace(s)
	if strings.HasSuffix(s, "\\") {
		s = trimRightSpace(strings.TrimSuffix(s, "\\"))
	}
	if t := strings.TrimLeft(s, " "); strings.HasPrefix(t, "#") {
		h := strings.TrimLeft(t, "#")
		if len(t)-len(h) <= 6 && strings.HasPrefix(h, " ") {
			s = strings.TrimLeft(h, " ")
		}
	}
	return s
}

// Kinds of line for tidyLine.
const (
	linePlain    = iota // printable ASCII (tabs allowed) without '#', not ending in a blank or backslash
	lineTrailing        // the same, ending in a blank or backslash
	lineOther           // anything else: control characters, non-ASCII, '#'
)

// asciiLine tells tidyLine how much work the line s needs.
func asciiLine(s string) int {
	for off := 0; off < len(s); {
		j := textutil.IndexSpecial(s[off:], '#')
		if j < 0 {
			break
		}
		if s[off+j] != '\t' {
			return lineOther
		}
		off += j + 1 // tabs are allowed
	}
	return plainKind(s)
}

// hasControl reports whether the valid UTF-8 text s holds a rune for
// which isControl holds: U+0085 is the only one outside ASCII, encoded
// C2 85. Printable ASCII is passed eight bytes at a time.
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		j := textutil.IndexSpecial(s[i:], 0x7f) // DEL is special anyway: no extra stop
		if j < 0 {
			return false
		}
		i += j
		c := s[i]
		if (c < 0x20 && c != '\t') || c == 0x7f || (c == 0xc2 && i+1 < len(s) && s[i+1] == 0x85) {
			return true
		}
	}
	return false
}

func isControl(r rune) bool {
	return (r < 0x20 && r != '\t') || r == 0x7f || r == 0x85
}

// trimRightSpace removes trailing spaces, tabs and no-break spaces, as
// strings.TrimRight(s, " \t\u00a0") does, byte by byte.
func trimRightSpace(s string) string {
	for {
		switch {
		case s == "":
			return s
		case s[len(s)-1] == ' ' || s[len(s)-1] == '\t':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u00a0"):
			s = s[:len(s)-len("\u00a0")]
		default:
			return s
		}
	}
}

// isBlank reports whether s holds only white space (including NBSP).
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' {
			continue
		}
		if c >= 0x80 {
			return strings.TrimSpace(strings.ReplaceAll(s, "\u00a0", " ")) == ""
		}
		return false
	}
	return true
}

// trimPilcrow removes leading blanks and a pilcrow anchor from s.
func trimPilcrow(s string) string {
	s = textutil.TrimBlanksLeft(s)
	if strings.HasPrefix(s, "¶") {
		s = textutil.TrimBlanksLeft(s[len("¶"):])
	}
	return s
}

// collapse trims s and replaces runs of white space with one space.
func collapse(s string) string {
	return textutil.CollapseSpace(s) // U+00A0 is white space there too
}

// isDashRun reports whether s (trimmed) is a run of at least three dashes,
// equal signs, underscores or asterisks, possibly broken by spaces
// ("----- ------", "- - -"), including Unicode hyphens and dashes.
func isDashRun(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; c {
	case '-', '=', '_', '*', ' ', '\t', 0xe2: // 0xe2 starts the Unicode dashes
	default:
		return false // most lines: a letter, digit or other mark first
	}
	n := 0
	for _, r := range s {
		switch r {
		case '-', '=', '_', '*', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isDashRune reports whether r is a dash-like rune used in heading rules.
func isDashRune(r rune) bool {
	switch r {
	case '-', '=', '_', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return true
	}
	return false
}

// trimDashes removes leading and trailing dash runs (and blanks) from s:
// "------- SUMMARY -------" becomes "SUMMARY".
func trimDashes(s string) string {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !isDashRune(first) && !isDashRune(last) && first != ' ' && first != '\t' && last != ' ' && last != '\t' {
		return s // nothing to trim: most lines
	}
	return strings.TrimFunc(s, func(r rune) bool { return isDashRune(r) || r == ' ' || r == '\t' })
}

// containsFold reports whether s contains the lower-case ASCII word sub,
// ignoring ASCII case. It is the cheap test run before a regexp.
func containsFold(s, sub string) bool {
	return indexFold(s, sub) >= 0
}

// indexFold returns the index of the first instance of the lower-case
// ASCII word sub in s, ignoring ASCII case, or -1.
func indexFold(s, sub string) int { return textutil.IndexFold(s, sub) }
