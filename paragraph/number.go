package paragraph

import (
	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
)

// cutNumber reads a paragraph number at the start of s (after any pilcrow
// has been removed): "1.", "12. ", "1.(U)", "3)". It returns the number, the
// text after the delimiter and whether s starts with a number at all.
// Four-digit numbers ("2006.") are years, not paragraph numbers, and "1.4"
// is a decimal.
func cutNumber(s string) (n int, rest string, ok bool) {
	n, rest, _, ok = cutNumberDelim(s)
	return n, rest, ok
}

// cutNumberDelim is cutNumber that also returns the delimiter ('.' or ')').
func cutNumberDelim(s string) (n int, rest string, delim byte, ok bool) {
	p, ok := lexicon.ParagraphNumber(s)
	if !ok || p.Start != 0 {
		return 0, s, 0, false
	}
	return p.Num, textutil.TrimBlanksLeft(s[p.Text:]), p.Delim, true
}
