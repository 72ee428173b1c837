package paragraph

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/cablemeta/cablemeta/marking"
)

// SpanKind names the kind of a [Span].
type SpanKind string

// String returns the kind as text.
func (k SpanKind) String() string { return string(k) }

// Span kinds.
const (
	// SpanSummary: SUMMARY ... END SUMMARY.
	SpanSummary SpanKind = "summary"
	// SpanComment: COMMENT ... END COMMENT (or the end of the paragraph,
	// or the closing parenthesis of "(COMMENT: ...)").
	SpanComment SpanKind = "comment"
	// SpanText: BEGIN TEXT ... END TEXT (quoted or inserted text).
	SpanText SpanKind = "text"
	// SpanActionRequest: ACTION REQUEST(ED) ... to the end of the paragraph
	// or END ACTION REQUEST.
	SpanActionRequest SpanKind = "action-request"
	// SpanSectionHeader: the header that a cable sent in several sections
	// repeats before each section after the first (classification frame,
	// office and DTG/FM/TO/INFO lines, the "SECTION 02 OF 03" banner,
	// captions, E.O., TAGS and SUBJECT lines). Its lines are not part of
	// any paragraph; Text keeps them.
	SpanSectionHeader SpanKind = "section-header"
)

// A Span is a marked stretch of the body text.
type Span struct {
	Kind SpanKind `json:"kind"`
	// StartLine and EndLine are the first and last lines of the span
	// (markers included).
	StartLine int `json:"start_line"`
	EndLine   int `json:"end_line"`
	// Text is the content between the markers: paragraph numbers, portion
	// markings and rules removed, white space runs collapsed, one line per
	// source line.
	Text string `json:"text"`
}

var (
	summaryOpenRE = regexp.MustCompile(`(?i)^(?:BEGIN\s+)?SUM+A?R?Y(?:\s*(?:AND|&|/)\s*[A-Z]+(?:\s+[A-Z]+){0,3})?\s*(?:[:.\-–—‐]+|$)\s*`)
	summaryMidRE  = mustPunctRE("ummary", ":.-", `(?i)\s\d{1,2}\.\s*\([A-Z/ ]{1,12}\)\s*SUMMARY\s*[:.\-]\s*`)
	summaryEndRE  = mustWordRE("end", `(?i)\bEND\s+(?:OF\s+)?SUM+A?R?Y\b`)
	commentOpenRE = guardedRE{regexp.MustCompile(`(?i)^(?:BEGIN\s+)?(?:(?:EMBASSY|POST|MISSION|CONSULATE|USEU|USNATO|USUN|CONGEN|POL|ECON|EMBASSY'S|POST'S)\s+)?COMMENT(?:\s+CONTINUED|\s+AND\s+[A-Z]+(?:\s+[A-Z]+){0,2})?\s*(?:[:.\-–—‐]+|$)\s*`), startsWithByte("BbEePpMmCcUuOo")}
	commentMidRE  = mustPunctRE("comment", ":.-–—", `(?i)(?:[.!?]["”’)]?\s+|\(\s*|\s\d{1,2}\.\s*\([A-Z/ ]{1,12}\)\s*)(?:BEGIN\s+)?COMMENT\s*[:.\-–—]+\s*`)
	commentEndRE  = mustWordRE("end", `(?i)\bEND\s+(?:[A-Z][A-Za-z'’]*\s+){0,2}?COMMENTS?\b`)
	textOpenRE    = mustWordRE("begin", `(?i)\bBEGIN\s+(?:[A-Z][A-Za-z'’]*\s+){0,3}?TEXT\b\s*[:.\-]*\s*`)
	textEndRE     = mustWordRE("end", `(?i)\bEND\s+(?:OF\s+)?(?:[A-Z][A-Za-z'’]*\s+){0,2}?TEXT\b`)
	actionOpenRE  = regexp.MustCompile(`(?i)^(?:ACTION\s+REQUEST(?:ED|S)?|REQUEST\s+FOR\s+ACTION|ACTION\s+ITEMS?)\s*(?:[:.\-–—]+|$)\s*`)
	actionEndRE   = mustWordRE("end", `(?i)\bEND\s+(?:OF\s+)?ACTION\s+REQUESTS?\b`)
)

