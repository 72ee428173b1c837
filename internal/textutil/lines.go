package textutil

import "strings"

// Line is one line of a text with its 1-based line number.
type Line struct {
	Num  int
	Text string
}

// SplitLines splits text into lines numbered from first (1 if first < 1).
// A trailing newline does not yield an empty last line. "\r\n" and a lone
// "\r" count as line ends; the carriage returns are not part of the lines.
func SplitLines(text string, first int) []Line {
	if first < 1 {
		first = 1
	}
	out := make([]Line, 0, strings.Count(text, "\n")+1)
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

// IsBlank reports whether s holds only white space.
func IsBlank(s string) bool {
	return strings.TrimSpace(s) == ""
}

// CollapseSpace trims s and replaces every run of white space with one space.
func CollapseSpace(s string) string {
	if !needsCollapse(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func needsCollapse(s string) bool {
	if s == "" {
		return false
	}
	if isSpace(s[0]) || isSpace(s[len(s)-1]) {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return true
		}
		if c == ' ' && i+1 < len(s) && s[i+1] == ' ' {
			return true
		}
	}
	return false
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
