package paragraph

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/acronyms.txt
var acronymData string

// acronyms maps the upper-case form of an acronym to its spelling
// ("NATO" -> "NATO", "DOD" -> "DoD"). Parsed once, read-only afterwards.
var acronyms = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 400)
	for ln := range strings.SplitSeq(acronymData, "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || ln[0] == '#' {
			continue
		}
		m[strings.ToUpper(ln)] = ln
	}
	return m
})

// smallWords stay lower case inside a title, except first and after ":" or "-".
var smallWords = map[string]bool{
	"a": true, "an": true, "and": true, "as": true, "at": true, "but": true, "by": true, "en": true,
	"for": true, "if": true, "in": true, "of": true, "on": true, "or": true, "the": true, "to": true,
	"v.": true, "via": true, "vs.": true, "vs": true,
}

// apostropheTails stay lower case after an apostrophe ("GOL's", "We'll").
var apostropheTails = map[string]bool{"s": true, "ll": true, "ve": true, "re": true, "t": true, "d": true, "m": true, "ing": true, "ed": true}

// romanNumerals are kept upper case when written upper case ("Title III").
var romanNumerals = map[string]bool{"II": true, "III": true, "IV": true, "VI": true, "VII": true, "VIII": true, "IX": true, "XI": true, "XII": true, "XIII": true, "XIV": true, "XV": true, "XX": true}

// Title converts a subject to title case: words capitalised, acronyms
// from the embedded list (data/acronyms.txt) upper case or in their
// special spelling ("DoD"), small words (a, and, of, the, to, ...) lower
// case except first and after ":" or a dash, "'s" and similar tails lower
// case, redactions ("XXXXXXXXXXXX") upper case. In a subject that is
// already mixed case, words written all upper case are kept as acronyms.
// White space is collapsed.
func Title(s string) string {
	s = collapse(s)
	if s == "" {
		return ""
	}
	mixed := hasLower(s)
	acr := acronyms()
	var b strings.Builder
	b.Grow(len(s))
	first := true
	for w := range strings.SplitSeq(s, " ") {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if isDashRun(w) || w == "-" || w == "--" || w == "–" || w == "—" {
			b.WriteString(w)
			first = true
			continue
		}
		titleWord(&b, w, first, mixed, acr)
		first = strings.HasSuffix(w, ":")
	}
	return b.String()
}

// titleWord writes the title-case form of the blank-free word w, whose
// parts are separated by "-" or "/".
func titleWord(b *strings.Builder, w string, first, mixed bool, acr map[string]string) {
	start := 0
	for i := 0; i <= len(w); i++ {
		if i < len(w) && w[i] != '-' && w[i] != '/' {
			continue
		}
		part := w[start:i]
		titlePart(b, part, first || start > 0, mixed, acr)
		if i < len(w) {
			b.WriteByte(w[i])
		}
		start = i + 1
	}
}

// titlePart writes one part of a word, with its surrounding punctuation.
func titlePart(b *strings.Builder, part string, capital, mixed bool, acr map[string]string) {
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
	b.WriteString(titleCore(head, capital, mixed, acr))
	if apos != "" {
		b.WriteString(apos)
		lt := strings.ToLower(tail)
		if apostropheTails[lt] {
			b.WriteString(lt)
		} else {
			b.WriteString(titleCore(tail, true, mixed, acr))
		}
	}
	b.WriteString(part[end:])
}

// titleCore cases one word without punctuation or apostrophe.
func titleCore(w string, capital, mixed bool, acr map[string]string) string {
	if w == "" {
		return w
	}
	u := strings.ToUpper(w)
	if sp, ok := acr[u]; ok && (!mixed || w == u || w == sp) {
		return sp
	}
	if len(w) >= 3 && strings.Trim(u, "X") == "" {
		return u // redaction
	}
	if w == u && romanNumerals[u] {
		return u
	}
	if mixed && w == u && utf8.RuneCountInString(w) > 1 && hasLetter(w) {
		return w // acronym written upper case in a mixed-case subject
	}
	if mixed && w != strings.ToLower(w) {
		return w // "McCain", "iPhone": keep the writer's casing
	}
	l := strings.ToLower(w)
	if !capital && smallWords[l] {
		return l
	}
	return capitalize(l)
}

// capitalize upper-cases the first letter of the lower-case word l.
func capitalize(l string) string {
	r, size := utf8.DecodeRuneInString(l)
	if r == utf8.RuneError || !unicode.IsLetter(r) {
		return l
	}
	return string(unicode.ToTitle(r)) + l[size:]
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
