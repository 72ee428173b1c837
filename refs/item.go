package refs

import (
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// item is one item of a REF block: tokens [from, to).
type item struct {
	label    string
	from, to int
}

// enumAt reads an item enumerator at toks[k]: "(A)", "[A]", "(1)", "A.",
// "A)", "A.)", or a bare letter before a citation ("REF A WELLINGTON 721
// B WELLINGTON 690"). cur is the current label; a label is accepted when it
// is the first one, repeats the current one ("A. A) X"), or follows it.
func enumAt(toks []token, k int, cur string) (label string, n int, ok bool) {
	i := k
	for i < len(toks) && (toks[i].isPunct("¶") || toks[i].isDash()) {
		i++
	}
	if i >= len(toks) {
		return "", 0, false
	}
	t := toks[i]
	bare := false
	switch {
	case t.isPunct("(") || t.isPunct("["):
		closer := ")"
		if t.isPunct("[") {
			closer = "]"
		}
		if i+2 >= len(toks) || !toks[i+2].isPunct(closer) {
			return "", 0, false
		}
		l := toks[i+1]
		if n := i + 3; n < len(toks) && toks[n].kind == tokNum && toks[n].seg == toks[i+2].seg && toks[n].start == toks[i+2].end &&
			i > 0 && toks[i-1].kind == tokWord && !toks[i-1].single() {
			return "", 0, false // a portion marking before a serial: "KUWAIT (C)02293"
		}
		switch {
		case l.single() && !l.dot:
			label = l.up
		case l.kind == tokNum && l.ndig == 1 && l.val > 0:
			label = strconv.Itoa(l.val)
		default:
			return "", 0, false
		}
		i += 3
	case t.kind == tokWord && (t.up == "REF" || t.up == "REFS") && i+1 < len(toks) && toks[i+1].single():
		// "Ref A: Geneva 2373; Ref B: Geneva 2355", "REF A 09 CAIRO 074 REF B ..."
		label = toks[i+1].up
		i += 2
		if i < len(toks) && (toks[i].isPunct(":") || toks[i].isPunct(")")) {
			i++
		}
	case t.single() && !(i > 0 && toks[i-1].isPunct("(")): // not the "C)" of a rejected "(C)"
		label = t.up
		i++
		switch {
		case i < len(toks) && (toks[i].isPunct(")") || toks[i].isPunct(":")):
			i++
		case t.dot:
		default:
			bare = true
		}
	default:
		return "", 0, false
	}
	if !labelFollows(cur, label, bare) {
		return "", 0, false
	}
	if bare {
		if _, _, ok := citationAt(toks, i); !ok {
			return "", 0, false
		}
	}
	return label, i - k, true
}

// labelFollows reports whether label may follow cur.
func labelFollows(cur, label string, bare bool) bool {
	if cur == "" {
		return label == "A" || label == "1"
	}
	if label == cur {
		return true
	}
	if len(cur) == 1 && len(label) == 1 {
		return label[0] == cur[0]+1
	}
	a, err1 := strconv.Atoi(cur)
	b, err2 := strconv.Atoi(label)
	return err1 == nil && err2 == nil && b == a+1
}

// items splits the block tokens into items and turns them into references.
func (p *state) items(segs []segment, toks []token) {
	var buf [16]item
	items := buf[:0]
	cur := ""
	it := item{}
	for k := 0; k < len(toks); {
		if label, n, ok := enumAt(toks, k, cur); ok {
			if label == cur && itemEmpty(toks, it.from, k) {
				k += n // a repeated enumerator: "A. A) STATE 1"
				it.from = k
				continue
			}
			it.to = k
			items = append(items, it)
			cur = label
			k += n
			it = item{label: label, from: k}
			continue
		}
		k++
	}
	it.to = len(toks)
	items = append(items, it)
	if cur == "" {
		items = splitUnenumerated(items[:0], toks)
	}
	var prev prevCitation
	p.blockFrom = len(p.refs)
	for i, it := range items {
		p.pending = len(items) - i
		p.itemFrom = len(p.refs)
		p.item(segs, toks, it, &prev)
	}
}

// prevCitation is the last citation of a REF block read so far, if any.
type prevCitation struct {
	cit citation
	ok  bool
}

// itemEmpty reports whether toks[from:to] hold nothing but labels.
func itemEmpty(toks []token, from, to int) bool {
	return skipJunk(toks, from, to, "") >= to
}

// splitUnenumerated splits a block without enumerators at ";" and ":"
// outside parentheses ("TEHRAN 1091: TEHRAN 263: MOSCOW 1603"), appending
// the items to items.
func splitUnenumerated(items []item, toks []token) []item {
	cites := false
	for k := range toks {
		if _, _, ok := citationAt(toks, k); ok {
			cites = true
			break
		}
	}
	depth, from := 0, 0
	for k, t := range toks {
		switch {
		case t.isPunct("("):
			depth++
		case t.isPunct(")"):
			depth = max(0, depth-1)
		case depth == 0 && (t.isPunct(";") || t.isPunct(":")) && cites:
			// a colon separates only after a serial ("TEHRAN 1091: TEHRAN 263")
			if t.isPunct(":") && (k == 0 || toks[k-1].kind != tokNum) {
				continue
			}
			items = append(items, item{from: from, to: k})
			from = k + 1
		}
	}
	return append(items, item{from: from, to: len(toks)})
}

// isRefWord reports whether w is a nested REF label word.
func isRefWord(w string) bool {
	switch w {
	case "REF", "REFS", "REFTEL", "REFTELS", "REFERENCE", "REFERENCES":
		return true
	}
	return false
}

// skipJunk returns the index of the first meaningful token of an item:
// it steps over a nested label ("REF A:", "REFERENCE:"), a repeated item
// letter, a pilcrow, dashes, colons and portion or classification words.
func skipJunk(toks []token, from, to int, label string) int {
	k := from
	for k < to {
		t := toks[k]
		switch {
		case t.isPunct("¶") || t.isPunct(":") || t.isPunct(",") || t.isPunct(";") || (t.kind == tokOther && t.dashes):
			k++
		case t.kind == tokWord && isRefWord(t.up):
			k++
		case t.kind == tokWord && (t.up == "UNCLASS" || t.up == "SBU") && k+1 < to:
			k++
		case label != "" && t.single() && t.up == label:
			k++
			if k < to && (toks[k].isPunct(")") || toks[k].isPunct(":")) {
				k++
			}
		case label != "" && t.isPunct("(") && k+2 < to && toks[k+1].single() && toks[k+1].up == label && toks[k+2].isPunct(")"):
			k += 3
		default:
			return k
		}
	}
	return k
}

// item turns one REF item into references. prev is the last citation of
// the block, whose station a bare serial inherits ("A. MANILA 2969
// B. 2962").
func (p *state) item(segs []segment, toks []token, it item, prev *prevCitation) {
	from := skipJunk(toks, it.from, it.to, it.label)
	if from >= it.to {
		return
	}
	line := segs[toks[from].seg].num
	// a WikiLeaks preview cut in the last item: a cut after a blank
	// ("BRATISLAVA 377 ...") leaves whole words, a cut inside a word
	// ("BRATIS...", "LIMA 4968 (0..") does not
	cut, whole := false, false
	if t := toks[it.to-1]; strings.HasSuffix(segs[t.seg].text[t.start:t.end], "..") && cutPreview(segs[t.seg].text[:t.end]) {
		cut = true
		if t.kind == tokOther && t.dashes && t.lead == '.' {
			whole = true
			it.to--
		}
		if !whole || it.to <= from {
			p.warn(line, WarnBadReference, "truncated REF item dropped: "+spanText(segs, toks, from, len(toks)))
			return
		}
	}
	var buf [8]group
	groups := buf[:0]
	for k := from; k < it.to; {
		g, next, ok := citationAt(toks[:it.to], k)
		if !ok {
			k++
			continue
		}
		groups = append(groups, g)
		k = next
	}
	if len(groups) == 0 && cut {
		p.warn(line, WarnBadReference, "truncated REF item dropped: "+spanText(segs, toks, from, len(toks)))
		return
	}
	if len(groups) == 0 {
		text := spanText(segs, toks, from, it.to)
		if c, ok := p.bareSerial(toks, from, it.to, prev); ok {
			p.cite(c, it.label, text, line)
			return
		}
		if !hasAlnum(text) || noneText(text) {
			return
		}
		kind := kindOf(text)
		if kind == Other && hasCountryYear(toks, from, it.to) {
			kind = Report
		}
		p.add(Reference{Label: it.label, Kind: kind, Text: text, Line: line}, nil)
		return
	}
	for gi, g := range groups {
		start := g.start
		if gi == 0 {
			start = from
		}
		end := it.to
		if gi+1 < len(groups) {
			end = groups[gi+1].start
		}
		text := spanText(segs, toks, start, end)
		n := g.count()
		for ci := range n {
			c := g.cit(toks, ci)
			p.cite(c, it.label, text, segs[toks[c.tok].seg].num)
		}
		*prev = prevCitation{cit: g.cit(toks, n-1), ok: true}
	}
}

// bareSerial reads an item that is only a serial ("REF: A) 6307",
// "B. 2962 AND PREVIOUS"): a cable of the station of the previous citation
// of the block, or else of the citing cable's own station when the serial
// is lower than its own.
func (p *state) bareSerial(toks []token, from, to int, prev *prevCitation) (citation, bool) {
	t := toks[from]
	if t.kind != tokNum || t.ndig < 2 || t.ndig > 7 || t.val <= 0 || yearLike(t) {
		return citation{}, false
	}
	// only "AND PREVIOUS" or "(NOTAL)" may follow
	for k := from + 1; k < to; k++ {
		u := toks[k]
		if !(u.isWord("AND") || u.isWord("PREVIOUS") || u.isWord("NOTAL") || u.isPunct("(") || u.isPunct(")") || u.isPunct(",") || u.isPunct(";")) {
			return citation{}, false
		}
	}
	p.citing()
	switch {
	case prev.ok:
		return citation{station: prev.cit.station, year: prev.cit.year, serial: t.val, tok: from}, true
	case !p.self.IsZero() && t.val < p.self.Serial:
		return citation{station: p.self.Station, serial: t.val, tok: from}, true
	}
	return citation{}, false
}

// cite adds the reference of one cited cable.
func (p *state) cite(c citation, label, text string, line int) {
	p.citing()
	year := c.year
	if year == 0 {
		year = p.year
	}
	r := Reference{Label: label, Kind: Cable, Text: text, Line: line}
	if year == 0 {
		p.warn(line, WarnBadReferenceID, "no year for "+c.station+" "+strconv.Itoa(c.serial)+" (citing cable's year unknown)")
		p.add(r, nil)
		return
	}
	if c.fuzzy != "" {
		p.warn(line, WarnStationSpelling, "station "+c.fuzzy+" read as "+c.station)
	}
	var buf [48]byte
	p.add(r, ID{Year: year, Station: c.station, Serial: c.serial}.appendTo(buf[:0]))
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) || isDigit(s[i]) || s[i] >= 0x80 {
			return true
		}
	}
	return false
}

