package relines

import (
	"math/bits"
	"strings"

	"github.com/cablemeta/cablemeta/internal/lexicon"
)

// kind is a landmark kind, a bit in a set of kinds.
type kind uint32

const (
	kTransmission kind = 1 << iota
	kDE
	kSecurity
	kDTG
	kFM
	kAddressees
	kBanner
	kCaption
	kEO
	kTags
	kSubject
	kRef
	kClassifiedBy
	kParagraph
	kPageBreak
	kPageHeader // a received copy's "PAGE 01 ..." line
	kOffices    // its office lists and control line
	kText       // the end of a subject in capitals before body text
)

// lineKinds are the landmarks that a cable with its line breaks has at
// the start of a line: text may run on after the others (a REF list
// followed by "Classified By", a paragraph number after a heading).
const lineKinds = kTransmission | kPageHeader | kDE | kSecurity | kDTG | kFM | kBanner | kEO | kTags | kSubject

// minFlatKinds is how many kinds of landmark a text must have in the
// middle of its lines to count as flattened: two can share a line in a
// text with its line breaks ("E.o. 12958: decl: ... Tags: prel Subject:
// ..." in media copies).
const minFlatKinds = 3

// phase is the part of the cable the scan is in: landmarks are looked for
// in the order a cable has them.
type phase uint8

const (
	inHeader   phase = iota // before the banner: routing lines, DTG, FM, addressees
	inPreamble              // banner, captions, E.O., TAGS, SUBJECT, REF, Classified By
	inBody                  // paragraphs and page breaks
)

// cut is where a line must start, and whether a blank line goes before
// it: where a field ends without a landmark after it to end it (a
// subject before body text), as the blank line did in the plain text.
type cut struct {
	at    int
	blank bool
}

// scan is the state of one pass over a text.
type scan struct {
	s     string
	cuts  []cut // where lines must start
	mid   kind  // the kinds of landmark found in the middle of a line
	phase phase
	fm    bool // the FM line was found
	to    bool // and an addressee keyword
	last  kind // the kind of the last landmark
	// subject is the offset where the subject's text starts (0 before
	// the SUBJECT label); subjectUpper tells whether its words so far
	// are in capitals, and subjectWords counts them.
	subject      int
	subjectUpper bool
	subjectWords int
	para         int    // the last paragraph number
	unnumbered   bool   // the body opened with a paragraph without a number
	origin       string // the banner's origin, which page-break lines repeat
}

// probeSize is how much of a text Flattened reads: the header and
// preamble, where most landmarks are.
const probeSize = 8 << 10

// Flattened reports whether text looks like a cable whose line breaks
// were lost: landmarks of at least three kinds that open a line of their
// own (the transmission id, the DE, security and date-time group lines,
// the FM line, the banner, the E.O., TAGS and SUBJECT labels) in the
// middle of its lines near its start.
func Flattened(text string) bool {
	sc := scanHead(text[:min(len(text), probeSize)])
	return bits.OnesCount32(uint32(sc.mid&lineKinds)) >= minFlatKinds
}

// Restore returns text with its line breaks restored when it is
// flattened ([Flattened]), and how many it restored; other texts are
// returned as they are. A line break goes before each landmark found in
// the middle of a line, and after the landmarks that fill a line (the
// transmission id, the date-time group, the banner, a caption, a
// page-break line): the blanks before the landmark become one line feed,
// or a line feed is inserted where there are none.
func Restore(text string) (string, int) {
	if !Flattened(text) {
		return text, 0
	}
	return restore(text)
}

// restore restores the line breaks of text, flattened or not.
func restore(text string) (string, int) {
	sc := scanText(text)
	var b strings.Builder
	b.Grow(len(text) + len(sc.cuts))
	prev, n := 0, 0
	for _, c := range sc.cuts {
		if c.at <= prev {
			continue
		}
		e := c.at
		for e > prev && isBlank(text[e-1]) {
			e--
		}
		b.WriteString(text[prev:e])
		b.WriteByte('\n')
		if c.blank {
			b.WriteByte('\n')
		}
		prev = c.at
		n++
	}
	b.WriteString(text[prev:])
	return b.String(), n
}