// region is a stretch of lines joined into one string, so that markers
// split over lines ("END\nSUMMARY") are found.
type region struct {
	ls   []line
	text string
	offs []int // offset of each line in text
	memo []wordLines
}

// newRegion joins ls, lines split from src, into a region. Its text is a
// slice of src when the lines are src as it was split, else a new string.
// Its line offsets are memory of sc, valid until sc is released (nil sc:
// new memory).
func newRegion(sc *scratch, src string, ls []line) *region {
	if sc == nil {
		sc = new(scratch)
	}
	r := &region{ls: ls, offs: sc.offsBuf(len(ls))}
	if len(ls) == 0 {
		return r
	}
	// runs of lines that are still src as it was split (each a slice of
	// src at its offset, ended there by a newline, the next starting right
	// after it) are copied with one write; one run is the whole region, a
	// slice of src
	base, next := ls[0].off, ls[0].off
	for i, l := range ls {
		if l.off != next || !asSplit(src, l) {
			return r.join(src)
		}
		r.offs[i] = l.off - base
		next = l.off + len(l.text) + 1
	}
	r.text = src[base:next]
	return r
}

// join writes the lines of r, which are not one stretch of src, into a
// new string: runs of lines that are still src as it was split with one
// write each.
func (r *region) join(src string) *region {
	ls := r.ls
	n := 0
	for _, l := range ls {
		n += len(l.text) + 1
	}
	var b strings.Builder
	b.Grow(n)
	for i := 0; i < len(ls); {
		l := ls[i]
		if !asSplit(src, l) {
			r.offs[i] = b.Len()
			b.WriteString(l.text)
			b.WriteByte('\n')
			i++
			continue
		}
		base, at := l.off, b.Len()
		end := l.off + len(l.text) + 1
		r.offs[i] = at
		for i++; i < len(ls) && ls[i].off == end && asSplit(src, ls[i]); i++ {
			r.offs[i] = at + ls[i].off - base
			end = ls[i].off + len(ls[i].text) + 1
		}
		b.WriteString(src[base:end])
	}
	r.text = b.String()
	return r
}

// asSplit reports whether line l is src as it was split: its text is the
// stretch of src at l.off, ended there by a newline.
func asSplit(src string, l line) bool {
	end := l.off + len(l.text)
	if l.off < 0 || end >= len(src) || src[end] != '\n' {
		return false
	}
	return src[l.off:end] == l.text
}

// lineAt returns the index of the line holding offset off.
func (r *region) lineAt(off int) int {
	i := sort.SearchInts(r.offs, off+1) - 1
	return max(i, 0)
}

// contentStart returns the offset in line i after blanks, pilcrow,
// paragraph number, portion marking and leading rule dashes.
func (r *region) contentStart(i int) int {
	s := r.ls[i].text
	t := trimPilcrow(s)
	if n, rest, ok := cutNumber(t); ok && n > 0 {
		t = rest
	}
	if _, rest, ok := marking.CutMarking(t); ok {
		t = textutil.TrimBlanksLeft(rest)
	}
	t = strings.TrimLeftFunc(t, func(c rune) bool { return isDashRune(c) || c == ' ' || c == '\t' })
	return r.offs[i] + len(s) - len(t)
}

// paraEnd returns the offset where the paragraph holding off ends: at the
// first blank line after some text, the next numbered paragraph, or the end.
func (r *region) paraEnd(off int, markers []bool) int {
	i := r.lineAt(off)
	seen := strings.TrimSpace(r.text[off:r.offs[i]+len(r.ls[i].text)]) != ""
	for j := i + 1; j < len(r.ls); j++ {
		l := r.ls[j]
		switch {
		case l.blank() || isDashRun(l.text):
			if seen {
				return r.offs[j]
			}
		case markers[j]:
			if seen {
				return r.offs[j]
			}
			seen = true
		default:
			seen = true
		}
	}
	return len(r.text)
}

