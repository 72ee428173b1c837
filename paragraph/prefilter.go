package paragraph

import (
	"regexp"
	"sort"
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// The span markers are found with case-insensitive regexps, which Go runs
// position by position (no literal prefix to skip to under (?i)). Over a
// whole body that costs far more than the rest of the parse, so each
// marker regexp is wrapped with a cheap byte-level test that rules out
// the texts where it cannot match. The tests are exact pre-filters: the
// wrapped FindStringIndex returns what the regexp alone returns.

// wordRE is a regexp every match of which starts with a word (ASCII
// letters, lower case here, matched ignoring ASCII case) at a word
// boundary: `(?i)\bEND\s+...`. FindStringIndex runs the regexp, anchored,
// only where the word starts, so the text in between is never given to
// the regexp engine. The word's letters must have no non-ASCII case
// variant under (?i) (that is, no 'k' and no 's').
type wordRE struct {
	re   *regexp.Regexp // the regexp as written
	at   *regexp.Regexp // re anchored at the start of the text
	word string
}

// mustWordRE compiles expr, whose matches all start with word at a word
// boundary.
func mustWordRE(word, expr string) *wordRE {
	if strings.ContainsAny(word, "ks") || strings.ToLower(word) != word {
		panic("paragraph: mustWordRE: word must be lower case without k or s: " + word)
	}
	return &wordRE{re: regexp.MustCompile(expr), at: regexp.MustCompile(`^(?:` + expr + `)`), word: word}
}

// String returns the regexp as written.
func (w *wordRE) String() string { return w.re.String() }

// FindStringIndex returns the leftmost match of the regexp in s, as
// regexp.FindStringIndex does.
func (w *wordRE) FindStringIndex(s string) []int {
	for p := 0; ; p++ {
		i := indexFoldFrom(s, w.word, p)
		if i < 0 {
			return nil
		}
		p = i
		if i > 0 && isWordByte(s[i-1]) {
			continue // not at a word boundary: \b fails here
		}
		// The anchored regexp sees s[i:], so its \b at the start holds,
		// as it does at i in s (the word starts with a letter and s[i-1]
		// is no word character); what follows i is the same text.
		if loc := w.at.FindStringIndex(s[i:]); loc != nil {
			return []int{i + loc[0], i + loc[1]}
		}
	}
}

// punctRE is a regexp every match of which holds a word (a tail of the
// marker word, so that no letter has a non-ASCII case variant) followed by
// optional white space and one of the punctuation marks in punct:
// "COMMENT:", "SUMMARY -". FindStringIndex runs the regexp only on texts
// that hold such a sequence.
type punctRE struct {
	re    *regexp.Regexp
	word  string // lower case
	punct string
}

func mustPunctRE(word, punct, expr string) *punctRE {
	if strings.ContainsAny(word, "ks") || strings.ToLower(word) != word {
		panic("paragraph: mustPunctRE: word must be lower case without k or s: " + word)
	}
	return &punctRE{re: regexp.MustCompile(expr), word: word, punct: punct}
}

// String returns the regexp as written.
func (p *punctRE) String() string { return p.re.String() }

// FindStringIndex returns the leftmost match of the regexp in s, as
// regexp.FindStringIndex does.
func (p *punctRE) FindStringIndex(s string) []int {
	if !p.mayMatch(s) {
		return nil
	}
	return p.re.FindStringIndex(s)
}

// mayMatch reports whether s holds the word, then white space (\s: space,
// tab, newline, carriage return, form feed), then a punctuation mark.
func (p *punctRE) mayMatch(s string) bool {
	for from := 0; ; {
		i := indexFoldFrom(s, p.word, from)
		if i < 0 {
			return false
		}
		j := i + len(p.word)
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '\f') {
			j++
		}
		if j < len(s) {
			for _, c := range p.punct {
				if strings.HasPrefix(s[j:], string(c)) {
					return true
				}
			}
		}
		from = i + 1
	}
}

