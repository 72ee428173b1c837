package classification

import (
	"regexp"
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/cablemeta/cablemeta/marking"
)

// ClassifiedBy is the "Classified By" line: who classified the cable and
// for which reasons (categories of E.O. 12958 §1.5 or, from 2003, §1.4).
type ClassifiedBy struct {
	// Names are the classifying officers' names as written, without title
	// ("Glyn T. Davies", "E. GIBSON LANPHER, JR."). Usually one.
	Names []string `json:"names,omitempty"`
	// Title is what is left of the "who" part once names are removed:
	// title and office ("Ambassador", "DIRECTOR, SA/PAB, DEPARTMENT OF STATE").
	Title string `json:"title,omitempty"`
	// DerivedFrom is set for "Classified By: Derived from Multiple Sources".
	DerivedFrom string `json:"derived_from,omitempty"`
	// Reasons are the classification categories cited, in letter order.
	Reasons []Reason `json:"reasons,omitempty"`
	// Raw is the text of the line(s) as written, from "Classified By"
	// to the end of the reasons, whitespace collapsed.
	Raw string `json:"raw"`
	// Line is the line number of the "Classified By" keyword (0 if unknown).
	Line int `json:"line,omitempty"`
}

// NormalizedNames returns Names with the digit zero typed for the letter
// O repaired in initials and between letters: "LEE 0. COLDREN" gives
// "LEE O. COLDREN", "C0LDREN" gives "COLDREN". Names keeps them as
// written.
func (cb ClassifiedBy) NormalizedNames() []string {
	if cb.Names == nil {
		return nil
	}
	out := make([]string, len(cb.Names))
	for i, n := range cb.Names {
		b := []byte(n)
		for j, c := range b {
			if c != '0' {
				continue
			}
			prevLetter := j > 0 && isLetter(b[j-1])
			nextLetter := j+1 < len(b) && isLetter(b[j+1])
			initial := (j == 0 || b[j-1] == ' ') && j+1 < len(b) && b[j+1] == '.'
			if initial || prevLetter || nextLetter {
				b[j] = 'O'
			}
		}
		out[i] = string(b)
	}
	return out
}

// Reason is one classification category cited on a "Classified By" line.
type Reason struct {
	// Section is the E.O. section as written but normalised: "1.4", "1.5"
	// (mistyped sections such as "1.2" are kept).
	Section string `json:"section"`
	// Letter is the category letter, lower case: "a" ... "h".
	Letter string `json:"letter"`
	// Meaning is the category's wording (see [ReasonMeaning]); "" for an
	// unknown section.
	Meaning string `json:"meaning,omitempty"`
}

var (
	// continuation of a wrapped "Classified By" line after a blank line.
	cbContRE = regexp.MustCompile(`^(?:[a-z]|SONS\b|\(?[a-hA-H]\s*[)/,&]|1\s*[.,]\s*[2-6]|(?i:reasons?\b|for\s+rea|per\s+1))`)
	// the start of a paragraph or heading: the block stops there.
	cbStopRE = regexp.MustCompile(`^(?:¶|\d{1,2}\s*\.\s*[(A-Z]|\d{1,2}\s*\.\s*$|-{3,}|(?i:summary|begin summary)\b)`)
	// more reason letters on the next line: "AND (D).", "(d).", "nd (d)".
	cbMoreLettersRE = regexp.MustCompile(`^(?:\(?[a-hA-H]\s*[),/&]|(?i:and|or|nd)\b|&|\))`)
	pageLineRE      = regexp.MustCompile(`^PAGE\s+\d{2}\b`)
)

// abbreviations that may end with a dot inside a name or title.
var cbAbbrevs = map[string]bool{"amb": true, "dir": true, "jr": true, "sr": true, "mr": true, "mrs": true, "ms": true, "dr": true, "ai": true, "st": true, "lt": true, "col": true, "gen": true, "adm": true, "capt": true, "maj": true, "dep": true, "asst": true}

// connectors are words between title parts; they are not titles, and a
// name is never preceded only by one of them.
var connectors = map[string]bool{"for": true, "of": true, "to": true, "and": true, "the": true, "by": true, "at": true, "in": true, "on": true, "with": true, "per": true, "under": true, "&": true, "or": true, "fr": true, "f0r": true}

// particles are lower-case words inside surnames.
var particles = map[string]bool{"van": true, "von": true, "de": true, "del": true, "della": true, "da": true, "di": true, "du": true, "der": true, "den": true, "la": true, "le": true, "bin": true, "al": true, "el": true, "ibn": true, "ter": true, "dos": true}

