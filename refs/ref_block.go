package refs

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// rfMaxPreamble bounds the lines searched for a REF block when no
// paragraph 1 is found (a whole cable: header, addressees, preamble).
const rfMaxPreamble = 300

// rfTokBuf is the number of tokens a REF block or line is lexed into
// before they go to the heap.
const rfTokBuf = 32

// rfMaxBlock bounds the lines of one REF block, rfMaxBlockBytes its text
// (the longest real blocks have about 1,000 bytes).
const (
	rfMaxBlock      = 60
	rfMaxBlockBytes = 4000
)

var (
	// Banner line of a (repeated) cable header: "S e c r e t nairobi 001938".
	rfBannerRE = regexp.MustCompile(`(?i)^[ \t]*(?:s ?e ?c ?r ?e ?t|c ?o ?n ?f ?i ?d ?e ?n ?t ?i ?a ?l|u ?n ?c ?l ?a ?s(?: ?s ?i ?f ?i ?e ?d)?|limited official use)\b.*\b\d{4,}[ \t]*$`)
	// Page-break line text (cable-format.md §7), anywhere in a line:
	// "TRIPOLI 00000564  001.2 OF 002".
	rfPageBreakRE = regexp.MustCompile(`[A-Z][A-Za-z.'\-]*(?:[ \t]+[A-Z][A-Za-z.'\-]*){0,3}[ \t]+\d{8}[ \t]+\d{3}(?:\.\d)?[ \t]+(?:OF|of|Of)\b(?:[ \t]+\d{3})?`)
	// Received-copy page header (cable-format.md §8), with the
	// classification line before it: "CONFIDENTIAL PAGE 02 ROME 01196 01 OF 02 082030Z".
	rfPageHeaderRE = regexp.MustCompile(`(?:(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)[ \t]+)?PAGE[ \t]+\d{2,3}[ \t]+[A-Z][A-Z .]{0,14}?[ \t]+\d{4,6}[ \t]+(?:\d{2}[ \t]+OF[ \t]+\d{2}[ \t]+)?\d{6}Z`)
)

// rfHasRef reports whether s contains "ref" in any case (a cheap check
// before the label matchers).
func rfHasRef(s string) bool { return textutil.IndexFold(s, "ref") >= 0 }

// rfFindLabel looks for a REF label in s. The block starts at start; the
// label itself is s[from:to] (blanked before the block is read).
func rfFindLabel(s string) (start, from, to int, ok bool) {
	if !rfHasRef(s) {
		return 0, 0, 0, false
	}
	if m, ok := rfLabelStart(s); ok {
		labelFrom := m[0]
		start = m[1]
		if m[2] >= 0 { // an item letter before the label
			start = m[2]
			labelFrom = m[3]
		}
		if m[4] >= 0 && m[5]-m[4] >= 2 && strings.Count(s[m[4]:m[5]], ".") >= 2 && textutil.IsBlank(s[m[1]:]) {
			return 0, 0, 0, false // "REF:..." of a truncated WikiLeaks preview
		}
		if (m[4] >= 0 && strings.Contains(s[m[4]:m[5]], ":")) || rfLabelRestOK(s[m[1]:]) {
			return start, labelFrom, m[1], true
		}
	}
	if end := rfFindMidLabel(s); end >= 0 {
		return end, end, end, true
	}
	return 0, 0, 0, false
}

// rfFindMidLabel returns the end of the first REF label with a colon
// anywhere in s ("...PRIMEREF: A"), or -1: rfLabelMidEnd is tried where
// "ref" occurs.
func rfFindMidLabel(s string) int {
	for from := 0; from < len(s); {
		i := textutil.IndexFold(s[from:], "ref")
		if i < 0 {
			return -1
		}
		i += from
		if end := rfLabelMidEnd(s, i); end >= 0 {
			return end
		}
		from = i + 1
	}
	return -1
}

