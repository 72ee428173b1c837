package paragraph

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/internal/lexicon"
)

// Repeated section headers (docs/body.md#repeated-section-headers): a cable
// sent in several sections repeats, before the banner "SECTION 02 OF 03", the
// classification footer and header, the PAGE line, the ACTION/INFO office
// lines, the dashed control line and the DTG/FM/TO/INFO block, and after it
// the captions and the E.O., TAGS and SUBJECT lines. Such a header is no cable
// text: it is cut out of the paragraphs and reported as a SpanSectionHeader
// span that keeps its lines.
var (
	// sectionRE finds the section number in a banner.
	sectionRE = regexp.MustCompile(`\bSECTION\s+0*(\d{1,3})\s+OF\s+0*(\d{1,3})\b`)
	// controlLineRE is the dashed control line with an id or a time:
	// "------------------352654  200910Z /23".
	controlLineRE = regexp.MustCompile(`^\s*-{5,}\s*(?:[0-9A-F]{6}\s*)?(?:\d{6}Z\s*)?(?:\d{6}\s*)?(?:/\d+)?\s*$`)
	// classFrameRE is a classification line with a receipt number:
	// "CONFIDENTIAL     PTQ7681".
	classFrameRE = regexp.MustCompile(`^\s*(?:CONFIDENTIAL|SECRET|TOP SECRET|UNCLASSIFIED|LIMITED OFFICIAL USE|C O N F I D E N T I A L|S E C R E T|T O P S E C R E T)(?:\s+NOFORN)?\s+[A-Z]{2,4}\d{3,5}\s*$`)
)

// sectionBanner reports whether t is the banner of a section after the
// first: "C O N F I D E N T I A L SECTION 02 OF 03 CAPE TOWN 00097".
func sectionBanner(t string) bool {
	t = strings.TrimSpace(t)
	if !strings.Contains(t, "SECTION") || !lexicon.BannerStart(t) || !lexicon.UpperText(t) {
		return false
	}
	m := sectionRE.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	n, _ := strconv.Atoi(m[1])
	of, _ := strconv.Atoi(m[2])
	return n >= 2 && n <= of
}

// headerLine reports whether t (trimmed) is a line of the transmission
// block that precedes a repeated banner and may be cut without an FM line
// above it: office lines, the control line, a classification frame line, a
// PAGE line, a DTG line.
func headerLine(t string) bool {
	switch {
	case lexicon.ClassificationLine(t), classFrameRE.MatchString(t), dtgLine(t):
		return true
	case strings.HasPrefix(t, "PAGE ") && isPageBreak(t):
		return true
	case strings.HasPrefix(t, "-"):
		return controlLineRE.MatchString(t) && strings.Trim(t, "- ") != ""
	case officeLineStart(t), lexicon.OfficeContinuation(t):
		return true
	}
	return false
}

// addressLine reports whether t opens an address line of the DTG block:
// "FM AMCONSUL CAPE TOWN", "TO SECSTATE WASHDC 5366", "INFO AMEMBASSY
// PRETORIA", "XMT AMEMBASSY ...", "BT".
func addressLine(t string) bool {
	if t == "BT" {
		return true
	}
	for _, p := range [...]string{"FM ", "TO ", "INFO ", "XMT "} {
		if strings.HasPrefix(t, p) && lexicon.UpperText(t) {
			return true
		}
	}
	return false
}

// sectionHeader is a repeated section header found in the lines.
type sectionHeader struct {
	from, to int // ls[from:to] is the header (non-blank at both ends)
}

// findSectionHeaders returns the repeated section headers in ls[from:to], in order.
// subject is the cable's subject ("" if unknown), which a repeated
// SUBJECT line wraps like the first one.
func findSectionHeaders(ls []line, from, to int, subject string) []sectionHeader {
	var out []sectionHeader
	low := from
	for i := from; i < to; i++ {
		t := ls[i].text
		if len(t) < 20 || !lexicon.BannerStart(strings.TrimSpace(t)) || !strings.Contains(t, "SECTION") || !sectionBanner(t) {
			continue
		}
		start := headerStart(ls, i, low)
		end := headerEnd(ls, i, to, subject)
		out = append(out, sectionHeader{from: start, to: end})
		low = end
		i = end - 1
	}
	return out
}

