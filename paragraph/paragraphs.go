package paragraph

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/cablemeta/cablemeta/marking"
)

// marker is a paragraph-number candidate.
type marker struct {
	idx     int // index in ls
	n       int // number as written
	num     int // number after repair
	delim   byte
	pilcrow bool
	weak    bool // anchored but wrapping a sentence ("on October\n¶26.")
	marked  bool // the number has a portion marking: mark
	mark    marking.Marking
	rest    string // text after number and marking
}

// findMarkers returns the paragraph-number candidates in ls[from:to],
// appended to dst[:0], and those kept by repairNumbers (a prefix of the
// same memory).
func findMarkers(dst []marker, ls []line, from, to int) (all, kept []marker) {
	ms := dst[:0]
	for i := from; i < to; i++ {
		s := ls[i].text
		if s == "" {
			continue
		}
		t := textutil.TrimBlanksLeft(s)
		if len(s)-len(t) > 4 {
			continue // indented numbers are list items, not paragraphs
		}
		pil := strings.HasPrefix(t, "¶")
		if pil {
			t = textutil.TrimBlanksLeft(t[len("¶"):])
		}
		if t == "" || t[0] < '0' || t[0] > '9' {
			continue
		}
		n, rest, delim, ok := cutNumberDelim(t)
		if !ok {
			continue
		}
		m := marker{idx: i, n: n, delim: delim, pilcrow: pil, rest: rest}
		mk, r, ok := marking.CutMarking(rest)
		if ok {
			m.rest = textutil.TrimBlanksLeft(r)
		} else {
			mk, ok = entireTextMarking(rest) // "¶1.  CONFIDENTIAL - ENTIRE TEXT." (text kept)
		}
		if ok {
			m.marked, m.mark = true, mk
		}
		if !m.marked && i > from {
			// "... SEE PARA\n3. ABOVE": a number that wraps a sentence
			if p := prevNonBlank(ls, i, from); p >= 0 && p == i-1 && len(ls[p].text) >= 45 && midSentence(ls[p].text) {
				if !pil {
					continue
				}
				m.weak = true // WikiLeaks anchors dates too: "on October\n¶26."
			}
		}
		ms = append(ms, m)
	}
	return ms, repairNumbers(ms)
}

// countMarked returns the number of markers with a portion marking.
func countMarked(ms []marker) int {
	n := 0
	for _, m := range ms {
		if m.marked {
			n++
		}
	}
	return n
}

// prevNonBlank returns the index of the last non-blank line before i (>= from), or -1.
func prevNonBlank(ls []line, i, from int) int {
	for j := i - 1; j >= from; j-- {
		if !ls[j].blank() {
			return j
		}
	}
	return -1
}

// artifactOf reports whether n is the expected number e rendered with its
// pilcrow turned into the digit 1 ("11." for "¶1.", "110." for "¶10.").
func artifactOf(n, e int) bool {
	v, err := strconv.Atoi("1" + strconv.Itoa(e))
	return err == nil && v == n
}

// repairNumbers applies the sequence rule of
// docs/renderings.md#markdown-renderings and drops candidates that do not
// fit the sequence. Each kept marker has num set.
func repairNumbers(ms []marker) []marker {
	if len(ms) == 0 {
		return nil
	}
	// ")" delimits paragraphs only when the first paragraph uses it
	parenStyle := false
	for _, m := range ms {
		if m.n == 1 || m.pilcrow || m.marked {
			parenStyle = m.delim == ')'
			break
		}
	}
	out := ms[:0]
	e := 0
	for k, m := range ms {
		if m.delim == ')' && !parenStyle && !m.pilcrow {
			continue
		}
		if e == 0 {
			// the first marker sets the sequence
			if m.n != 1 && artifactOf(m.n, 1) && nextFits(ms, k, 1) {
				m.num = 1
			} else {
				m.num = m.n
			}
			out = append(out, m)
			e = m.num + 1
			continue
		}
		switch {
		case m.n == e:
			m.num = m.n
		case artifactOf(m.n, e) && nextFits(ms, k, e):
			m.num = e
		case (m.pilcrow && !m.weak) || m.marked || (m.n > e && m.n <= e+2) || m.n == e-1:
			m.num = m.n
		default:
			continue
		}
		out = append(out, m)
		e = m.num + 1
	}
	return out
}