// spanText formats text[from:to]: per line, number, marking and rules
// removed, white space collapsed; blank lines dropped. reopen, when set, is
// stripped from the start of the first text line ("1. Summary: ...").
func spanText(text string, reopen *regexp.Regexp) string {
	var b strings.Builder
	b.Grow(len(text)) // the result is never longer
	first := true
	for ln := range strings.SplitSeq(text, "\n") {
		t := strings.TrimSpace(trimPilcrow(ln))
		if t == "" || isDashRun(t) {
			continue
		}
		if n, rest, ok := cutNumber(t); ok && n > 0 {
			t = rest
		}
		if _, rest, ok := marking.CutMarking(t); ok {
			t = strings.TrimSpace(rest)
		}
		if first && reopen != nil {
			if loc := reopen.FindStringIndex(t); loc != nil {
				t = t[loc[1]:]
			}
		}
		if collapsesToRule(t) {
			continue
		}
		first = false
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		textutil.WriteCollapsed(&b, t) // collapse(t), without a copy
	}
	return strings.TrimRight(b.String(), " (-–—")
}

// collapsesToRule reports whether collapse(t) is empty or a rule
// (isDashRun), without collapsing t: every rune of t is white space or a
// rule rune, and there is no rule rune or at least three.
func collapsesToRule(t string) bool {
	if t != "" && t[0] < 0x80 && !isRuleByte(t[0]) && textutil.SpaceAt(t, 0) == 0 {
		return false // most lines: a letter, digit or other mark first
	}
	n := 0
	for i := 0; i < len(t); {
		if sz := textutil.SpaceAt(t, i); sz > 0 {
			i += sz
			continue
		}
		r, sz := utf8.DecodeRuneInString(t[i:])
		if r != '*' && !isDashRune(r) {
			return false
		}
		n++
		i += sz
	}
	return n == 0 || n >= 3
}

// isRuleByte reports whether the ASCII byte c is a rune of a rule.
func isRuleByte(c byte) bool {
	return c == '-' || c == '=' || c == '_' || c == '*'
}

// spans finds the summary, comment, quoted-text and action-request spans.
func (st *state) spans() {
	from, to := st.bodyStart, st.contentEnd
	if from >= to {
		return
	}
	r := newRegion(st.sc, st.src, st.ls[from:to])
	markers := st.sc.markerBuf(len(r.ls)) // the lines of r that hold a paragraph number
	for _, m := range st.markers {
		if m.idx >= from && m.idx < to {
			markers[m.idx-from] = true
		}
	}
	b := &st.body
	if sp, ok := st.summarySpan(r, markers, from); ok {
		b.Summary = sp.Text
		b.Spans = append(b.Spans, sp)
	}
	comments := st.commentSpans(r, markers)
	var cb strings.Builder
	for _, sp := range comments {
		if sp.Text != "" {
			if cb.Len() > 0 {
				cb.WriteByte('\n')
			}
			cb.WriteString(sp.Text)
		}
	}
	b.Comment = cb.String()
	b.Spans = append(b.Spans, comments...)
	b.Spans = append(b.Spans, st.pairSpans(r, SpanText, textOpenRE, textEndRE, markers, false, "begin")...)
	b.Spans = append(b.Spans, st.pairSpans(r, SpanActionRequest, actionOpenRE, actionEndRE, markers, true, "action")...)
	sort.SliceStable(b.Spans, func(i, j int) bool { return b.Spans[i].StartLine < b.Spans[j].StartLine })
}

// mkSpan builds a span for text[open:end] whose markers run from start to stop.
func (r *region) mkSpan(kind SpanKind, start, open, end, stop int, reopen *regexp.Regexp) Span {
	if stop <= start {
		stop = start + 1
	}
	return Span{
		Kind:      kind,
		StartLine: r.ls[r.lineAt(start)].num,
		EndLine:   r.ls[r.lineAt(stop-1)].num,
		Text:      spanText(r.text[open:max(open, end)], reopen),
	}
}