// scanText finds the landmarks of text.
func scanText(text string) *scan {
	return scanUntil(text, false)
}

// scanHead is scanText up to the body, which has no landmark that opens
// a line of its own (lineKinds): the body phase is never left, so the
// kinds found so far are all that Flattened needs. It spares Parse a scan
// of the body of every cable that has its line breaks.
func scanHead(text string) *scan {
	return scanUntil(text, true)
}

func scanUntil(text string, head bool) *scan {
	sc := &scan{s: text}
	for i := 0; i < len(text) && !(head && sc.phase == inBody); {
		c := text[i]
		if isBlank(c) || c == '\n' || c == '\r' || i > 0 && !isBlank(text[i-1]) && text[i-1] != '\n' {
			i++
			continue
		}
		i = max(sc.at(i), i+1)
	}
	return sc
}

// cut records that a line starts at s[i:]: a landmark of kind k.
func (sc *scan) cut(i int, k kind) {
	sc.last = k
	j := i
	for j > 0 && isBlank(sc.s[j-1]) {
		j--
	}
	if j == 0 || sc.s[j-1] == '\n' || sc.s[j-1] == '\r' {
		return // at the start of a line already
	}
	sc.cuts = append(sc.cuts, cut{at: i})
	sc.mid |= k
}

// cutAfter records that a line starts after the landmark ending at e,
// unless the line ends there.
func (sc *scan) cutAfter(e int) {
	j := skipBlanks(sc.s, e)
	if j < len(sc.s) && sc.s[j] != '\n' && sc.s[j] != '\r' {
		sc.cuts = append(sc.cuts, cut{at: j})
	}
}

// endField records that a field ends at s[i:] without a landmark to end
// it: a blank line goes there, unless a line ends there already.
func (sc *scan) endField(i int) {
	j := skipBlanks(sc.s, i)
	if j < len(sc.s) && sc.s[j] != '\n' && sc.s[j] != '\r' {
		sc.cuts = append(sc.cuts, cut{at: j, blank: true})
	}
}

// at looks for a landmark at the word start s[i:] and returns where the
// scan goes on.
func (sc *scan) at(i int) int {
	s := sc.s
	if sc.phase == inHeader {
		if e, ok := sc.header(i); ok {
			return e
		}
	}
	if sc.phase <= inPreamble {
		if e, ok := sc.preamble(i); ok {
			return e
		}
	}
	if sc.phase == inBody {
		if e, ok := sc.body(i); ok {
			return e
		}
	}
	return wordEnd(s, i)
}

// header finds the landmarks of the telegraphic header.
func (sc *scan) header(i int) (int, bool) {
	s := sc.s
	switch {
	case transmissionAt(s, i):
		e := wordEnd(s, i)
		sc.cut(i, kTransmission)
		sc.cutAfter(e)
		return e, true
	case !sc.fm && pageHeaderAt(s, i) > 0:
		e := pageHeaderAt(s, i)
		sc.cut(i, kPageHeader)
		sc.cutAfter(e)
		return e, true
	case !sc.fm && officeListAt(s, i) > 0:
		sc.cut(i, kOffices)
		return officeListAt(s, i), true
	case !sc.fm && controlAt(s, i):
		sc.cut(i, kOffices)
		return wordEnd(s, i), true
	case deAt(s, i):
		sc.cut(i, kDE)
		return wordEnd(s, i), true
	case securityAt(s, i):
		sc.cut(i, kSecurity)
		return wordEnd(s, i), true
	case !sc.fm && fmAt(s, i):
		sc.cut(i, kFM)
		sc.fm = true
		return wordEnd(s, i), true
	case sc.fm && (keywordAt(s, i, "TO") || keywordAt(s, i, "INFO") || keywordAt(s, i, "XMT")):
		sc.cut(i, kAddressees)
		sc.to = true
		return wordEnd(s, i), true
	case sc.to && sc.last == kAddressees && sc.addresseeAt(i):
		sc.cut(i, kAddressees)
		return wordEnd(s, i), true
	}
	if d, ok := lexicon.DTGLine(s[i:min(len(s), i+40)]); ok && d.Start == 0 && d.Month && d.Year && !sc.fm {
		sc.cut(i, kDTG) // FM, or the operating signals, follow on the line
		return i + d.End, true
	}
	if e := bannerAt(s, i); e > 0 {
		sc.banner(i, e)
		return e, true
	}
	if sc.to {
		if e := classWordAt(s, i); e > 0 {
			sc.cut(i, kBanner)
			sc.phase = inPreamble
			return e, true
		}
	}
	return 0, false
}