// isDigitByte reports whether c is an ASCII digit.
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte reports whether c is a \w character (ASCII letter, digit, _).
func isWordByte(c byte) bool {
	return c == '_' || (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// indexFoldFrom returns the index of the first occurrence of the lower-case
// ASCII word in s at or after from, ignoring ASCII case, or -1.
func indexFoldFrom(s, word string, from int) int {
	if from >= len(s) {
		return -1
	}
	i := indexFold(s[from:], word)
	if i < 0 {
		return -1
	}
	return from + i
}

// finder is the part of a regexp that the span code uses, so that a
// marker regexp can be a *regexp.Regexp or a pre-filtered one.
type finder interface {
	FindStringIndex(s string) []int
}

// guardedRE is a regexp with a cheap test that is false only for texts
// where the regexp cannot match.
type guardedRE struct {
	re  *regexp.Regexp
	may func(s string) bool
}

// String returns the regexp as written.
func (g guardedRE) String() string { return g.re.String() }

// MatchString reports whether the regexp matches s.
func (g guardedRE) MatchString(s string) bool { return g.may(s) && g.re.MatchString(s) }

// FindStringIndex returns the leftmost match of the regexp in s.
func (g guardedRE) FindStringIndex(s string) []int {
	if !g.may(s) {
		return nil
	}
	return g.re.FindStringIndex(s)
}

// startsWithByte returns a test for texts whose first byte is in set.
func startsWithByte(set string) func(string) bool {
	return func(s string) bool { return s != "" && strings.IndexByte(set, s[0]) >= 0 }
}

// mayBeSerialLine: every match of ssnLineRE is the whole text, at most 6
// bytes long ("#1234", "GP-3", "BT", "ZZ", "...", "…") or a run of X or x.
// (ssnLineRE is not anchored for the engine, whose anchor test does not
// see through the alternation: without this test it runs at every byte.)
func mayBeSerialLine(s string) bool {
	if s == "" {
		return false
	}
	if len(s) <= 6 {
		return strings.IndexByte("#0123456789GBZXx.\xe2", s[0]) >= 0
	}
	return strings.Trim(s, "X") == "" || strings.Trim(s, "x") == ""
}

// mayBeHeaderLine: every match of headerLineRE starts with "R" and holds a
// "/", or starts with "FM ", "TO ", "INFO ", "XMT " or "Telegram", or
// holds a 6-digit day-time group.
func mayBeHeaderLine(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	return (s[0] == 'R' && strings.IndexByte(s, '/') > 0) || strings.HasPrefix(s, "FM ") ||
		strings.HasPrefix(s, "TO ") || strings.HasPrefix(s, "INFO ") || strings.HasPrefix(s, "XMT ") ||
		strings.HasPrefix(s, "Telegram") || textutil.HasDigitRun(s, 6)
}

// mayHaveSignerDebris: every match of signerDebrisRE ends the text with a
// date, NNNN, "...", "…" or a backslash and a letter, then optional white
// space and an optional period.
func mayHaveSignerDebris(s string) bool {
	s = strings.TrimSuffix(s, ".")
	s = strings.TrimRight(s, " \t\n\r\f")
	if s == "" {
		return false
	}
	c := s[len(s)-1]
	return isDigitByte(c) || strings.HasSuffix(s, "NNNN") || strings.HasSuffix(s, "..") ||
		strings.HasSuffix(s, "…") || (c >= 'a' && c <= 'z' && len(s) >= 2 && s[len(s)-2] == '\\')
}

// nextLineWith returns the index of the first line at or after i whose
// text holds word (lower-case ASCII letters, case ignored), or len(r.ls).
func (r *region) nextLineWith(i int, word string) int {
	ls := r.linesWith(word)
	if k := sort.SearchInts(ls, max(i, 0)); k < len(ls) {
		return ls[k]
	}
	return len(r.ls)
}

// linesWith returns the indices of the lines whose text holds word
// (lower-case ASCII letters, case ignored), in order. The span finders'
// words are found in one pass over the joined text on the first call and
// kept; any other word costs a pass of its own, also kept. A match cannot
// straddle two lines, as no word has a newline.
func (r *region) linesWith(word string) []int {
	if r.memo == nil {
		r.memo = make([]wordLines, 0, len(spanWords)+2)
		found := textutil.LinesWithFold(r.text, r.offs, spanWords[:])
		for k, w := range spanWords {
			r.memo = append(r.memo, wordLines{w, found[k]})
		}
		// "summ" only on lines with "sum": no pass of its own
		var summ []int
		for _, i := range found[0] {
			if containsFold(r.ls[i].text, "summ") {
				summ = append(summ, i)
			}
		}
		r.memo = append(r.memo, wordLines{"summ", summ})
	}
	for _, m := range r.memo {
		if m.word == word {
			return m.lines
		}
	}
	found := textutil.LinesWithFold(r.text, r.offs, []string{word})
	r.memo = append(r.memo, wordLines{word, found[0]})
	return found[0]
}

// spanWords are the words the span finders look for.
var spanWords = [...]string{"sum", "comment", "begin", "action"}

// wordLines is an answer kept by region.linesWith.
type wordLines struct {
	word  string
	lines []int
}
