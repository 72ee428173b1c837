package refs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
)

// maxPreamble bounds the lines searched for a REF block when no
// paragraph 1 is found (a whole cable: header, addressees, preamble).
const maxPreamble = 300

// tokenBuf is the number of tokens a REF block or line is lexed into
// before they go to the heap.
const tokenBuf = 32

// maxBlock bounds the lines of one REF block, maxBlockBytes its text
// (the longest real blocks have about 1,000 bytes).
const (
	maxBlock      = 60
	maxBlockBytes = 4000
)

// hasRef reports whether s contains "ref" in any case (a cheap check
// before the label matchers).
func hasRef(s string) bool { return textutil.IndexFold(s, "ref") >= 0 }

// findLabel looks for a REF label in s. The block starts at start; the
// label itself is s[from:to] (blanked before the block is read).
func findLabel(s string) (start, from, to int, ok bool) {
	if !hasRef(s) {
		return 0, 0, 0, false
	}
	if m, ok := labelStart(s); ok {
		labelFrom := m[0]
		start = m[1]
		if m[2] >= 0 { // an item letter before the label
			start = m[2]
			labelFrom = m[3]
		}
		if m[4] >= 0 && m[5]-m[4] >= 2 && strings.Count(s[m[4]:m[5]], ".") >= 2 && textutil.IsBlank(s[m[1]:]) {
			return 0, 0, 0, false // "REF:..." of a truncated WikiLeaks preview
		}
		if (m[4] >= 0 && strings.Contains(s[m[4]:m[5]], ":")) || labelRestOK(s[m[1]:]) {
			return start, labelFrom, m[1], true
		}
	}
	if end := findMidLabel(s); end >= 0 {
		return end, end, end, true
	}
	return 0, 0, 0, false
}

// findMidLabel returns the end of the first REF label with a colon
// anywhere in s ("...PRIMEREF: A"), or -1: labelMidEnd is tried where
// "ref" occurs.
func findMidLabel(s string) int {
	for from := 0; from < len(s); {
		i := textutil.IndexFold(s[from:], "ref")
		if i < 0 {
			return -1
		}
		i += from
		if end := labelMidEnd(s, i); end >= 0 {
			return end
		}
		from = i + 1
	}
	return -1
}

// labelRestOK reports whether the text after a label without colon
// starts like a REF item: nothing, an enumerator in parentheses or
// brackets, a number, or a citation maybe after an item letter ("REF A
// WELLINGTON 721", but not "Ref A. Ref B was Post's response").
func labelRestOK(rest string) bool {
	rest = textutil.TrimBlanksLeft(rest)
	if rest == "" {
		return true
	}
	c := rest[0]
	if c == '(' || c == '[' || isDigit(c) || strings.HasPrefix(rest, "¶") {
		return true
	}
	var buf [tokenBuf]token
	toks := lex(buf[:0], cutAt(rest, 80), 0)
	k := 0
	if _, n, ok := enumAt(toks, 0, ""); ok {
		k = n
	}
	_, _, ok := citationAt(toks, k)
	return ok
}

