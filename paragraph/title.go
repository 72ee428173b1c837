package paragraph

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// Title converts a subject to title case: words capitalised, acronyms
// from the embedded list (data/acronyms.txt) upper case or in their
// special spelling ("DoD"), small words (a, and, of, the, to, ...) lower
// case except first and after ":" or a dash, "'s" and similar tails lower
// case, redactions ("XXXXXXXXXXXX") upper case. In a subject that is
// already mixed case, words written all upper case are kept as acronyms.
// White space is collapsed.
func Title(s string) string {
	return titleCase(s, true)
}

// titleCase is Title; with asciiFast, ASCII words are cased without the
// golang.org/x/text casers (same result, no allocation), and the casers
// are made only when a word needs them.
func titleCase(s string, asciiFast bool) string {
	s = collapse(s)
	if s == "" {
		return ""
	}
	t := &titler{acr: acronyms(), mixed: hasLower(s), asciiFast: asciiFast}
	var b strings.Builder
	b.Grow(len(s))
	first := true
	var prev [6]string // the words before w, latest last
	for w := range strings.SplitSeq(s, " ") {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		switch {
		case isDashRun(w) || w == "-" || w == "--" || w == "–" || w == "—":
			b.WriteString(w)
			first = true
		case parenAcronym(w, prev[:]):
			b.WriteString(w) // "COMMITTEE (IAAC)": an acronym defined in parentheses
			first = strings.HasSuffix(w, ":")
		default:
			t.word(&b, w, first)
			first = strings.HasSuffix(w, ":")
		}
		copy(prev[:], prev[1:])
		prev[len(prev)-1] = w
	}
	return b.String()
}

// titler holds what one call of Title needs: the acronym table, whether
// the subject is mixed case, and its golang.org/x/text casers.
type titler struct {
	acr       *acronymTable
	mixed     bool
	asciiFast bool
	// Casers are not safe for concurrent use: they are made per call of
	// Title, when first needed.
	casers *titleCasers
}

type titleCasers struct{ upper, lower, title cases.Caser }

func (t *titler) caser() *titleCasers {
	if t.casers == nil {
		t.casers = &titleCasers{
			upper: cases.Upper(language.Und),
			lower: cases.Lower(language.Und),
			title: cases.Title(language.Und),
		}
	}
	return t.casers
}

// toUpper is cases.Upper: for ASCII text, the ASCII mapping.
func (t *titler) toUpper(w string) string {
	if t.asciiFast && isASCII(w) {
		return strings.ToUpper(w)
	}
	return t.caser().upper.String(w)
}

// toLower is cases.Lower: for ASCII text, the ASCII mapping.
func (t *titler) toLower(w string) string {
	if t.asciiFast && isASCII(w) {
		return strings.ToLower(w)
	}
	return t.caser().lower.String(w)
}

