package tags

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/diag"
)

// token is one word of a TAGS value.
type token struct {
	text   string // upper-cased word, or the contents of a parenthesised name
	comma  bool   // a comma (or semicolon) precedes the token
	person bool   // parenthesised "(SURNAME, GIVEN)"
}

// inlineStop finds the end of a TAGS value that runs on into the SUBJECT,
// REF or Classified By line, or into a page-break header (upper-cased input).
var inlineStop = regexp.MustCompile(`\b(?:SUBJECT\b|SUBJ\s*:|REFS?\s*:|CLASSIFIED\s+BY\b|((?:UNCLASSIFIED|CONFIDENTIAL|SECRET)\s+PAGE\s+\d|PAGE\s+\d+\s+[A-Z]+\s+\d))`)

// cutValue cuts an upper-cased TAGS value at an inline stop. It returns the
// kept part, whether something was cut and whether the cut was a page break.
func cutValue(v string) (kept string, cut, pageBreak bool) {
	if !strings.Contains(v, "SUBJ") && !strings.Contains(v, "REF") &&
		!strings.Contains(v, "CLASSIFIED") && !strings.Contains(v, "PAGE") {
		return v, false, false
	}
	m := inlineStop.FindStringSubmatchIndex(v)
	if m == nil {
		return v, false, false
	}
	return v[:m[0]], true, m[2] >= 0
}

// cleanValue removes markup from a TAGS value (HTML tags, markdown links,
// pilcrows, quotes) and upper-cases it.
func cleanValue(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = stripHTML(s)
	}
	if strings.Contains(s, "](") {
		s = stripMarkdownLinks(s)
	}
	if needsUpper(s) {
		s = strings.ToUpper(s)
	}
	return s
}

// stripHTML removes "<...>" tags.
func stripHTML(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// stripMarkdownLinks turns "[X](target)" into "X".
func stripMarkdownLinks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		j := strings.Index(s, "](")
		if j < 0 {
			break
		}
		open := strings.LastIndexByte(s[:j], '[')
		end := strings.IndexByte(s[j+2:], ')')
		if open < 0 || end < 0 {
			b.WriteString(s[:j+2])
			s = s[j+2:]
			continue
		}
		b.WriteString(s[:open])
		b.WriteString(s[open+1 : j])
		s = s[j+2+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

// tokenize splits a cleaned TAGS value into tokens. Commas and semicolons
// separate items; white space separates words; a parenthesised group that
// holds a comma is one personal-name token. comma carries a trailing comma
// of the previous line in and out.
func tokenize(v string, toks []token, comma bool) ([]token, bool) {
	for i := 0; i < len(v); {
		c := v[i]
		switch {
		case c == ',' || c == ';':
			comma = true
			i++
			continue
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
			continue
		case c == '(':
			end := strings.IndexByte(v[i:], ')')
			if end < 0 {
				end = len(v) - i
			}
			inner := v[i+1 : i+end]
			i += end + 1
			if strings.IndexByte(inner, ',') >= 0 {
				if name := personName(inner); name != "" {
					toks = append(toks, token{text: name, comma: comma, person: true})
				}
				comma = false
				continue
			}
			// "(PREL)": the words count as ordinary tokens.
			for _, w := range strings.Fields(inner) {
				toks = append(toks, token{text: w, comma: comma})
				comma = false
			}
			continue
		}
		j := i
		for j < len(v) && !isTokenEnd(v[j]) {
			j++
		}
		toks = append(toks, token{text: v[i:j], comma: comma})
		comma = false
		i = j
	}
	return toks, comma
}

// isTokenEnd reports the bytes that end a word of a TAGS value: a comma,
// semicolon, space, tab, line end or opening parenthesis (all ASCII, so
// never part of a multi-byte character).
func isTokenEnd(c byte) bool {
	switch c {
	case ',', ';', ' ', '\t', '\n', '\r', '(':
		return true
	}
	return false
}

// personName normalises "STEINBERG,JAMES  B." to "STEINBERG, JAMES B.".
func personName(s string) string {
	sur, given, _ := strings.Cut(s, ",")
	sur = strings.Join(strings.Fields(strings.Trim(sur, " ()\"")), " ")
	given = strings.Join(strings.Fields(strings.Trim(given, " ()\",")), " ")
	switch {
	case sur == "":
		return given
	case given == "":
		return sur
	}
	return sur + ", " + given
}

// trimWord removes punctuation around a word ("PGOV." -> "PGOV"). A word
// whose first and last bytes are ASCII letters, digits, '+' or '&', as
// nearly every TAGS word is, has nothing for trimWordRunes to trim (an
// ASCII byte is a whole character), so it is returned without its tests.
func trimWord(w string) string {
	if w != "" && isWordEdge(w[0]) && isWordEdge(w[len(w)-1]) {
		return w
	}
	return trimWordRunes(w)
}

// isWordEdge reports an ASCII byte trimWordRunes keeps.
func isWordEdge(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c == '+' || c == '&'
}

// trimWordRunes removes the characters other than letters, digits, '+'
// and '&' from both ends of w.
func trimWordRunes(w string) string {
	return strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' && r != '&'
	})
}