// ParseClassifiedBy finds the first "Classified By" line in text and parses
// it. text may be a whole preamble; the line may wrap over several lines,
// mid-word ("REA\nSONS", "1.\n4"), be paragraph 1 ("1. (U) CLASSIFIED BY
// ..."), follow a "CONFIDENTIAL - ENTIRE TEXT." sentence, name nobody
// ("CLASSIFIED BY SECTION 1.5 (B) AND (D)") or give the source of a
// derivative classification ("Derived from Multiple Sources"). When several
// "Classified By" lines appear, the first one that names someone (or else
// gives reasons) wins. It reports false when there is none.
func ParseClassifiedBy(text string) (ClassifiedBy, bool) {
	cb, _, ok := findClassifiedBy(text)
	return cb, ok
}

// findClassifiedBy is ParseClassifiedBy that also returns the byte offset
// of the keyword in text.
func findClassifiedBy(text string) (ClassifiedBy, int, bool) {
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	var fallback ClassifiedBy
	fbAt, found := -1, false
	for off := 0; off < len(text); {
		start, end := nextCBKey(text, off)
		if start < 0 {
			break
		}
		off = end
		if skipClassifiedBy(text, start, end) {
			continue
		}
		block := cbBlock(text, end)
		cb := parseCBBlock(block)
		cb.Raw = cbRaw(text, start, end, block)
		if len(cb.Names) > 0 || cb.DerivedFrom != "" {
			return cb, start, true
		}
		if !found || (len(fallback.Reasons) == 0 && len(cb.Reasons) > 0) {
			fallback, fbAt, found = cb, start, true
		}
	}
	return fallback, fbAt, found
}

// cbRaw returns textutil.CollapseCommas(text[start:end] + " " + block),
// the raw text of a "Classified By" line whose keyword is text[start:end]. When block
// follows the keyword in text and the space joins a run of white space
// (the keyword or the block has one at that end) or ends the text (an
// empty block), the space changes nothing CollapseCommas returns: it is then
// CollapseCommas(text[start:end+len(block)]), a slice of text when that is
// already collapsed (most lines), instead of two new strings.
func cbRaw(text string, start, end int, block string) string {
	if strings.HasPrefix(text[end:], block) &&
		(block == "" || isSpaceTab(block[0]) || end > start && isSpaceTab(text[end-1])) {
		return textutil.CollapseCommas(text[start : end+len(block)])
	}
	return textutil.CollapseCommas(text[start:end] + " " + block)
}

func isSpaceTab(c byte) bool { return c == ' ' || c == '\t' }

// skipClassifiedBy reports whether the keyword at text[start:end] is not a
// "Classified By" line: "- - C O R R E C T E D  C O P Y - - CLASSIFIED BY
// LINE ADDED".
func skipClassifiedBy(text string, start, end int) bool {
	rest := strings.TrimLeft(text[end:], blanks)
	if len(rest) >= 4 && strings.EqualFold(rest[:4], "LINE") {
		return true
	}
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	return hasCorrectedCopy(text[ls:start])
}

// cbBlock returns the text of a "Classified By" line from offset i to the end
// of its reasons, following wrapped lines and skipping page-break lines.
// Most blocks are one line: that is a slice of text, and a wrapped block
// is built by concatenation, line by line (at most six).
func cbBlock(text string, i int) string {
	line, rest := cutLine(text[i:])
	block := trimLineEnd(line)
	for n := 0; n < 6 && rest != ""; n++ {
		if blockComplete(block) && !cbMoreLettersRE.MatchString(strings.TrimSpace(firstLine(rest))) {
			break
		}
		line, rest = cutLine(rest)
		t := strings.TrimSpace(trimLineEnd(line))
		cur := strings.TrimRight(block, blanks)
		open := strings.HasSuffix(cur, ",") || strings.HasSuffix(cur, ";") || endsWithAnd(cur)
		if t == "" || isPageJunk(t) {
			// Look ahead past blanks and page breaks for a continuation.
			next := nextContent(rest)
			if next == "" || !(open || cbContRE.MatchString(next)) || cbStopRE.MatchString(next) {
				break
			}
			continue
		}
		lettersNext := hasCBSection(cur) && cbMoreLettersRE.MatchString(t)
		if !lettersNext {
			if cbStopRE.MatchString(t) || cbKeyStartLen(t) > 0 {
				break
			}
			if _, _, ok := marking.CutMarking(t); ok {
				break
			}
		}
		block += "\n" + t
	}
	return block
}

