package textutil

import (
	"html"
	"strings"
)

// Normalize undoes the rendering artefacts of copied cables without changing
// any word of the cable:
//
//   - "\r\n" and lone "\r" become "\n";
//   - the escaped newline entity "&#x000A;" (and "&#10;") becomes "\n";
//   - other HTML character references (&amp;, &#8217;, ...) are decoded when
//     the text holds the escaped newline entity or an "&" followed by a
//     letter or "#" and a ";" later in the word;
//   - markdown links whose target is a fragment ("[PREL](#)",
//     "[PREL](#prel)") become their text ("PREL");
//   - trailing spaces and tabs (markdown hard breaks) are removed;
//   - a NUL byte becomes a space.
//
// The pilcrow "¶" and markdown heading marks ("####") are kept: they carry
// structure that the paragraph parser reads.
func Normalize(s string) string {
	// Entities first: "&#13;" decodes to a "\r" that must become "\n" too.
	if strings.Contains(s, "&") {
		s = strings.ReplaceAll(s, "&#x000A;", "\n")
		s = strings.ReplaceAll(s, "&#x000a;", "\n")
		s = strings.ReplaceAll(s, "&#10;", "\n")
		if hasEntity(s) {
			s = html.UnescapeString(s)
		}
	}
	if strings.Contains(s, "\r") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	for strings.Contains(s, "](#") {
		// again until stable: a link inside a link ("[[X](#)](#)")
		t := stripFragmentLinks(s)
		if t == s {
			break
		}
		s = t
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", " ")
	}
	return trimLineEnds(s)
}

// hasEntity reports whether s holds something that looks like an HTML
// character reference: "&" then a letter or "#", then ";" within 10 bytes.
func hasEntity(s string) bool {
	for i := strings.IndexByte(s, '&'); i >= 0 && i+1 < len(s); {
		c := s[i+1]
		if c == '#' || (c|0x20 >= 'a' && c|0x20 <= 'z') {
			end := min(len(s), i+12)
			if j := strings.IndexByte(s[i+1:end], ';'); j > 0 {
				return true
			}
		}
		k := strings.IndexByte(s[i+1:], '&')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// stripFragmentLinks turns "[X](#...)" into "X" when X has no brackets and
// no newline.
func stripFragmentLinks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		j := strings.Index(s, "](#")
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		open := strings.LastIndexByte(s[:j], '[')
		closeParen := strings.IndexByte(s[j+3:], ')')
		if open < 0 || closeParen < 0 || strings.ContainsAny(s[open+1:j], "[]\n") ||
			strings.ContainsAny(s[j+3:j+3+closeParen], " \n") {
			b.WriteString(s[:j+3])
			s = s[j+3:]
			continue
		}
		b.WriteString(s[:open])
		b.WriteString(s[open+1 : j])
		s = s[j+3+closeParen+1:]
	}
}

// trimLineEnds removes spaces and tabs before every newline and at the end.
func trimLineEnds(s string) string {
	if !hasTrailingBlank(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			b.WriteString(TrimBlanksRight(s))
			return b.String()
		}
		b.WriteString(TrimBlanksRight(s[:i]))
		b.WriteByte('\n')
		s = s[i+1:]
	}
}

func hasTrailingBlank(s string) bool {
	if s == "" {
		return false
	}
	if c := s[len(s)-1]; c == ' ' || c == '\t' {
		return true
	}
	// two vector searches: faster than visiting every line end
	return strings.Contains(s, " \n") || strings.Contains(s, "\t\n")
}