// nextFits reports whether the marker after ms[k] continues a sequence in
// which ms[k] is paragraph e (or there is no later marker).
func nextFits(ms []marker, k, e int) bool {
	for _, m := range ms[k+1:] {
		return m.n == e+1 || artifactOf(m.n, e+1)
	}
	return true
}

// paragraphs splits ls[from:contentEnd] into paragraphs with headings.
func (st *state) paragraphs() {
	all, ms := findMarkers(st.sc.markerList(), st.ls, st.bodyStart, st.contentEnd)
	st.sc.ms = all // kept for the next call, grown
	b := &st.body
	if len(ms) == 0 {
		start := preambleEnd(st.ls, st.bodyStart, st.contentEnd)
		st.textStart = start
		if txt := st.joinedText(line{off: -1}, "", st.ls[start:st.contentEnd]); txt != "" {
			p := Paragraph{Number: 0, Text: txt, Line: st.ls[firstNonBlank(st.ls, start, st.contentEnd)].num}
			if mk, rest, ok := marking.CutMarking(txt); ok {
				p.Marking, p.Text = &mk, textutil.TrimBlanksLeft(rest)
			}
			b.Paragraphs = []Paragraph{p}
		}
		return
	}
	st.textStart = ms[0].idx
	st.markers = ms
	b.Paragraphs = make([]Paragraph, 0, len(ms))
	marks := make([]marking.Marking, 0, countMarked(ms)) // what the paragraphs' markings point to
	// heading of the first paragraph: at the end of the preamble
	heading, _ := trailingHeading(st.ls, st.bodyStart, ms[0].idx)
	for k, m := range ms {
		end := st.contentEnd
		if k+1 < len(ms) {
			end = ms[k+1].idx
		}
		nextHeading, hstart := trailingHeading(st.ls, m.idx+1, end)
		p := Paragraph{Number: m.num, Heading: heading, Line: st.ls[m.idx].num}
		if m.marked {
			marks = append(marks, m.mark)
			p.Marking = &marks[len(marks)-1]
		}
		first := m.rest // collapsed by joinTextAfter
		if m.idx+1 < end && p.Heading == "" && isDashRun(st.ls[m.idx+1].text) {
			if h := collapse(first); headingText(h) {
				// a lead-in title: "¶2. (S) The Regime's Political Capital is Tanking\n-----"
				p.Heading, first = h, ""
			}
		}
		p.Text = st.joinedText(st.ls[m.idx], first, st.ls[m.idx+1:hstart])
		b.Paragraphs = append(b.Paragraphs, p)
		if m.num != m.n {
			st.warn(p.Line, "paragraph", WarnRenumbered, fmt.Sprintf("paragraph number %d read as %d (rendering damage)", m.n, m.num))
		} else if k > 0 {
			prev := ms[k-1].num
			switch {
			case m.num > prev+1:
				st.warn(p.Line, "paragraph", WarnMissingParagraph, fmt.Sprintf("paragraph %d follows paragraph %d", m.num, prev))
			case m.num <= prev:
				st.warn(p.Line, "paragraph", WarnDuplicateParagraph, fmt.Sprintf("paragraph %d follows paragraph %d", m.num, prev))
			}
		}
		heading = nextHeading
	}
}

// firstNonBlank returns the index of the first non-blank line in ls[from:to] (from if none).
func firstNonBlank(ls []line, from, to int) int {
	for i := from; i < to; i++ {
		if !ls[i].blank() {
			return i
		}
	}
	return from
}

// joinText joins the non-blank lines of ls, each with white space collapsed,
// with newlines. Rule lines (dash runs) are dropped.
func joinText(ls []line) string {
	return joinTextAfter("", ls)
}

// joinedText is joinTextAfter(first, ls), where first is the end of line
// head (or ""), for lines of st. As far as that text is a stretch of
// st.src as it was split (the lines adjacent there, nothing to collapse),
// it is taken from st.src: the whole text is then a slice of it, not a
// copy, and otherwise that stretch is copied in one piece.
func (st *state) joinedText(head line, first string, ls []line) string {
	start, end, k := srcPrefix(st.src, head, first, ls)
	if k == len(ls) {
		return st.src[max(start, 0):max(end, 0)]
	}
	var b strings.Builder
	b.Grow(joinedLen(first, ls))
	if k < 0 {
		textutil.WriteCollapsed(&b, first)
		k = 0
	} else if start >= 0 {
		b.WriteString(st.src[start:end])
	}
	writeJoined(&b, ls[k:])
	return b.String()
}