// addresseeAt reports whether an addressee starts at s[i:] in an
// addressee list: a routing indicator and name, or a plain-language
// address after the serial or precedence that ends the one before.
func (sc *scan) addresseeAt(i int) bool {
	s := sc.s
	w := s[i:wordEnd(s, i)]
	if sc.afterKeyword(i) {
		return false
	}
	if riAddress(w) {
		return true
	}
	if !stationWords[w] {
		return false
	}
	j := i
	for j > 0 && isBlank(s[j-1]) {
		j--
	}
	k := j
	for k > 0 && !isBlank(s[k-1]) && s[k-1] != '\n' {
		k--
	}
	prev := s[k:j]
	return allDigits(prev) || precedenceWords[prev]
}

// precedenceWords end an addressee: "AMEMBASSY LIMA PRIORITY".
var precedenceWords = map[string]bool{"FLASH": true, "IMMEDIATE": true, "PRIORITY": true, "ROUTINE": true, "NIACT": true}

// afterKeyword reports whether the word before s[i:] is an addressee
// keyword: the word at i is the first address of its block.
func (sc *scan) afterKeyword(i int) bool {
	j := i
	for j > 0 && isBlank(sc.s[j-1]) {
		j--
	}
	for _, kw := range [...]string{"TO", "INFO", "XMT", "FM"} {
		if strings.HasSuffix(sc.s[:j], kw) && (j == len(kw) || isBlank(sc.s[j-len(kw)-1]) || sc.s[j-len(kw)-1] == '\n') {
			return true
		}
	}
	return false
}

// banner records the banner s[i:e] and the origin before its serial.
func (sc *scan) banner(i, e int) {
	sc.cut(i, kBanner)
	sc.cutAfter(e)
	sc.phase = inPreamble
	line := s2words(sc.s[i:e])
	if n := len(line); n >= 2 {
		sc.origin = line[n-2]
	}
}

// s2words splits s into its blank-separated words.
func s2words(s string) []string { return strings.Fields(s) }

// preamble finds the landmarks between the header and the first
// paragraph.
func (sc *scan) preamble(i int) (int, bool) {
	s := sc.s
	if sc.subject == 0 {
		if transmissionAt(s, i) {
			sc.phase = inHeader // the header after a banner (a page's own first line)
			return sc.header(i)
		}
		if e := bannerAt(s, i); e > 0 {
			sc.banner(i, e)
			return e, true
		}
		if e := captionAt(s, i); e > 0 && sc.phase == inPreamble {
			sc.cut(i, kCaption)
			sc.cutAfter(e)
			return e, true
		}
	}
	switch {
	case s[i] == 'E' && lexicon.EOLine(s[i:min(len(s), i+24)]):
		sc.cut(i, kEO)
		sc.phase = inPreamble
		return wordEnd(s, i), true
	case tagsAt(s, i, sc.last == kEO):
		sc.cut(i, kTags)
		sc.phase = inPreamble
		return wordEnd(s, i), true
	case sc.subject == 0 && sc.phase == inPreamble || sc.last == kTags:
		if v, ok := subjectAt(s, i, sc.last == kTags); ok {
			sc.cut(i, kSubject)
			sc.phase = inPreamble
			sc.subject, sc.subjectUpper, sc.subjectWords = v, true, 0
			return v, true
		}
	}
	if sc.phase != inPreamble {
		return 0, false
	}
	switch {
	case refAt(s, i):
		sc.cut(i, kRef)
		return wordEnd(s, i), true
	case classifiedByAt(s, i):
		sc.cut(i, kClassifiedBy)
		return wordEnd(s, i), true
	}
	if p, ok := lexicon.ParagraphNumber(s[i:min(len(s), i+16)]); ok && p.One() {
		sc.cut(i, kParagraph)
		sc.para, sc.phase = 1, inBody
		return i + p.Text, true
	}
	if sc.subject > 0 && i > sc.subject {
		if summaryAt(s, i) || sc.subjectWords > 0 && markedParagraphAt(s, i) {
			sc.cut(i, kParagraph)
			sc.phase, sc.unnumbered = inBody, true
			return wordEnd(s, i), true
		}
		if sc.last == kSubject {
			return sc.subjectWord(i)
		}
	}
	return 0, false
}

