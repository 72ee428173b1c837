package cable

import (
	"strings"
	"unicode/utf8"
)

// wrapText fills the words of s into lines of at most width runes; the
// first line starts after a prefix of firstCol runes and the following
// lines after indent spaces. A word longer than a line gets a line of its
// own. White space in s (line ends included) only separates words.
func wrapText(s string, firstCol, indent, width int) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	var lines []string
	var b strings.Builder
	col := firstCol
	pad := ""
	for i, w := range words {
		n := utf8.RuneCountInString(w)
		if i > 0 && col+1+n > width {
			lines = append(lines, b.String())
			b.Reset()
			pad = strings.Repeat(" ", indent)
			b.WriteString(pad)
			col = indent
		} else if i > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += n
	}
	lines = append(lines, b.String())
	return lines
}

// wrapLabelled writes "label value" wrapped: continuation lines start at
// column indent.
func wrapLabelled(label, value string, indent, width int) []string {
	ls := wrapText(value, utf8.RuneCountInString(label), indent, width)
	ls[0] = label + ls[0]
	return ls
}

// spaced writes a word letter by letter: "S E C R E T".
func spaced(word string) string {
	var b strings.Builder
	for i, r := range word {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// subItemStart reports whether a line of paragraph text opens a sub-item
// that must start a line of its own: "-- ", "- ", "A. ", "(A) ", "A) ",
// "1) ", "(1) ".
func subItemStart(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "*") {
		return true
	}
	i := 0
	if strings.HasPrefix(s, "(") {
		i = 1
	}
	j := i
	for j < len(s) && j-i < 3 && (s[j] >= '0' && s[j] <= '9' || j == i && s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	if j == i || j >= len(s) {
		return false
	}
	switch {
	case i == 1:
		return s[j] == ')'
	case s[j] == ')':
		return true
	case s[j] == '.' && j-i == 1 && s[i] >= 'A' && s[i] <= 'Z':
		return j+1 < len(s) && s[j+1] == ' '
	}
	return false
}

// textBlocks splits paragraph text (one line per source line) into blocks
// to be wrapped separately: a new block starts at each sub-item line;
// other lines continue the running block.
func textBlocks(text string) []string {
	var blocks []string
	for l := range strings.SplitSeq(text, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if len(blocks) == 0 || subItemStart(l) {
			blocks = append(blocks, l)
			continue
		}
		blocks[len(blocks)-1] += " " + l
	}
	return blocks
}