// srcPrefix returns the longest start of joinTextAfter(first, ls) that is
// src[start:end] (see joinedText), as the number k of lines of ls it
// covers (start and end are -1 when it holds no text yet), or k = -1 when
// first is not so found.
func srcPrefix(src string, head line, first string, ls []line) (start, end, k int) {
	start, end = -1, -1
	if first != "" {
		if !asSplit(src, head) || !strings.HasSuffix(head.text, first) || textutil.NeedsCollapse(first) {
			return -1, -1, -1
		}
		end = head.off + len(head.text)
		start = end - len(first)
	}
	gap := false // a line left out since the last one taken
	for k, l := range ls {
		if l.blank() || isDashRun(l.text) {
			gap = start >= 0
			continue
		}
		if gap || !asSplit(src, l) || (start >= 0 && l.off != end+1) || textutil.NeedsCollapse(l.text) {
			return start, end, k
		}
		if start < 0 {
			start = l.off
		}
		end = l.off + len(l.text)
	}
	return start, end, len(ls)
}

// joinTextAfter is collapse(first), a newline and joinText(ls), without
// the newline when either is empty, built in one piece.
func joinTextAfter(first string, ls []line) string {
	var b strings.Builder
	b.Grow(joinedLen(first, ls))
	textutil.WriteCollapsed(&b, first)
	writeJoined(&b, ls)
	return b.String()
}

// joinedLen bounds the length of joinTextAfter(first, ls).
func joinedLen(first string, ls []line) int {
	n := len(first)
	for _, l := range ls {
		n += len(l.text) + 1
	}
	return n
}

// writeJoined writes the non-blank lines of ls other than rules, white
// space collapsed, each after a newline unless b is empty.
func writeJoined(b *strings.Builder, ls []line) {
	for _, l := range ls {
		if l.blank() || isDashRun(l.text) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		textutil.WriteCollapsed(b, l.text) // collapse(l.text), without a copy
	}
}

// preambleEnd returns the index of the first line of running text at or
// after from: REF, Classified By, caption, E.O. and TAGS blocks are skipped.
func preambleEnd(ls []line, from, to int) int {
	i := from
	for i < to {
		for i < to && ls[i].blank() {
			i++
		}
		if i >= to || !preambleField(strings.TrimSpace(ls[i].text)) {
			return i
		}
		i++
		for i < to && !ls[i].blank() && len(ls[i].text) < 200 {
			i++
		}
	}
	return i
}

// preambleField reports whether t opens a block of the body preamble.
func preambleField(t string) bool {
	if isRefLabel(t) || lexicon.ClassificationLine(t) || lexicon.BannerStart(t) || headerLineRE.MatchString(t) || lexicon.TagsLine(t) {
		return true
	}
	if t == "" {
		return false
	}
	for _, p := range preambleWords[t[0]|0x20] {
		if textutil.HasPrefixFold(t, p) {
			return true
		}
	}
	return false
}

// preambleWords are the words that open a block of the body preamble
// (any case), by their first byte with bit 0x20 set (lower case for a
// letter): preambleField tries only those that t may start with.
var preambleWords = func() (by [256][]string) {
	for _, p := range [...]string{"CLASSIFIED BY", "CLASSIFIED:", "E.O.", "E.O ", "EO 1", "TAGS", "SUBJ", "SIPDIS", "NOFORN",
		"SENSITIVE", "DECL", "DERIVED FROM", "REASON", "(U) CLASSIFIED", "VZCZC", "ZNY ", "ZNR ", "STATE FOR", "DEPT FOR",
		"PASS TO", "FOR ", "EXDIS", "NODIS", "LIMDIS"} {
		by[p[0]|0x20] = append(by[p[0]|0x20], p)
	}
	return by
}()

