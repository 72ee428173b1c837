package classification

import (
	"strings"

	"github.com/cablemeta/cablemeta/marking"
)

// cleanWho strips what precedes the classifier: markings "(U)", a
// paragraph number "1.", a repeated "Classified By:".
func cleanWho(w string) string {
	for {
		before := w
		w = strings.TrimLeft(w, whoLead)
		if _, rest, ok := marking.CutMarking(w); ok {
			w = rest
		}
		w = w[paraNumLen(w):]
		w = w[cbKeyStartLen(w):]
		if w == before {
			break
		}
	}
	return strings.TrimRight(w, whoEnd)
}

// paraNumLen returns the length of the paragraph number that s starts
// with, as `^\d{1,2}\s*\.\s*` (cbParaNumRE of the tests) matches it: one
// or two digits (a third makes no match: the dot must follow), white
// space, a dot, white space; 0 if there is none.
func paraNumLen(s string) int {
	i := digitRun(s, 0, 3)
	if i == 0 || i > 2 {
		return 0
	}
	i += skipRESpace(s[i:])
	if i == len(s) || s[i] != '.' {
		return 0
	}
	i++
	return i + skipRESpace(s[i:])
}

// whoToken is one word of the "who" part.
type whoToken struct {
	text string // as written, punctuation kept
	key  string // lower case, outer punctuation dropped, 0 read as o
	off  int    // offset of text in the "who" text, -1 if unknown
}

// splitWho separates names from title and office.
func splitWho(who string) (names []string, title string) {
	if who == "" {
		return nil, ""
	}
	var tokBuf [whoTokensInPlace]whoToken
	var endBuf [whoSegmentsInPlace]int
	return splitWhoSegments(who, whoSegments(who, tokBuf[:0], endBuf[:0]))
}

// Sizes of the work arrays of splitWho, which fit most "who" parts: its
// tokens, its segments and the title parts.
const (
	whoTokensInPlace   = 24
	whoSegmentsInPlace = 8
	titlePartsInPlace  = 8
)

// splitWhoSegments is splitWho over the segments of who.
func splitWhoSegments(who string, segs whoSegs) (names []string, title string) {
	mixed := changesUpper(who)
	var titleBuf [titlePartsInPlace]string
	titleParts := titleBuf[:0]
	prevEndsTitle := false
	for si := range segs.len() {
		toks := segs.seg(si)
		if len(toks) == 0 {
			continue
		}
		// A suffix alone after a name: "E. GIBSON LANPHER, JR.".
		if len(toks) == 1 && isSuffix(toks[0]) && len(names) > 0 && si > 0 {
			names[len(names)-1] += ", " + toks[0].text
			continue
		}
		s, e, ok := findName(toks, mixed)
		if ok {
			full := countFull(toks[s:e], mixed)
			titled := s > 0 && isTitle(toks[s-1], mixed)
			if s == 0 && prevEndsTitle && len(names) == 0 {
				titled = true // "AMB:RCROCKER"
			}
			if s == 0 && len(names) == 0 && si+1 < segs.len() && allTitle(segs.seg(si+1), mixed) {
				titled = true // "DUDDY, AMBASSADOR, DOS, AMB"
			}
			switch {
			case len(names) == 0 && (full >= 2 || titled):
			case len(names) > 0 && titled && full >= 2:
			default:
				ok = false
			}
		}
		if ok {
			names = append(names, trimName(joinTokens(who, toks[s:e])))
			if s > 0 {
				titleParts = append(titleParts, joinTokens(who, toks[:s]))
			}
			if e < len(toks) {
				titleParts = append(titleParts, joinTokens(who, toks[e:]))
			}
		} else {
			titleParts = append(titleParts, joinTokens(who, toks))
		}
		prevEndsTitle = isTitle(toks[len(toks)-1], mixed)
	}
	title = strings.Trim(strings.Join(titleParts, ", "), titleEnd)
	return names, title
}