// noneText reports whether an item says there is no reference.
func noneText(s string) bool {
	switch strings.ToUpper(strings.Trim(s, " .")) {
	case "NONE", "N/A", "NA":
		return true
	}
	return false
}

// spanText returns the text of toks[from:to] as written, lines joined by
// a space, spaces collapsed and separators trimmed from the ends.
func spanText(segs []segment, toks []token, from, to int) string {
	if from >= to {
		return ""
	}
	if toks[from].seg == toks[to-1].seg { // one line: nothing to join
		out := textutil.CollapseSpace(segs[toks[from].seg].text[toks[from].start:toks[to-1].end])
		return strings.TrimRight(strings.TrimLeft(out, ",;:¶ "), ",;: ")
	}
	var b strings.Builder
	for s := toks[from].seg; s <= toks[to-1].seg; s++ {
		lo, hi := 0, len(segs[s].text)
		if s == toks[from].seg {
			lo = toks[from].start
		}
		if s == toks[to-1].seg {
			hi = toks[to-1].end
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(segs[s].text[lo:hi])
	}
	out := textutil.CollapseSpace(b.String())
	return strings.TrimRight(strings.TrimLeft(out, ",;:¶ "), ",;: ")
}

// hasCountryYear reports whether a country name with a year stands in
// toks[from:to] ("INCSR BRAZIL 2008").
func hasCountryYear(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].kind == tokWord && countryYear(toks[:to], k) {
			return true
		}
	}
	return false
}
