package textutil

import "strings"

// SqueezeUpper upper-cases the ASCII letters of s and drops all white
// space (' ', '\t', '\r', '\n'): "c o n fidential" -> "CONFIDENTIAL".
// It returns s itself when there is nothing to change.
func SqueezeUpper(s string) string {
	clean := true // already upper case without white space: s itself
	for i := 0; i < len(s) && clean; i++ {
		c := s[i]
		clean = !(c == ' ' || c == '\t' || c == '\r' || c == '\n' || (c >= 'a' && c <= 'z'))
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			continue
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// CollapseCommas trims s and turns runs of spaces and tabs into one
// space; commas are followed by one space. Most texts it is given are
// already so: they are returned as they are.
func CollapseCommas(s string) string {
	if isCollapsed(s) {
		return s
	}
	return collapseCopy(s)
}

// isCollapsed reports whether collapseCopy(s) == s: s has no tab, no space
// at either end, before another space or before a comma, and a comma is
// followed by a space, another comma or the end.
func isCollapsed(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t':
			return false
		case ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' || s[i+1] == ',' {
				return false
			}
		case ',':
			if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != ',' {
				return false
			}
		}
	}
	return true
}

// collapseCopy is CollapseCommas, building the result.
func collapseCopy(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' {
			space = b.Len() > 0
			continue
		}
		if c == ',' {
			b.WriteByte(',')
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	return b.String()
}