// trailingHeading looks at the end of ls[from:to] for a section heading
// that introduces the next paragraph. It returns the heading and the index
// where it (with its rules and blank lines) starts, or "" and to.
func trailingHeading(ls []line, from, to int) (string, int) {
	j := to
	underlined := false
	for j > from && (ls[j-1].blank() || isDashRun(ls[j-1].text)) {
		if !ls[j-1].blank() {
			underlined = true
		}
		j--
	}
	if j <= from {
		return "", to
	}
	h := strings.TrimSpace(ls[j-1].text)
	start := j - 1
	// one-line media form: "Comment -------", "----- General Points -----"
	decorated := false
	if d := trimDashes(h); d != h && d != "" && dashEdge(h) {
		h, decorated = d, true
	}
	if !headingText(h) {
		return "", to
	}
	// an overline rule just above the title
	k := start
	if k > from && isDashRun(ls[k-1].text) {
		k--
		underlined = true
	}
	standalone := k == from || ls[k-1].blank() || isDashRun(ls[k-1].text)
	switch {
	case underlined || decorated:
	case standalone && (j < to || k == from):
		// a title between blank lines (markdown "####" or plain), or an all-caps line
	case k > from && !midSentence(ls[k-1].text) && shortHeading(h):
		// media versions without blank lines: "...revulsion.\nComment\n¶12."
	default:
		return "", to
	}
	if start == from && from > 0 && !underlined && !decorated {
		// the paragraph's own first line is never its successor's heading
		return "", to
	}
	return collapse(h), k
}

// dashEdge reports whether h starts or ends with a rule of at least three dashes.
func dashEdge(h string) bool {
	n := 0
	for s := h; s != ""; {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isDashRune(r) && r != ' ' {
			break
		}
		if r != ' ' {
			n++
		}
		s = s[:len(s)-size]
	}
	if n >= 3 {
		return true
	}
	n = 0
	for _, r := range h {
		if !isDashRune(r) && r != ' ' {
			break
		}
		if r != ' ' {
			n++
		}
	}
	return n >= 3
}

// headingText reports whether h can be a section title: short, no
// sentence-final period or comma, not a list item or a number.
func headingText(h string) bool {
	if h == "" || len(h) > 90 {
		return false
	}
	switch h[len(h)-1] { // first: most lines before a paragraph end a sentence
	case '.', ',', ';':
		return strings.HasSuffix(h, "...") && textutil.CountFields(h) <= 14
	}
	if textutil.CountFields(h) > 14 {
		return false
	}
	c := h[0]
	if c == '-' || c == '(' || c == '*' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') {
		return false
	}
	if strings.HasPrefix(h, "¶") || strings.HasPrefix(h, "•") || strings.HasPrefix(h, "–") || strings.HasPrefix(h, "—") {
		return false
	}
	if _, _, ok := cutNumber(h); ok {
		return false
	}
	if preambleField(h) && !strings.EqualFold(h, "SUMMARY") {
		return false
	}
	if containsFold(h, "reason") && (strings.Contains(h, "1.4") || strings.Contains(h, "1.5")) {
		return false // wrapped "Classified By" line: "Department of State. REASON: 1.4 (b), (d)"
	}
	if len(h) > 2 && h[1] == '.' && c >= 'A' && c <= 'Z' {
		return false // lettered sub-item "A. ..."
	}
	return true
}

// shortHeading reports whether h is short enough to be a heading written
// without blank lines around it.
func shortHeading(h string) bool {
	return textutil.CountFields(h) <= 8 && !strings.HasSuffix(h, ":")
}

// entireTextMarking reads the older whole-text marking written out in
// words at the start of paragraph 1: "CONFIDENTIAL - ENTIRE TEXT.".
func entireTextMarking(s string) (marking.Marking, bool) {
	head, tail, ok := strings.Cut(s, "-")
	if !ok || len(head) > 30 {
		return marking.Marking{}, false
	}
	if !textutil.HasPrefixFold(strings.TrimSpace(tail), "ENTIRE TEXT") {
		return marking.Marking{}, false
	}
	m, ok := marking.ParseMarking("(" + strings.TrimSpace(head) + " - ENTIRE TEXT)")
	if ok {
		m.Raw = strings.TrimRight(strings.TrimSpace(s), ".")
	}
	return m, ok
}