// mkToken returns the token of word w (no offset); whoSegments computes
// the same keys for a whole text at once.
func mkToken(w string) whoToken {
	k := strings.ToLower(strings.Trim(w, `.,;:()"?\`))
	k = strings.ReplaceAll(k, "0", "o")
	return whoToken{text: w, key: k, off: -1}
}

// changesUpper reports whether strings.ToUpper(s) != s, without building
// the upper-cased copy for ASCII text.
func changesUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.ToUpper(s) != s
		}
		if c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

func isUpperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return false
		}
	}
	return s != ""
}

// findName returns the token range [s, e) of the name at the end of toks.
func findName(toks []whoToken, mixed bool) (s, e int, ok bool) {
	i := len(toks) - 1
	for i >= 0 && (connectors[toks[i].key] || startsLower(toks[i].text) || toks[i].key == "") {
		i-- // "for", "a.y.", garbage
	}
	if i < 0 {
		return 0, 0, false
	}
	e = i + 1
	if isSuffix(toks[i]) {
		i--
	}
	if i < 0 || !isNameTok(toks[i], mixed) {
		return 0, 0, false
	}
	s, full := i, 1
loop:
	for j := i - 1; j >= 0; j-- {
		t := toks[j]
		switch {
		case isInitial(t.text):
			s = j
		case isTitle(t, mixed) || connectors[t.key]:
			break loop
		case len(t.text) == 1 && t.text[0] >= 'A' && t.text[0] <= 'Z' && full == 1:
			s = j // undotted middle initial
		case particles[t.text] && full == 1 && j > 0 && isNameTok(toks[j-1], mixed):
			s = j // "Carol van Voorst"
		case nameShaped(t): // isNameTok: title and connector were ruled out above
			switch {
			case full == 1:
				full, s = 2, j
			case full == 2 && j > 0 && isTitle(toks[j-1], mixed) && !connectors[toks[j-1].key]:
				full, s = 3, j // "ai. Mary Grace McGeehan", "POL/C JOHN PAUL SMITH"
			default:
				break loop
			}
		default:
			break loop
		}
	}
	return s, e, true
}

// allTitle reports whether toks is a non-empty run of title words.
func allTitle(toks []whoToken, mixed bool) bool {
	for _, t := range toks {
		if !isTitle(t, mixed) && !connectors[t.key] {
			return false
		}
	}
	return len(toks) > 0
}

func countFull(toks []whoToken, mixed bool) int {
	n := 0
	for _, t := range toks {
		if isNameTok(t, mixed) {
			n++
		}
	}
	return n
}

func startsLower(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

// isTitle reports whether t is a title or office word.
func isTitle(t whoToken, mixed bool) bool {
	k := t.key
	if titleWords()[k] || titleVariant(k) {
		return true
	}
	if strings.Contains(k, "/") || strings.HasPrefix(k, "d'") || strings.HasPrefix(k, "d’") || strings.HasPrefix(k, "de'") ||
		strings.HasPrefix(k, "d\\'") || strings.HasPrefix(k, "d,") {
		return true
	}
	if strings.HasSuffix(k, "'") { // "Charge'"
		return true
	}
	// An upper-case abbreviation in mixed-case text: "CDA", "ARSO", "USDEL".
	if mixed && len(k) >= 2 && !isInitial(t.text) && isUpperWord(strings.Trim(t.text, wordPunct)) && !isSuffix(t) {
		return true
	}
	return false
}

// titleVariant reports whether k (lower case) is a hyphenated title whose
// parts are all titles ("minister-counsellor", "economic-political"), or a
// variant spelling of a long title word: the same first six letters and at
// most two letters more or fewer ("counselour" for "counselor").
func titleVariant(k string) bool {
	if i := strings.IndexByte(k, '-'); i > 0 {
		for p := range strings.SplitSeq(k, "-") {
			if !titleWords()[p] {
				return false
			}
		}
		return true
	}
	if len(k) < 7 {
		return false
	}
	for w := range titleWords() {
		if len(w) >= 7 && w[:6] == k[:6] && len(w)-len(k) <= 2 && len(k)-len(w) <= 2 {
			return true
		}
	}
	return false
}

// isInitial reports whether w is one or more dotted initials: "T.", "S.K.",
// "0." (a zero typed for O).
func isInitial(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || c == '0') || w[i+1] != '.' {
			return false
		}
	}
	return true
}

func isSuffix(t whoToken) bool {
	switch t.key {
	case "jr", "sr", "ii", "iii", "iv":
		return true
	}
	return false
}

// isNameTok reports whether t can be a first or last name: capitalised,
// letters (and hyphens, apostrophes, the digit 0 typed for O), and not a
// title or connector word.
func isNameTok(t whoToken, mixed bool) bool {
	return nameShaped(t) && !isTitle(t, mixed) && !connectors[t.key]
}

// nameShaped reports whether t is written as a name: capitalised,
// letters (and hyphens, apostrophes, the digit 0 typed for O).
func nameShaped(t whoToken) bool {
	w := trimWordEnd(t.text)
	w = strings.Trim(w, `"`)
	if len(w) < 2 || !(w[0] >= 'A' && w[0] <= 'Z') {
		return false
	}
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c == '-' || c == '\'' || c == '0' || c == '.':
		case c >= 0x80:
			letters++
		default:
			return false
		}
	}
	return letters >= 2
}

// trimName drops trailing punctuation from a name, keeping the dot of a
// final initial or suffix ("JR.").
func trimName(n string) string {
	n = strings.TrimRight(n, nameEnd)
	if strings.HasSuffix(n, ".") {
		last := n[strings.LastIndexByte(n, ' ')+1:]
		if !isInitial(last) && !isSuffix(mkToken(last)) {
			n = strings.TrimRight(n, ".")
		}
	}
	return n
}

// digitRun returns the end of the run of at most max ASCII digits at s[i:].
func digitRun(s string, i, max int) int {
	j := i
	for j < len(s) && j-i < max && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j
}