// scrub blanks transmission artefacts in a line, keeping byte offsets:
// page-break and received-copy page-header text, a literal "\n", a
// cables.csv line-end backslash and markdown link syntax.
func scrub(s string) string {
	var b []byte
	blank := func(i, j int) {
		if b == nil {
			b = []byte(s)
		}
		for k := i; k < j; k++ {
			b[k] = ' '
		}
	}
	if strings.Contains(s, `\`) {
		for i := 0; i+1 < len(s); i++ {
			if s[i] == '\\' && s[i+1] == 'n' {
				blank(i, i+2)
			}
		}
		if t := textutil.TrimBlanksRight(s); strings.HasSuffix(t, `\`) {
			blank(len(t)-1, len(t))
		}
	}
	if strings.Contains(s, "a>") {
		for _, m := range anchorRE.FindAllStringIndex(s, -1) {
			blank(m[0], m[1])
		}
	}
	if strings.Contains(s, "](#") {
		for _, m := range markdownLinkRE.FindAllStringSubmatchIndex(s, -1) {
			blank(m[0], m[0]+1)
			blank(m[3], m[1])
		}
	}
	if (textutil.HasDigitRun(s, 8) && (strings.Contains(s, " OF") || strings.Contains(s, " of") || strings.Contains(s, " Of"))) ||
		(strings.Contains(s, "PAGE") && textutil.HasDigitRun(s, 4)) {
		cur := s // with the literal "\n" blanked: "CONFIDENTIAL\nPAGE 02 ..."
		if b != nil {
			cur = string(b)
		}
		for _, m := range pageBreaks(cur) {
			blank(m[0], m[1])
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

var anchorRE = regexp.MustCompile(`</?a\b[^<>]{0,80}>`)

var markdownLinkRE = regexp.MustCompile(`\[([^\]\n]{0,80})\]\(#[^)\n]{0,80}\)`)

// skipWords are the lines, trimmed, that skipLine steps over in any
// case (lower case here, as textutil.HasPrefixFold wants).
var skipWords = []string{"unclassified", "unclas", "confidential", "secret", "limited official use", "sipdis",
	"c o n f i d e n t i a l", "s e c r e t", "noforn"}

// skipLine reports whether a line inside a REF block is debris to step
// over: a bare classification line, a received-copy PAGE line, SIPDIS
// (any case). An ASCII line is compared ignoring case; any other is
// upper-cased first (strings.ToUpper maps "ſ" to S and "ı" to I), when it
// can match: those two are the only non-ASCII characters it maps to ASCII,
// so without them only a PAGE line, which starts "page ", can.
func skipLine(s string) bool {
	t := strings.TrimSpace(s)
	if !isASCII(t) {
		if !textutil.HasPrefixFold(t, "page ") && !strings.Contains(t, "ſ") && !strings.Contains(t, "ı") {
			return false
		}
		t = strings.ToUpper(t)
	}
	for _, w := range skipWords {
		if len(t) == len(w) && textutil.HasPrefixFold(t, w) {
			return true
		}
	}
	return textutil.HasPrefixFold(t, "page ") && len(t) > 8 && isDigit(t[5])
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// segment is one line (or part of a line) of a REF block.
type segment struct {
	num  int    // line number
	text string // scrubbed text; token offsets point into it
}

// block reads the REF block whose label is on line and leaves lines at the
// next line to search.
func (p *state) block(line textutil.Line, lines *preamble, start, from, to int) {
	first := scrub(line.Text)
	// the label is blanked where the block starts before its end: after an
	// item letter ("A. REF AMMAN 222")
	if from < to && to <= len(first) && start < to {
		first = first[:from] + strings.Repeat(" ", to-from) + first[to:]
	}
	// most blocks fit the buffers on the stack: a few lines, 6 tokens in
	// half of them, more than 32 in fewer than one in 20
	var segBuf [8]segment
	var tokBuf [tokenBuf]token
	segs, toks := segBuf[:0], tokBuf[:0]
	sawEnum := false
	stop := false
	size := 0
	add := func(num int, s string) {
		if size+len(s) > maxBlockBytes {
			s = cutAt(s, maxBlockBytes-size)
			stop = true
		}
		size += len(s)
		if m := termIndex(s); m >= 0 {
			s = s[:m]
			if portionOnly(s) {
				s = ""
			}
			stop = true
		}
		if textutil.IsBlank(s) {
			return
		}
		if !sawEnum && hasEnum(s) {
			sawEnum = true
		}
		segs = append(segs, segment{num: num, text: s})
		toks = lex(toks, s, len(segs)-1)
	}
	add(line.Num, first[min(start, len(first)):])
	blanks := 0
	// n counts the lines read, the label line included
	for n := 1; !stop && n < maxBlock; n++ {
		back := *lines
		next, ok := lines.next()
		if !ok {
			break
		}
		s := scrub(next.Text)
		if textutil.IsBlank(s) {
			blanks++
			continue
		}
		if skipLine(s) {
			continue
		}
		// a line cut where a WikiLeaks page ends its preview is the end
		// of the block, unless the next item follows ("A. STATE ...
		// ¶B. LIMA 2599"): a database row or the header comes next
		if len(segs) > 0 && cutPreview(segs[len(segs)-1].text) && !(startsEnum(s) && nextLabel(toks, s)) {
			*lines = back
			break
		}
		if endsBlock(s, toks, blanks, sawEnum) {
			*lines = back // the caller searches it again
			break
		}
		blanks = 0
		add(next.Num, s)
	}
	p.items(segs, toks)
	if len(toks) == 0 {
		p.warn(line.Num, WarnBadReference, "REF label without references")
	}
}

// endsBlock reports whether line s (scrubbed, not blank) ends the REF
// block read so far (toks), after blanks blank lines; sawEnum tells
// whether the block has enumerators.
func endsBlock(s string, toks []token, blanks int, sawEnum bool) bool {
	if lexicon.BannerLine(s) {
		return true
	}
	if m := termIndex(s); m >= 0 && textutil.IsBlank(s[:m]) {
		return true
	}
	if _, _, _, ok := findLabel(s); ok && len(toks) > 0 && !endsMidItem(toks) {
		return true // a second REF block
	}
	enum := startsEnum(s)
	if enum && blanks > 0 && !nextLabel(toks, s) {
		return true // "(U) THIS CABLE IS ...", "¶I. Key Objectives": not the next item
	}
	incomplete := endsMidItem(toks)
	if blanks > 0 && !enum && (!incomplete || (len(toks) == 0 && !lineCites(s))) {
		return true
	}
	return blanks == 0 && !sawEnum && !enum && !incomplete && !lineCites(s)
}

// cutAt cuts s to at most n bytes, at a blank if there is one.
func cutAt(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if n >= len(s) {
		return s
	}
	if i := strings.LastIndexAny(s[:n], " \t"); i > 0 {
		return s[:i]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// nextLabel reports whether the enumerator that starts line s follows the
// item labels of the block read so far (toks).
func nextLabel(toks []token, s string) bool {
	var buf [tokenBuf]token
	line := lex(buf[:0], cutAt(s, 80), 0)
	_, _, ok := enumAt(line, 0, lastLabel(toks))
	return ok
}

// lastLabel returns the label of the last item enumerator in toks.
func lastLabel(toks []token) string {
	cur := ""
	for k := 0; k < len(toks); {
		if label, n, ok := enumAt(toks, k, cur); ok {
			cur = label
			k += n
			continue
		}
		k++
	}
	return cur
}

// portionOnly reports whether s holds only a portion marking "(U)".
func portionOnly(s string) bool {
	t := strings.TrimSpace(s)
	return t == "" || (len(t) <= 8 && strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")"))
}

// endsMidItem reports whether the block read so far ends in the middle of
// an item: nothing read yet, an enumerator, AND, a comma, a year, or a
// station name still waiting for its serial.
func endsMidItem(toks []token) bool {
	n := len(toks)
	if n == 0 {
		return true
	}
	t := toks[n-1]
	switch {
	case t.isPunct(",") || t.isPunct("&") || t.isPunct("(") || t.isPunct("¶") || t.isWord("AND"):
		return true
	case t.isPunct(")") && n >= 2 && toks[n-2].single():
		return true
	case t.single():
		return true
	case t.kind == tokNum && (t.ndig == 2 || yearLike(t)) && n >= 2 && (toks[n-2].single() || toks[n-2].isPunct(")")):
		return true
	case t.kind == tokWord:
		for k := max(0, n-4); k < n; k++ {
			if kw, _, ok := stationCands(toks, k); ok && k+kw == n {
				return true
			}
		}
	}
	return false
}

// lineCites reports whether s holds a cable citation.
func lineCites(s string) bool {
	var buf [tokenBuf]token
	toks := lex(buf[:0], s, 0)
	for k := range toks {
		if _, _, ok := citationAt(toks, k); ok {
			return true
		}
	}
	return false
}

// cutPreview reports whether line s ends where a WikiLeaks page cut its
// preview of the cable: two periods or more after other text ("¶B.
// BRATIS...", "D. LIMA 4968 (0..", "STATE ...").
func cutPreview(s string) bool {
	t := textutil.TrimBlanksRight(s)
	n := len(t) - len(strings.TrimRight(t, "."))
	return n >= 2 && !textutil.IsBlank(t[:len(t)-n])
}

// pageBreaks returns the spans of the page-break marks in s, also after
// other text ("REF: TRIPOLI 227 TRIPOLI 00000564 001.2 OF 002"): the
// marks lexicon.PageBreakLine recognises from a word start on, with the
// classification printed before a received copy's page header
// ("CONFIDENTIAL PAGE 02 ROME 01196 01 OF 02 082030Z").
func pageBreaks(s string) [][2]int {
	var out [][2]int
	from := 0
	for i := 0; i < len(s); i++ {
		// a mark starts a word, or is glued to a serial ("CAIRO
		// 507CAIRO 00000524 001.2 OF 002")
		if s[i] < 'A' || s[i] > 'Z' || !(wordStart(s, i) || isDigit(s[i-1])) {
			continue
		}
		pb, ok := lexicon.PageBreakLine(s[i:])
		if !ok {
			continue
		}
		start := i
		if pb.Header {
			for k := from; k < i; k++ {
				if wordStart(s, k) && s[k] != ' ' && s[k] != '\t' && lexicon.ClassificationLine(s[k:i]) {
					start = k
					break
				}
			}
		}
		out = append(out, [2]int{start, i + pb.End})
		i += pb.End - 1
		from = i + 1
	}
	return out
}