// summarySpan finds the summary: an opener at the start of a line (after
// number and marking), up to END SUMMARY or the end of its paragraph; or,
// without opener, from the first paragraph to END SUMMARY.
func (st *state) summarySpan(r *region, markers []bool, from int) (Span, bool) {
	for i := r.nextLineWith(0, "sum"); i < len(r.ls); i = r.nextLineWith(i+1, "sum") {
		l := r.ls[i]
		if l.blank() || !(containsFold(l.text, "summ") || containsFold(l.text, "sumar")) {
			continue
		}
		cs := r.contentStart(i)
		lineEnd := r.offs[i] + len(l.text)
		loc := summaryOpenRE.FindStringIndex(r.text[cs:lineEnd])
		if loc == nil {
			continue
		}
		if r.afterEnd(i) {
			continue // "End\nSummary." closes a summary
		}
		open := cs + loc[1]
		var reopen *regexp.Regexp
		if open == lineEnd {
			reopen = summaryOpenRE // heading form: "1. Summary: ..." may follow
		}
		end, stop := r.findEndSummary(open)
		if end < 0 {
			end = r.paraEnd(open, markers)
			stop = end
			st.warn(l.num, "summary", WarnUnclosedSpan, "summary without END SUMMARY ends with its paragraph")
		}
		return r.mkSpan(SpanSummary, r.offs[i], open, end, stop, reopen), true
	}
	// media versions run the preamble and paragraph 1 onto one line:
	// "... REASON: 1.4 (b), (d) 1. (C) Summary:  Libya's ..."
	if len(r.linesWith("summ")) == 0 {
		return Span{}, false
	}
	for i := r.nextLineWith(0, "summ"); i < len(r.ls); i = r.nextLineWith(i+1, "summ") {
		l := r.ls[i]
		if !containsFold(l.text, "summ") {
			continue
		}
		loc := summaryMidRE.FindStringIndex(l.text)
		if loc == nil {
			continue
		}
		open := r.offs[i] + loc[1]
		end, stop := r.findEndSummary(open)
		if end < 0 {
			end = r.paraEnd(open, markers)
			stop = end
		}
		return r.mkSpan(SpanSummary, r.offs[i]+loc[0], open, end, stop, nil), true
	}
	// END SUMMARY without an opener: the summary is the first paragraph
	e0, e1 := r.findEndSummary(0)
	if e0 < 0 {
		return Span{}, false
	}
	m := []int{e0, e1}
	start := 0
	if st.textStart > from {
		start = r.offs[min(st.textStart-from, len(r.offs)-1)]
	}
	if start >= m[0] {
		start = 0
	}
	open := start
	if i := r.lineAt(start); open == r.offs[i] {
		open = r.contentStart(i)
		if open > m[0] {
			open = start
		}
	}
	return r.mkSpan(SpanSummary, start, open, m[0], m[1], nil), true
}

// commentSpans finds the COMMENT spans.
func (st *state) commentSpans(r *region, markers []bool) []Span {
	var out []Span
	pos := 0
	for pos < len(r.text) {
		start, open, paren := r.findComment(pos)
		if start < 0 {
			break
		}
		var end, stop int
		nextStart, _, _ := r.findComment(open)
		limit := len(r.text)
		if nextStart >= 0 {
			limit = nextStart
		}
		endM := commentEndRE.FindStringIndex(r.text[open:limit])
		closing := -1
		if paren {
			closing = closingParen(r.text, open, limit)
		}
		switch {
		case endM != nil && (closing < 0 || open+endM[0] < closing):
			end, stop = open+endM[0], open+endM[1]
			if closing >= 0 {
				stop = closing + 1
			}
		case closing >= 0:
			end, stop = closing, closing+1
		default:
			end = min(r.paraEnd(open, markers), limit)
			stop = end
		}
		pos = max(stop, open+1)
		if li := r.lineAt(start); endM == nil && closing < 0 && open < r.offs[li]+len(r.ls[li].text) && r.headingLine(li) {
			// "COMMENT: Do We Detect a Chink in the Armor?" over a rule
		} else {
			out = append(out, r.mkSpan(SpanComment, start, open, end, stop, nil))
		}
		if nextStart < 0 {
			// no opener at or after open, so none at or after pos >= open:
			// findComment finds no more from a later position
			break
		}
	}
	return out
}

// findComment finds the next comment opener at or after pos and returns
// the opener's start, the content start and whether it is parenthesised.
// When it finds none from pos, it finds none from any later position: it
// looks at fewer lines and fewer "comment"s, each in a window that is a
// suffix of the one it had, and the patterns have no anchor there.
func (r *region) findComment(pos int) (start, open int, paren bool) {
	for i := r.nextLineWith(r.lineAt(pos), "comment"); i < len(r.ls); i = r.nextLineWith(i+1, "comment") {
		l := r.ls[i]
		if l.blank() || !containsFold(l.text, "comment") {
			continue
		}
		lineEnd := r.offs[i] + len(l.text)
		if cs := r.contentStart(i); cs >= pos && !r.afterEnd(i) {
			if loc := commentOpenRE.FindStringIndex(r.text[cs:lineEnd]); loc != nil {
				return r.offs[i], cs + loc[1], false
			}
		}
		from := max(pos, r.offs[i])
		// test the pattern only around each "comment" of the line
		for k := from; k < lineEnd; {
			j := indexFold(r.text[k:lineEnd], "comment")
			if j < 0 {
				break
			}
			lo := max(from, k+j-24)
			hi := min(lineEnd, k+j+len("comment")+12)
			if loc := commentMidRE.FindStringIndex(r.text[lo:hi]); loc != nil {
				seg := r.text[lo+loc[0] : lo+loc[1]]
				return lo + loc[0], lo + loc[1], strings.Contains(seg, "(")
			}
			k += j + len("comment")
		}
	}
	return -1, -1, false
}