// headerStart returns the first line of the transmission block before the
// banner at ls[b] (b itself if there is none); it does not go below low.
// Addressee lines count only below an FM line, so that running text in
// capitals is never taken for them.
func headerStart(ls []line, b, low int) int {
	start := b
	pending := false // addressee lines not yet confirmed by an FM line
	fm := false
	for k := b - 1; k >= low && k >= b-80; k-- {
		if ls[k].blank() {
			continue
		}
		t := strings.TrimSpace(ls[k].text)
		switch {
		case headerLine(t):
			if pending {
				return start
			}
			start = k
		case !fm && strings.HasPrefix(t, "FM ") && lexicon.UpperText(t):
			start, pending, fm = k, false, true
		case !fm && (addressLine(t) || addresseeLine(t)):
			pending = true
		default:
			return start
		}
	}
	return start
}

// addresseeLine reports whether t may be an addressee line of the DTG
// block: "AMEMBASSY TEL AVIV PRIORITY", "SECSTATE WASHDC 5366".
func addresseeLine(t string) bool {
	if len(t) > 80 || !lexicon.UpperText(t) || strings.HasSuffix(t, ".") || isDashRun(t) {
		return false
	}
	_, _, ok := cutNumber(trimPilcrow(t))
	return !ok
}

// headerEnd returns the index after the last line of the captions, E.O.,
// TAGS and SUBJECT lines that follow the banner at ls[b].
func headerEnd(ls []line, b, to int, subject string) int {
	end := b + 1
	i := b + 1
	// captions ("SIPDIS", "DEPT FOR ...", "LONDON FOR KOLKER, PARIS FOR
	// FENDRICK") count only when an E.O., TAGS or SUBJECT line follows them
	if f := nextField(ls, i, to); f > 0 {
		i = f
	}
	for i < to {
		for i < to && ls[i].blank() {
			i++
		}
		if i >= to {
			break
		}
		t := strings.TrimSpace(ls[i].text)
		switch {
		case captionLine(t):
			i++
		case lexicon.SubjectLine(t):
			i = repeatedSubjectEnd(ls, i, to, subject)
		case lexicon.EOLine(t):
			i++
		case lexicon.TagsLine(t):
			i++
			for i < to && tagsContinuation(ls[i].text) {
				i++
			}
		default:
			return end
		}
		end = i
	}
	return end
}

// nextField returns the index of the first E.O., TAGS or SUBJECT line
// after the banner when only caption-like lines (upper case, no paragraph
// number) come before it, or -1.
func nextField(ls []line, i, to int) int {
	seen := 0
	for ; i < to && seen <= 8; i++ {
		if ls[i].blank() {
			continue
		}
		t := strings.TrimSpace(ls[i].text)
		if lexicon.EOLine(t) || lexicon.TagsLine(t) || lexicon.SubjectLine(t) {
			return i
		}
		if !lexicon.UpperText(t) || len(t) > 90 || isDashRun(t) {
			return -1
		}
		if _, _, ok := cutNumber(trimPilcrow(t)); ok {
			return -1
		}
		seen++
	}
	return -1
}

// captionLine reports whether t is a lone caption word line ("SIPDIS", "NOFORN").
func captionLine(t string) bool {
	return lexicon.UpperText(t) && len(t) < 40 && (strings.EqualFold(t, "SIPDIS") || isCaptionWord(t))
}