// subjectWord follows the subject's words: a subject in capitals ends
// before the first word in mixed case that opens a sentence ("... PLANS
// REFORM The minister said").
func (sc *scan) subjectWord(i int) (int, bool) {
	w := sc.s[i:wordEnd(sc.s, i)]
	switch {
	case strings.HasPrefix(w, "---"):
		// a heading's underline, or a heading between dashes
		sc.endField(i)
		sc.phase = inBody
		return i + len(w), true
	case strings.HasSuffix(w, "..."):
		// a preview's subject, cut short: a record follows
		sc.endField(i + len(w))
		sc.phase = inBody
		return i + len(w), true
	case len(w) > 2 && w[len(w)-1] == '-' && isLetter(w[len(w)-2]):
		// a wrapped line ending in a hyphen glued to its word ("US-")
		sc.cutAfter(i + len(w))
	}
	if sc.subjectUpper && sc.subjectWords >= 2 && len(w) > 1 && isUpper(w[0]) && w[1] >= 'a' && w[1] <= 'z' {
		sc.last = kText
		sc.endField(i)
		sc.phase = inBody
		return i + len(w), true
	}
	if strings.ContainsAny(w, "abcdefghijklmnopqrstuvwxyz") {
		sc.subjectUpper = false
	}
	sc.subjectWords++
	return 0, false
}

// body finds paragraph numbers in sequence and page-break lines.
func (sc *scan) body(i int) (int, bool) {
	s := sc.s
	if p, ok := lexicon.ParagraphNumber(s[i:min(len(s), i+16)]); ok && sc.nextParagraph(s, i, p.Num) {
		sc.cut(i, kParagraph)
		sc.para, sc.unnumbered = p.Num, false
		return i + p.Text, true
	}
	if w := s[i:wordEnd(s, i)]; len(w) == 8 && allDigits(w) {
		o := sc.originStart(i)
		if pb, ok := lexicon.PageBreakLine(s[o:min(len(s), o+80)]); ok && !pb.Header {
			sc.cut(o, kPageBreak)
			sc.cutAfter(o + pb.End)
			return o + pb.End, true
		}
	}
	if classifiedByAt(s, i) && strings.Contains(s[i:min(len(s), i+16)], ":") {
		sc.cut(i, kClassifiedBy)
		return wordEnd(s, i), true
	}
	return 0, false
}

// nextParagraph reports whether paragraph number n at s[i:] follows
// the paragraphs before: the next number, 1 or 2 after a paragraph
// without a number, or any later number after a pilcrow ("¶7.").
func (sc *scan) nextParagraph(s string, i, n int) bool {
	switch {
	case n == sc.para+1:
		return true
	case sc.unnumbered && n <= 2:
		return true
	}
	return n > sc.para && strings.HasPrefix(s[i:], "¶")
}

// originStart returns where the origin of a page-break line starts, its
// serial at s[i:]: the banner's origin when the words before the serial
// are that, else the word before the serial.
func (sc *scan) originStart(i int) int {
	j := i
	for j > 0 && isBlank(sc.s[j-1]) {
		j--
	}
	if o := sc.origin; o != "" && strings.HasSuffix(sc.s[:j], o) {
		return j - len(o)
	}
	k := j
	for k > 0 && !isBlank(sc.s[k-1]) && sc.s[k-1] != '\n' {
		k--
	}
	return k
}