// closingParen returns the offset of the parenthesis closing an opening one
// before from, or -1 if there is none before limit.
func closingParen(s string, from, limit int) int {
	depth := 0
	for i := from; i < limit; i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// pairSpans finds spans opened by openRE and closed by endRE (or by the
// end of the paragraph). atLineStart restricts openers to the start of a
// line's content.
func (st *state) pairSpans(r *region, kind SpanKind, openRE, endRE finder, markers []bool, atLineStart bool, word string) []Span {
	var out []Span
	for i := r.nextLineWith(0, word); i < len(r.ls); i = r.nextLineWith(i+1, word) {
		l := r.ls[i]
		if l.blank() || !containsFold(l.text, word) {
			continue
		}
		lineEnd := r.offs[i] + len(l.text)
		base := r.offs[i]
		if atLineStart {
			base = r.contentStart(i)
		}
		loc := openRE.FindStringIndex(r.text[base:lineEnd])
		if loc == nil {
			continue
		}
		start, open := base+loc[0], base+loc[1]
		var end, stop int
		if m := endRE.FindStringIndex(r.text[open:]); m != nil {
			end, stop = open+m[0], open+m[1]
		} else {
			end = r.paraEnd(open, markers)
			stop = end
		}
		out = append(out, r.mkSpan(kind, start, open, end, stop, nil))
		i = max(i, r.lineAt(max(stop-1, 0)))
	}
	return out
}

// endsWithEnd reports whether s ends with the word END ("... End").
func endsWithEnd(s string) bool {
	s = textutil.TrimBlanksRight(s)
	if len(s) < 3 || !strings.EqualFold(s[len(s)-3:], "END") {
		return false
	}
	return len(s) == 3 || s[len(s)-4] == ' ' || s[len(s)-4] == '.'
}

// findEndSummary returns the offsets of the first END SUMMARY marker at or
// after from, or -1, -1. Only lines that mention "summ" are searched (with
// the line before, for "END\nSUMMARY").
func (r *region) findEndSummary(from int) (int, int) {
	for i := r.nextLineWith(r.lineAt(from), "sum"); i < len(r.ls); i = r.nextLineWith(i+1, "sum") {
		if !containsFold(r.ls[i].text, "summ") && !containsFold(r.ls[i].text, "sumar") {
			continue
		}
		lo := from
		if i > 0 {
			// "END\nSUMMARY", "END\n\nSUMMARY.", and "END" + page break +
			// "SUMMARY." (the page break is gone, its blank lines stay)
			lo = max(from, r.offs[r.prevText(i)])
		}
		hi := r.offs[i] + len(r.ls[i].text)
		if lo >= hi {
			continue
		}
		if m := summaryEndRE.FindStringIndex(r.text[lo:hi]); m != nil {
			return lo + m[0], lo + m[1]
		}
	}
	return -1, -1
}

// headingLine reports whether line i is a title underlined by a rule.
func (r *region) headingLine(i int) bool {
	for j := i + 1; j < len(r.ls); j++ {
		if r.ls[j].blank() {
			continue
		}
		return isDashRun(r.ls[j].text)
	}
	return false
}

// afterEnd reports whether the last text line before line i ends with the
// word END, so that line i closes a span ("End\nSummary.", "End \ncomment.").
func (r *region) afterEnd(i int) bool {
	if j := r.prevText(i); j < i {
		return endsWithEnd(r.ls[j].text)
	}
	return false
}

// prevText returns the index of the last non-blank line before line i
// within 8 lines (blank lines of a removed page break in between), or i.
func (r *region) prevText(i int) int {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if !r.ls[j].blank() {
			return j
		}
	}
	return i
}
