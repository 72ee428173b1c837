package lexicon

import (
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// TagsSpelling reports whether word, in ASCII letters of any case, spells
// the TAGS label or one of its typos, and whether that spelling needs
// punctuation after it to count: the common "TAGS", "TAG", "TAGE" and
// "TAGES" don't; the rarer "TGS", "TAS", "TABS" and "AGS" do.
func TagsSpelling(word string) (needPunct, ok bool) {
	if len(word) < 3 || len(word) > 5 {
		return false, false
	}
	var up [5]byte // word upper-cased: ASCII letters, so bit 5 cleared
	for i := 0; i < len(word); i++ {
		if !isLetter(word[i]) {
			return false, false
		}
		up[i] = word[i] &^ 0x20
	}
	switch string(up[:len(word)]) {
	case "TAGS", "TAG", "TAGE", "TAGES":
		return false, true
	case "TGS", "TAS", "TABS", "AGS":
		return true, true
	}
	return false, false
}

// Label is a label found in a line s: s[Start:End] is the keyword as
// written, and its value starts at s[Value:].
type Label struct {
	Start, End int
	Value      int
	// Punct is the punctuation between keyword and value (':', ',', ';'
	// or '.'), or 0 when blanks or the end of the line follow the keyword.
	Punct byte
}

// Word returns the keyword of l as written in s.
func (l Label) Word(s string) string { return s[l.Start:l.End] }

// TagsLabelAt matches a TAGS keyword at s[i:]: a spelling of TagsSpelling,
// then blanks and a ':', ',', ';' or '.'. When bare is set, a spelling
// that needs no punctuation may be followed by blanks instead (at least
// one unless the line ends there).
func TagsLabelAt(s string, i int, bare bool) (Label, bool) {
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	needPunct, ok := TagsSpelling(s[i:j])
	if !ok {
		return Label{}, false
	}
	k := j
	for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
		k++
	}
	if k < len(s) && (s[k] == ':' || s[k] == ',' || s[k] == ';' || s[k] == '.') {
		return Label{Start: i, End: j, Value: k + 1, Punct: s[k]}, true
	}
	if needPunct || !bare || (k == j && k < len(s)) {
		return Label{}, false
	}
	return Label{Start: i, End: j, Value: k}, true
}

// FindTagsLabel finds the TAGS keyword in the line s: at its start (after
// SkipLead), with or without punctuation after it, or, unless atStartOnly,
// later in the line at the start of a word, followed by punctuation or,
// on an E.O. line or a line naming an E.O. number, by blanks
// ("E.O. 12958: DECL: 01/01/2019 TAGS PREL").
func FindTagsLabel(s string, atStartOnly bool) (Label, bool) {
	i := SkipLead(s)
	if l, ok := TagsLabelAt(s, i, true); ok {
		return l, true
	}
	if atStartOnly {
		return Label{}, false
	}
	return findTagsLabel(s, i+1, func() bool { return eoNumberLine(s) })
}

// IndexTagsLabel finds the first TAGS keyword in s that starts a word and
// is followed by punctuation or, when bare is set, by blanks: a TAGS label
// run onto the text of an E.O. line ("DECL: 03/20/2019 TAG PTER").
func IndexTagsLabel(s string, bare bool) (Label, bool) {
	if l, ok := TagsLabelAt(s, 0, bare); ok {
		return l, true
	}
	return findTagsLabel(s, 1, func() bool { return bare })
}

// findTagsLabel finds a TAGS keyword at a word start in s[from:]; bare,
// asked at the first candidate, says whether blanks may follow it.
func findTagsLabel(s string, from int, bare func() bool) (Label, bool) {
	b, known := false, false
	for k := from; k+3 <= len(s); k++ {
		p := textutil.IndexFold(s[k:], "tag")
		if p < 0 {
			break
		}
		k += p
		if isLetter(s[k-1]) {
			continue
		}
		if !known {
			b, known = bare(), true
		}
		if l, ok := TagsLabelAt(s, k, b); ok {
			return l, true
		}
	}
	return Label{}, false
}

// eoNumberLine reports whether a TAGS keyword later in the line s counts
// without punctuation after it: s is an E.O. line, or names an E.O. number.
func eoNumberLine(s string) bool {
	return EOLine(s) || strings.Contains(s, "12958") || strings.Contains(s, "13526")
}

// TagsLine reports whether the trimmed line t opens with the TAGS label in
// its strict form, as the body parser needs it to tell a TAGS line from
// text: a spelling followed by a colon ("TAGE: CVIS"), or a common
// spelling in capitals followed by a blank and a value in capitals
// without a period ("TAGS PREL, PGOV"), never "Tags are fine".
func TagsLine(t string) bool {
	j := 0
	for j < len(t) && isLetter(t[j]) {
		j++
	}
	needColon, ok := TagsSpelling(t[:j])
	if !ok {
		return false
	}
	rest := textutil.TrimBlanksLeft(t[j:])
	if strings.HasPrefix(rest, ":") {
		return true
	}
	return !needColon && j < len(t) && (t[j] == ' ' || t[j] == '\t') && t[:j] == strings.ToUpper(t[:j]) &&
		rest != "" && UpperText(rest) && !strings.ContainsAny(rest, ".")
}