// toTitle is cases.Title of a lower-case word: for ASCII letters only,
// the first one upper-cased.
func (t *titler) toTitle(l string) string {
	if t.asciiFast && l != "" && isASCIILetters(l) {
		if c := l[0]; c >= 'a' && c <= 'z' {
			return string(c-'a'+'A') + l[1:]
		}
		return l
	}
	return t.caser().title.String(l)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// word writes the title-case form of the blank-free word w, whose parts
// are separated by "-" or "/".
func (t *titler) word(b *strings.Builder, w string, first bool) {
	start := 0
	for i := 0; i <= len(w); i++ {
		if i < len(w) && w[i] != '-' && w[i] != '/' {
			continue
		}
		part := w[start:i]
		// a particle that opens a compound is no particle: "De-Mining"
		t.part(b, part, first || start > 0 || i < len(w) && isSmallWord(strings.ToLower(part)))
		if i < len(w) {
			b.WriteByte(w[i])
		}
		start = i + 1
	}
}

// part writes one part of a word, with its surrounding punctuation.
func (t *titler) part(b *strings.Builder, part string, capital bool) {
	// split off leading and trailing punctuation
	lead := strings.IndexFunc(part, isWordRune)
	if lead < 0 {
		b.WriteString(part)
		return
	}
	end := strings.LastIndexFunc(part, isWordRune)
	_, size := utf8.DecodeRuneInString(part[end:])
	end += size
	b.WriteString(part[:lead])
	core := part[lead:end]
	head, tail, apos := cutApostrophe(core)
	t.writeCore(b, head, capital)
	if apos != "" {
		b.WriteString(apos)
		if lt := t.toLower(tail); isApostropheTail(lt) || lt == "a" && len(head) > 1 { // "Shi'a"
			b.WriteString(lt)
		} else {
			t.writeCore(b, tail, true)
		}
	}
	b.WriteString(part[end:])
}

// writeCore writes core(w, capital). A short ASCII word is cased in
// buffers on the stack, so that the common word costs no allocation.
func (t *titler) writeCore(b *strings.Builder, w string, capital bool) {
	if !t.asciiFast || len(w) > 64 || !isASCII(w) {
		b.WriteString(t.core(w, capital))
		return
	}
	var ub, lb [64]byte
	u, l := ub[:len(w)], lb[:len(w)]
	upper := false // w has an upper-case letter
	for i := 0; i < len(w); i++ {
		c := w[i]
		u[i], l[i] = c, c
		switch {
		case c >= 'a' && c <= 'z':
			u[i] = c - 'a' + 'A'
		case c >= 'A' && c <= 'Z':
			l[i] = c - 'A' + 'a'
			upper = true
		}
	}
	// the steps of core, on the buffers
	if sp, ok := t.acr.lookupBytes(u); ok && (!t.mixed || w == string(u) || w == sp) {
		b.WriteString(sp)
		return
	}
	if len(w) >= 3 && allX(u) {
		b.Write(u) // redaction
		return
	}
	if w == string(u) && isRomanNumeral(w) {
		b.WriteString(w)
		return
	}
	if t.mixed && w == string(u) && len(w) > 1 && hasLetter(w) {
		b.WriteString(w) // acronym written upper case in a mixed-case subject
		return
	}
	if t.mixed && upper {
		b.WriteString(w) // "McCain", "iPhone": keep the writer's casing
		return
	}
	if !capital && isSmallWord(string(l)) {
		b.Write(l)
		return
	}
	if isASCIIAlnum(w) {
		// what the title caser does to lower-case letters and digits
		// ("3rd" -> "3Rd", "a1b" -> "A1b"): the first letter up
		for i, c := range l {
			if c >= 'a' && c <= 'z' {
				l[i] = c - 'a' + 'A'
				break
			}
		}
		b.Write(l)
		return
	}
	b.WriteString(t.toTitle(string(l)))
}

// isASCIIAlnum reports whether s holds only ASCII letters and digits.
func isASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9') && !(c|0x20 >= 'a' && c|0x20 <= 'z') {
			return false
		}
	}
	return true
}

// allX reports whether u holds only 'X' bytes.
func allX(u []byte) bool {
	for _, c := range u {
		if c != 'X' {
			return false
		}
	}
	return true
}

// core cases one word without punctuation or apostrophe.
func (t *titler) core(w string, capital bool) string {
	if w == "" {
		return w
	}
	u := t.toUpper(w)
	if sp, ok := t.acr.lookup(u); ok && (!t.mixed || w == u || w == sp) {
		return sp
	}
	if len(w) >= 3 && strings.Trim(u, "X") == "" {
		return u // redaction
	}
	if w == u && isRomanNumeral(u) {
		return u
	}
	if t.mixed && w == u && utf8.RuneCountInString(w) > 1 && hasLetter(w) {
		return w // acronym written upper case in a mixed-case subject
	}
	if t.mixed && w != t.toLower(w) {
		return w // "McCain", "iPhone": keep the writer's casing
	}
	l := t.toLower(w)
	if !capital && isSmallWord(l) {
		return l
	}
	return t.toTitle(l)
}

// cutApostrophe splits "GOL'S" into "GOL", "'", "S".
func cutApostrophe(w string) (head, tail, apos string) {
	for i, r := range w {
		if r == '\'' || r == '’' {
			return w[:i], w[i+utf8.RuneLen(r):], string(r)
		}
	}
	return w, "", ""
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&'
}

func hasLower(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLower)
}

func hasLetter(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLetter)
}

// parenAcronym reports whether w is "(" + two to six capital letters +
// ")" (maybe with punctuation after it) whose first letter begins one of
// the words before it that is not a small word: the acronym a subject defines ("TRAFFICKING IN
// PERSONS (TIP)"), not a word in parentheses ("THE (ART) SHOW").
func parenAcronym(w string, prev []string) bool {
	if len(w) < 4 || w[0] != '(' {
		return false
	}
	k := strings.IndexByte(w, ')')
	if k < 3 || k > 7 {
		return false
	}
	for i := 1; i < k; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	for _, p := range prev {
		if p != "" && (p[0] == w[1] || p[0] == w[1]|0x20) && !isSmallWord(strings.ToLower(p)) {
			return true
		}
	}
	return false
}