// rfLabelRestOK reports whether the text after a label without colon
// starts like a REF item: nothing, an enumerator in parentheses or
// brackets, a number, or a citation maybe after an item letter ("REF A
// WELLINGTON 721", but not "Ref A. Ref B was Post's response").
func rfLabelRestOK(rest string) bool {
	rest = textutil.TrimBlanksLeft(rest)
	if rest == "" {
		return true
	}
	c := rest[0]
	if c == '(' || c == '[' || idIsDigit(c) || strings.HasPrefix(rest, "¶") {
		return true
	}
	var buf [rfTokBuf]rfTok
	toks := rfLex(buf[:0], rfCutAt(rest, 80), 0)
	k := 0
	if _, n, ok := rfEnumAt(toks, 0, ""); ok {
		k = n
	}
	_, _, ok := rfCitationAt(toks, k)
	return ok
}

// rfScrub blanks transmission artefacts in a line, keeping byte offsets:
// page-break and received-copy page-header text, a literal "\n", a
// cables.csv line-end backslash and markdown link syntax.
func rfScrub(s string) string {
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
		for _, m := range rfAnchorRE.FindAllStringIndex(s, -1) {
			blank(m[0], m[1])
		}
	}
	if strings.Contains(s, "](#") {
		for _, m := range rfMarkdownLinkRE.FindAllStringSubmatchIndex(s, -1) {
			blank(m[0], m[0]+1)
			blank(m[3], m[1])
		}
	}
	if textutil.HasDigitRun(s, 8) && (strings.Contains(s, " OF") || strings.Contains(s, " of") || strings.Contains(s, " Of")) {
		for _, m := range rfPageBreakRE.FindAllStringIndex(s, -1) {
			blank(m[0], m[1])
		}
	}
	if strings.Contains(s, "PAGE") && textutil.HasDigitRun(s, 6) {
		for _, m := range rfPageHeaderRE.FindAllStringIndex(s, -1) {
			blank(m[0], m[1])
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

var rfAnchorRE = regexp.MustCompile(`</?a\b[^<>]{0,80}>`)

var rfMarkdownLinkRE = regexp.MustCompile(`\[([^\]\n]{0,80})\]\(#[^)\n]{0,80}\)`)

// rfSkipWords are the lines, trimmed, that rfSkipLine steps over in any
// case (lower case here, as textutil.HasPrefixFold wants).
var rfSkipWords = []string{"unclassified", "unclas", "confidential", "secret", "limited official use", "sipdis",
	"c o n f i d e n t i a l", "s e c r e t", "noforn"}

// rfSkipLine reports whether a line inside a REF block is debris to step
// over: a bare classification line, a received-copy PAGE line, SIPDIS
// (any case). An ASCII line is compared ignoring case; any other is
// upper-cased first (strings.ToUpper maps "ſ" to S and "ı" to I), when it
// can match: those two are the only non-ASCII characters it maps to ASCII,
// so without them only a PAGE line, which starts "page ", can.
func rfSkipLine(s string) bool {
	t := strings.TrimSpace(s)
	if !rfASCII(t) {
		if !textutil.HasPrefixFold(t, "page ") && !strings.Contains(t, "ſ") && !strings.Contains(t, "ı") {
			return false
		}
		t = strings.ToUpper(t)
	}
	for _, w := range rfSkipWords {
		if len(t) == len(w) && textutil.HasPrefixFold(t, w) {
			return true
		}
	}
	return textutil.HasPrefixFold(t, "page ") && len(t) > 8 && idIsDigit(t[5])
}

// rfASCII reports whether s is all ASCII.
func rfASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// rfSeg is one line (or part of a line) of a REF block.
type rfSeg struct {
	num  int    // line number
	text string // scrubbed text; token offsets point into it
}

// block reads the REF block whose label is on line and leaves lines at the
// next line to search.
func (p *state) block(line textutil.Line, lines *rfLines, start, from, to int) {
	first := rfScrub(line.Text)
	// the label is blanked where the block starts before its end: after an
	// item letter ("A. REF AMMAN 222")
	if from < to && to <= len(first) && start < to {
		first = first[:from] + strings.Repeat(" ", to-from) + first[to:]
	}
	// most blocks fit the buffers on the stack: a few lines, 6 tokens in
	// half of them, more than 32 in fewer than one in 20
	var segBuf [8]rfSeg
	var tokBuf [rfTokBuf]rfTok
	segs, toks := segBuf[:0], tokBuf[:0]
	sawEnum := false
	stop := false
	size := 0
	add := func(num int, s string) {
		if size+len(s) > rfMaxBlockBytes {
			s = rfCutAt(s, rfMaxBlockBytes-size)
			stop = true
		}
		size += len(s)
		if m := rfTermIndex(s); m >= 0 {
			s = s[:m]
			if rfPortionOnly(s) {
				s = ""
			}
			stop = true
		}
		if textutil.IsBlank(s) {
			return
		}
		if !sawEnum && rfHasEnum(s) {
			sawEnum = true
		}
		segs = append(segs, rfSeg{num: num, text: s})
		toks = rfLex(toks, s, len(segs)-1)
	}
	add(line.Num, first[min(start, len(first)):])
	blanks := 0
	// n counts the lines read, the label line included
	for n := 1; !stop && n < rfMaxBlock; n++ {
		back := *lines
		next, ok := lines.next()
		if !ok {
			break
		}
		s := rfScrub(next.Text)
		if textutil.IsBlank(s) {
			blanks++
			continue
		}
		if rfSkipLine(s) {
			continue
		}
		if rfEndsBlock(s, toks, blanks, sawEnum) {
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

// rfEndsBlock reports whether line s (scrubbed, not blank) ends the REF
// block read so far (toks), after blanks blank lines; sawEnum tells
// whether the block has enumerators.
func rfEndsBlock(s string, toks []rfTok, blanks int, sawEnum bool) bool {
	if rfBannerLine(s) {
		return true
	}
	if m := rfTermIndex(s); m >= 0 && textutil.IsBlank(s[:m]) {
		return true
	}
	if _, _, _, ok := rfFindLabel(s); ok && len(toks) > 0 && !rfIncomplete(toks) {
		return true // a second REF block
	}
	enum := rfStartsEnum(s)
	if enum && blanks > 0 && !rfNextLabel(toks, s) {
		return true // "(U) THIS CABLE IS ...", "¶I. Key Objectives": not the next item
	}
	incomplete := rfIncomplete(toks)
	if blanks > 0 && !enum && (!incomplete || (len(toks) == 0 && !rfLineCites(s))) {
		return true
	}
	return blanks == 0 && !sawEnum && !enum && !incomplete && !rfLineCites(s)
}

// rfCutAt cuts s to at most n bytes, at a blank if there is one.
func rfCutAt(s string, n int) string {
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

// rfNextLabel reports whether the enumerator that starts line s follows the
// item labels of the block read so far (toks).
func rfNextLabel(toks []rfTok, s string) bool {
	var buf [rfTokBuf]rfTok
	line := rfLex(buf[:0], rfCutAt(s, 80), 0)
	_, _, ok := rfEnumAt(line, 0, rfLastLabel(toks))
	return ok
}

// rfLastLabel returns the label of the last item enumerator in toks.
func rfLastLabel(toks []rfTok) string {
	cur := ""
	for k := 0; k < len(toks); {
		if label, n, ok := rfEnumAt(toks, k, cur); ok {
			cur = label
			k += n
			continue
		}
		k++
	}
	return cur
}

// rfPortionOnly reports whether s holds only a portion marking "(U)".
func rfPortionOnly(s string) bool {
	t := strings.TrimSpace(s)
	return t == "" || (len(t) <= 8 && strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")"))
}

// rfIncomplete reports whether the block read so far ends in the middle of
// an item: nothing read yet, an enumerator, AND, a comma, a year, or a
// station name still waiting for its serial.
func rfIncomplete(toks []rfTok) bool {
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
	case t.kind == rfNum && (t.ndig == 2 || rfYearLike(t)) && n >= 2 && (toks[n-2].single() || toks[n-2].isPunct(")")):
		return true
	case t.kind == rfWord:
		for k := max(0, n-4); k < n; k++ {
			if kw, _, ok := rfStationCands(toks, k); ok && k+kw == n {
				return true
			}
		}
	}
	return false
}

// rfLineCites reports whether s holds a cable citation.
func rfLineCites(s string) bool {
	var buf [rfTokBuf]rfTok
	toks := rfLex(buf[:0], s, 0)
	for k := range toks {
		if _, _, ok := rfCitationAt(toks, k); ok {
			return true
		}
	}
	return false
}
