package tags

import (
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// rawText joins the raw lines, cut where the value was cut. cutValue
// cuts only at a stop word it finds in the upper-cased text, so the
// upper-cased copy is made only when the text holds one in some case
// (mayStop).
func rawText(raw []string) string {
	s := strings.Join(raw, "\n")
	if mayStop(s) {
		if kept, cut, _ := cutValue(asciiUpper(s)); cut {
			s = s[:len(kept)]
		}
	}
	return trimLineEnd(s)
}

// mayStop reports whether asciiUpper(s) holds one of the words cutValue
// looks for before it runs inlineStop: "SUBJ", "REF", "CLASSIFIED",
// "PAGE". asciiUpper changes ASCII letters only, so this is that test
// without the copy: one pass that compares the words, in either case,
// where their first letter is, instead of a search for each word.
func mayStop(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		var w string
		switch s[i] | 0x20 { // the letter in lower case (other bytes miss)
		case 's':
			w = "subj"
		case 'r':
			w = "ref"
		case 'c':
			w = "classified"
		case 'p':
			w = "page"
		default:
			continue
		}
		if textutil.HasPrefixFold(s[i:], w) {
			return true
		}
	}
	return false
}

// asciiUpper upper-cases the ASCII letters of s only, so that offsets in
// the result are offsets in s.
func asciiUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// trimLineEnd returns s without its trailing spaces, tabs and line ends:
// strings.TrimRight(s, " \t\r\n") without building the byte set.
func trimLineEnd(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\r' || s[i-1] == '\n') {
		i--
	}
	return s[:i]
}