// endsWithAnd reports whether strings.ToLower(s) ends with " and", without
// the lower-cased copy: no rune but 'A', 'N' and 'D' lower-cases to one
// of those letters, and none lower-cases to a space.
func endsWithAnd(s string) bool {
	return len(s) >= 4 && hasPrefixFold(s[len(s)-4:], " and")
}

// hasCBSection reports whether s holds an E.O. section (findCBSection).
func hasCBSection(s string) bool {
	start, _ := findCBSection(s)
	return start >= 0
}

// blockComplete reports whether a "Classified By" block already holds a
// section number followed by at least one letter and a closing
// parenthesis or full stop at its end.
func blockComplete(s string) bool {
	t := strings.TrimRight(s, blanks)
	if t == "" {
		return false
	}
	last := t[len(t)-1]
	if last != '.' && last != ')' {
		return false
	}
	_, end := findCBSection(t)
	return end >= 0 && hasLetters(t[end:]) && !strings.HasSuffix(t, " 1.")
}

// nextContent returns the first line of s that is neither blank nor a page
// break line, trimmed.
func nextContent(s string) string {
	for k := 0; k < 6 && s != ""; k++ {
		var line string
		line, s = cutLine(s)
		t := strings.TrimSpace(trimLineEnd(line))
		if t != "" && !isPageJunk(t) {
			return t
		}
	}
	return ""
}

// isPageJunk reports whether t is a page-break line of a received copy: a
// bare classification word or "PAGE 02 ...".
func isPageJunk(t string) bool {
	if pageLineRE.MatchString(t) {
		return true
	}
	_, err := marking.ParseLevel(t)
	return err == nil && len(t) > 2
}

func firstLine(s string) string {
	l, _ := cutLine(s)
	return l
}

func cutLine(s string) (line, rest string) {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// parseCBBlock parses the text after the "Classified By" keyword.
func parseCBBlock(block string) ClassifiedBy {
	var cb ClassifiedBy
	block = joinSplitNames(block)
	cut := len(block)
	if i := cbCut(block); i >= 0 {
		cut = i
	}
	if i := whoEndCut(block[:cut]); i >= 0 {
		cut = i
	}
	if i := strings.Index(block[:cut], "for rea"); i >= 0 { // "for reQ#8..." (lower case only)
		cut = i
	}
	for text, off := block[:cut], 0; ; {
		start, end, next, ok := nextSentenceEnd(text, off)
		if !ok {
			break
		}
		if !cbAbbrevs[strings.ToLower(text[start:end])] {
			cut = end
			break
		}
		off = next
	}
	who := cleanWho(textutil.CollapseCommas(block[:cut]))
	cb.Reasons = parseReasons(block[cut:])
	if hasDerivedFrom(who) {
		cb.DerivedFrom = strings.TrimSpace(who[len("derived from"):])
		return cb
	}
	cb.Names, cb.Title = splitWho(who)
	return cb
}

// hasDerivedFrom reports whether strings.ToLower(who) starts with
// "derived from". When the first twelve bytes are ASCII they alone make
// that prefix, compared in place; otherwise (a 'İ' lower-cases to 'i')
// the lower-cased copy is made.
func hasDerivedFrom(who string) bool {
	const p = "derived from"
	if len(who) < len(p) || isASCII(who[:len(p)]) {
		return hasPrefixFold(who, p)
	}
	return strings.HasPrefix(strings.ToLower(who), p)
}

// nextSentenceEnd finds the next match of `([A-Za-z]{2,})\.[ \t]*\n` in
// s at or after off, a word of two or more letters ending a line with a period
// ("...Political Officer.\n"), and returns the word's bounds and the
// offset after the match. It visits the line ends instead of running the
// pattern: every match ends at one.
func nextSentenceEnd(s string, off int) (start, end, next int, ok bool) {
	for off < len(s) {
		nl := strings.IndexByte(s[off:], '\n')
		if nl < 0 {
			break
		}
		nl += off
		off = nl + 1
		q := nl
		for q > 0 && (s[q-1] == ' ' || s[q-1] == '\t') {
			q--
		}
		if q == 0 || s[q-1] != '.' {
			continue
		}
		end = q - 1
		start = end
		for start > 0 && isLetter(s[start-1]) {
			start--
		}
		if end-start >= 2 {
			return start, end, off, true
		}
	}
	return 0, 0, 0, false
}