// repeatedSubjectEnd returns the index after a repeated SUBJECT line at
// ls[i] and its wrapped continuation lines: while they spell the cable's
// subject when it is known and the repeat starts like it, else up to a
// blank line or a line that cannot continue a subject.
func repeatedSubjectEnd(ls []line, i, to int, subject string) int {
	j := i + 1
	rest := strings.TrimSpace(ls[i].text)
	if l, ok := lexicon.SubjectLabel(rest); ok {
		rest = rest[l.Value:]
	}
	if want, got := squeeze(subject), squeeze(rest); want != "" && got != "" && strings.HasPrefix(want, got) {
		for ; j < to && j < i+maxSubjectLines && len(got) < len(want); j++ {
			next := got + squeeze(ls[j].text)
			if next == got || !strings.HasPrefix(want, next) {
				break
			}
			got = next
		}
		return j
	}
	for n := 1; j < to && n < maxSubjectLines; j, n = j+1, n+1 {
		t := trimPilcrow(strings.TrimSpace(ls[j].text))
		if t == "" || endsSubject(t) || lexicon.EOLine(t) || lexicon.TagsLine(t) {
			break
		}
	}
	return j
}

// squeeze returns s upper-cased without white space, so that wrapped
// lines compare with the joined subject whatever the wrapping.
func squeeze(s string) string {
	return strings.ToUpper(strings.Join(strings.Fields(s), ""))
}

// tagsContinuation reports whether s continues a wrapped TAGS line: short
// upper-case codes only ("PREL PGOV", "KDEM, SF").
func tagsContinuation(s string) bool {
	fs := strings.Fields(s)
	if len(fs) == 0 || len(fs) > 10 {
		return false
	}
	for _, f := range fs {
		f = strings.TrimRight(f, ",;")
		if len(f) < 2 || len(f) > 6 || !lexicon.UpperText(f) || strings.ContainsAny(f, ".:-()") {
			return false
		}
	}
	return true
}

// cutSectionHeaders removes the repeated section headers from ls[from:to]
// of a cable with the given subject (ls is modified in place and returned shortened, with to moved
// accordingly) and returns them as SpanSectionHeader spans. A sentence
// split by a header is rejoined: the blank lines around the header go when
// the text before it ends in mid-sentence.
func cutSectionHeaders(ls []line, from, to int, subject string) ([]line, int, []Span) {
	hs := findSectionHeaders(ls, from, to, subject)
	if len(hs) == 0 {
		return ls, to, nil
	}
	spans := make([]Span, 0, len(hs))
	out := ls[:hs[0].from]
	prev := hs[0].from
	for _, h := range hs {
		out = append(out, ls[prev:h.from]...)
		spans = append(spans, Span{
			Kind:      SpanSectionHeader,
			StartLine: ls[h.from].num,
			EndLine:   ls[h.to-1].num,
			Text:      joinText(ls[h.from:h.to]),
		})
		prev = h.to
		// "... WITH THE OUTSIDE" + header + "WORLD STEPPING INTO ...": one sentence
		if p := lastNonBlank(out); p >= from && midSentence(out[p].text) {
			if n := firstNonBlank(ls, h.to, to); n < to && !ls[n].blank() {
				if _, _, ok := cutNumber(trimPilcrow(ls[n].text)); !ok {
					out = out[:p+1]
					prev = n
				}
			}
		}
	}
	removed := prev - len(out)
	out = append(out, ls[prev:]...)
	return out, to - removed, spans
}

// lastNonBlank returns the index of the last non-blank line of ls, or -1.
func lastNonBlank(ls []line) int {
	for j := len(ls) - 1; j >= 0; j-- {
		if !ls[j].blank() {
			return j
		}
	}
	return -1
}

// dtgLine reports whether t is a precedence and DTG line and nothing else:
// "R 171512Z JAN 90".
func dtgLine(t string) bool {
	m, ok := lexicon.DTGLine(t)
	return ok && m.Prosigns > 0 && m.Zone == 'Z' && m.Year && strings.TrimSpace(t[m.End:]) == ""
}

// officeLineStart reports whether t starts with an office line, whatever
// follows its list (lexicon.OfficeLine).
func officeLineStart(t string) bool {
	_, ok := lexicon.OfficeLine(t)
	return ok
}