// isLabelWord reports whether w is a repeated TAGS keyword.
func isLabelWord(w string) bool {
	return w == "TAGS" || w == "TAG"
}

// functionWords are short English words that stay inside a multi-word tag
// ("MINISTRY OF DEFENSE") although they look like 2-letter country codes.
var functionWords = map[string]bool{"OF": true, "IN": true, "TO": true, "AT": true, "ON": true, "BY": true, "OR": true, "AN": true}

// resolver turns tokens into tags.
type resolver struct {
	cat   *catalog
	fixes *fixTable
	line  int
	tags  []Tag
	warns []diag.Warning
	run   []string // pending plain words
	// afterOVIP is set when the pending run follows an OVIP tag.
	afterOVIP bool
}

func (r *resolver) warn(kind diag.Kind, format string, args ...any) {
	r.warns = append(r.warns, warning(r.line, kind, fmt.Sprintf(format, args...)))
}

// emit appends a tag; raw is the text as written when it differs from code.
func (r *resolver) emit(code, raw string, kind Kind) {
	e, known := r.cat.entries[code]
	r.emitEntry(code, raw, kind, e, known)
}

// emitEntry is emit for a code whose catalog entry the caller has looked
// up: e, and whether the catalog has the code.
func (r *resolver) emitEntry(code, raw string, kind Kind, e Entry, known bool) {
	t := Tag{Code: code, Kind: kind}
	if known {
		t.Meaning = e.Meaning
		if kind == KindUnknown {
			t.Kind = e.Kind
		}
	} else if kind == KindUnknown {
		t.Kind = guessKind(code)
	}
	if raw != code {
		t.Raw = raw
	}
	r.tags = append(r.tags, t)
}

// codeLike reports whether a word is (or splits into) TAGS codes rather
// than a word of a multi-word tag.
func (r *resolver) codeLike(w string) bool {
	if _, ok := r.cat.entries[w]; ok {
		return true
	}
	if _, ok := r.fixes.single[w]; ok {
		return true
	}
	if guessKind(w) != KindUnknown {
		return true
	}
	return len(w) >= 6 && r.segment(w) != nil
}

// resolve processes the tokens of one TAGS value.
func (r *resolver) resolve(toks []token) {
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.comma {
			r.flush()
		}
		if t.person {
			r.flush()
			r.emitPerson(t.text, t.text)
			i++
			continue
		}
		if n := r.matchMulti(toks, i); n > 0 {
			i += n
			continue
		}
		w := trimWord(t.text)
		i++
		switch {
		case w == "":
			continue
		case isLabelWord(w):
			r.flush()
			r.warn(WarnDropped, "dropped repeated keyword %q", t.text)
			continue
		}
		if fx, ok := r.fixes.single[w]; ok {
			r.flush()
			r.applyFix(w, fx)
			continue
		}
		if e, known := r.cat.entries[w]; known || guessKind(w) != KindUnknown {
			if len(w) == 2 && len(r.run) > 0 && functionWords[w] && i < len(toks) &&
				!toks[i].comma && !toks[i].person && !r.codeLike(trimWord(toks[i].text)) {
				r.run = append(r.run, w)
				continue
			}
			r.flush()
			r.emitEntry(w, w, KindUnknown, e, known)
			continue
		}
		if len(w) >= 6 {
			if parts := r.segment(w); parts != nil {
				r.flush()
				r.warn(WarnSplit, "split %q into %s", w, strings.Join(parts, ", "))
				for _, p := range parts {
					r.emit(p, w, KindUnknown)
				}
				continue
			}
		}
		if len(r.run) == 0 {
			r.afterOVIP = len(r.tags) > 0 && r.tags[len(r.tags)-1].Code == "OVIP"
		}
		r.run = append(r.run, w)
	}
	r.flush()
}

// matchMulti matches a multi-word fix or catalog code at toks[i] and emits
// it; it returns the number of tokens used (0: no match).
func (r *resolver) matchMulti(toks []token, i int) int {
	if i+1 >= len(toks) {
		return 0
	}
	if _, ok := r.fixes.firstWords[toks[i].text]; !ok {
		w := trimWord(toks[i].text)
		if len(w) == len(toks[i].text) {
			return 0 // nothing trimmed: the same word
		}
		if _, ok := r.fixes.firstWords[w]; !ok {
			return 0
		}
	}
	maxN := min(r.fixes.maxWords, len(toks)-i)
	var words [8]string
	if maxN > len(words) {
		maxN = len(words)
	}
	n := 0
	for ; n < maxN; n++ {
		t := toks[i+n]
		if t.person || (n > 0 && t.comma && n != 1) {
			break
		}
		words[n] = t.text
	}
	for ; n >= 2; n-- {
		key := strings.Join(words[:n], " ")
		fx, ok := r.fixes.multi[key]
		if !ok {
			key = strings.Join(trimAll(words[:n]), " ")
			fx, ok = r.fixes.multi[key]
		}
		if ok {
			if toks[i+1].comma && fx.kind != fixPerson {
				continue // only a personal name may hold a comma
			}
			r.flush()
			r.applyFix(key, fx)
			return n
		}
		if toks[i+1].comma {
			continue
		}
		if _, ok := r.cat.phrases[key]; ok {
			r.flush()
			r.emit(key, key, KindUnknown)
			return n
		}
	}
	return 0
}

func trimAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = trimWord(w)
	}
	return out
}

// applyFix emits the replacement of a fix-table row.
func (r *resolver) applyFix(from string, fx fix) {
	switch fx.kind {
	case fixDrop:
		r.warn(WarnDropped, "dropped %q", from)
	case fixTypo:
		r.warn(WarnTypoFixed, "corrected %q to %q", from, fx.to[0])
		r.emit(fx.to[0], from, KindUnknown)
	case fixSplit:
		r.warn(WarnSplit, "split %q into %s", from, strings.Join(fx.to, ", "))
		for _, c := range fx.to {
			r.emit(c, from, KindUnknown)
		}
	case fixPerson:
		r.emitPerson(fx.to[0], from)
	case fixPhrase:
		for _, c := range fx.to {
			kind := KindUnknown
			if strings.IndexByte(c, ' ') < 0 {
				kind = KindOf(c)
			}
			r.emit(c, from, kind)
		}
	}
}

// emitPerson emits a personal-name tag, using the canonical spelling of the
// fix table when it knows the name.
func (r *resolver) emitPerson(name, raw string) {
	if fx, ok := r.fixes.multi[normalizeCode(strings.ReplaceAll(name, ",", " "))]; ok && fx.kind == fixPerson {
		name = fx.to[0]
	}
	r.emit(name, raw, KindPerson)
}

// flush turns the pending plain words into tags: a name after OVIP, a
// multi-word tag, or single unknown codes.
func (r *resolver) flush() {
	run := r.run
	if len(run) == 0 {
		return
	}
	r.run = r.run[:0]
	if len(run) == 1 {
		r.emitWord(run[0])
		return
	}
	joined := strings.Join(run, " ")
	if r.afterOVIP && len(run) <= 3 {
		r.emitPerson(run[0]+", "+strings.Join(run[1:], " "), joined)
		return
	}
	long := false
	for _, w := range run {
		if len(w) >= 5 {
			long = true
			break
		}
	}
	if long {
		r.emit(joined, joined, KindUnknown)
		return
	}
	for _, w := range run {
		r.emitWord(w)
	}
}

// emitWord emits one word of a run of plain words. A word that is no code
// of the catalog and has no code's shape gets a warning, naming a known
// code one edit away when there is one (ENERG, ENRG).
func (r *resolver) emitWord(w string) {
	if _, known := r.cat.entries[w]; !known && guessKind(w) == KindUnknown {
		if near := r.cat.near(w); near != "" {
			r.warn(WarnUnknownCode, "%q is no known TAGS code (%s is one edit away)", w, near)
		} else {
			r.warn(WarnUnknownCode, "%q is no known TAGS code", w)
		}
	}
	r.emit(w, w, KindUnknown)
}

// maxSegment is the longest run-together token that is split.
const maxSegment = 64

// segment splits a run-together token ("ETRDEINVECINPGOVCS") into known
// codes of 4 letters (any catalog code or a K-program code) and 2 letters
// (geographic codes), using as few pieces as possible. It returns nil when
// no split exists or when it has more 2-letter pieces than 4-letter ones
// (English words split into country codes too easily).
func (r *resolver) segment(w string) []string {
	n := len(w)
	if n < 6 || n > maxSegment || n%2 != 0 || !isUpperWord(w) {
		return nil
	}
	type cell struct {
		pieces, twos int
		prev         int
		ok           bool
	}
	var dp [maxSegment + 1]cell
	dp[0].ok = true
	for i := 2; i <= n; i += 2 {
		for _, l := range [2]int{4, 2} {
			if i < l || !dp[i-l].ok || !r.segmentPiece(w[i-l:i]) {
				continue
			}
			c := cell{pieces: dp[i-l].pieces + 1, twos: dp[i-l].twos, prev: i - l, ok: true}
			if l == 2 {
				c.twos++
			}
			if !dp[i].ok || c.pieces < dp[i].pieces || (c.pieces == dp[i].pieces && c.twos < dp[i].twos) {
				dp[i] = c
			}
		}
	}
	if !dp[n].ok {
		return nil
	}
	fours := dp[n].pieces - dp[n].twos
	if fours == 0 || dp[n].twos > fours {
		return nil
	}
	parts := make([]string, dp[n].pieces)
	for i, k := n, len(parts)-1; i > 0; k-- {
		parts[k] = w[dp[i].prev:i]
		i = dp[i].prev
	}
	return parts
}

func (r *resolver) segmentPiece(p string) bool {
	e, ok := r.cat.entries[p]
	if len(p) == 2 {
		return ok && e.Kind == KindGeographic
	}
	return ok || p[0] == 'K'
}
