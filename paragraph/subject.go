package paragraph

import (
	"strings"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/cablemeta/cablemeta/marking"
)

// subjectSearchLimit bounds the preamble searched for the SUBJECT line when
// no numbered paragraph ends it earlier (docs/body.md#subject; the peer uses
// 1,200 characters; a wide distribution caption can push SUBJECT further).
const subjectSearchLimit = 3000

// maxSubjectLines bounds the lines a wrapped subject may span.
const maxSubjectLines = 8

// subjectInfo is what the subject parser found.
type subjectInfo struct {
	text    string           // verbatim, whitespace collapsed, marking kept
	marking *marking.Marking // leading portion marking, if any
	line    int              // line of the label
	end     int              // index (in the line slice) after the last subject line
	doubled bool             // "SUBJECT: SUBJECT: ..."
	found   bool
	// preamble is the line of the first banner, E.O. or TAGS line of the
	// preamble searched (0 if none): where a SUBJECT line was due.
	preamble int
	// rest is what follows the subject on its last line (a field or
	// heading run onto it), ls[restLine]; "" when nothing does.
	rest     string
	restLine int
}

// subjectSeg is one line of a subject: ls[idx], from where the subject
// starts on it.
type subjectSeg struct {
	idx  int
	text string
}

// segTexts returns the texts of segs.
func segTexts(segs []subjectSeg) []string {
	out := make([]string, len(segs))
	for i, sg := range segs {
		out[i] = sg.text
	}
	return out
}

// ParseSubject returns the SUBJECT of a cable body (or of a whole cable),
// with wrapped lines joined by one space and white space collapsed. A
// leading portion marking such as "(C)" is kept. It returns "" and an error
// wrapping ErrNoSubject when the preamble has no SUBJECT line; body text
// is never taken for a subject.
func ParseSubject(text string) (string, error) {
	s := parseSubject(cleanLines(splitLines(normalizeInput(text), 1)))
	if !s.found {
		return "", &diag.ParseError{Line: 1, Field: "SUBJECT", Err: ErrNoSubject}
	}
	return s.text, nil
}

// parseSubject finds the SUBJECT in the preamble of ls.
func parseSubject(ls []line) subjectInfo {
	chars := 0
	preamble := 0
	for i := 0; i < len(ls); i++ {
		t := trimPilcrow(ls[i].text)
		chars += len(t) + 1
		if lexicon.BannerStart(t) || headerLineRE.MatchString(t) {
			// the window starts at the banner: a header block (perhaps
			// repeated in the content) does not use it up (peer issue #14)
			chars = 0
		}
		if chars > subjectSearchLimit {
			break
		}
		if isParagraphStart(t) {
			break
		}
		label, ok := lexicon.SubjectLabel(t)
		if !ok || emailHeader(ls, i) {
			if preamble == 0 && preambleLine(t) {
				preamble = ls[i].num
			}
			continue
		}
		rest := t[label.Value:]
		info := subjectInfo{line: ls[i].num, found: true}
		// "SUBJECT: SUBJECT: ...", the label written twice
		t2 := textutil.TrimBlanksLeft(rest)
		if l2, ok := lexicon.SubjectLabel(t2); ok && l2.Start == 0 && l2.Punct == ':' {
			rest, info.doubled = t2[l2.Value:], true
		}
		// segs are the subject's lines, each a suffix of its line's text
		segs := make([]subjectSeg, 0, 4)
		j := i + 1
		rest = strings.TrimSpace(rest)
		if rest == "" {
			// label alone on its line: the subject follows after blank lines
			for j < len(ls) && j <= i+3 && ls[j].blank() {
				j++
			}
			if j >= len(ls) || ls[j].blank() || endsSubject(trimPilcrow(ls[j].text)) {
				info.end = i + 1
				return info
			}
			rest = strings.TrimSpace(ls[j].text)
			j++
		}
		segs = append(segs, subjectSeg{j - 1, rest})
		for ; j < len(ls) && len(segs) < maxSubjectLines && ls[j-1].mark == 0; j++ {
			t := strings.TrimSpace(ls[j].text)
			if strings.EqualFold(t, "SIPDIS") && j+1 < len(ls) && !ls[j+1].blank() &&
				!endsSubject(trimPilcrow(ls[j+1].text)) {
				continue // spurious SIPDIS inside a wrapped subject
			}
			if textutil.HasPrefixFold(t, "SIPDIS ") {
				t = strings.TrimSpace(t[len("SIPDIS "):])
			}
			if t == "" {
				if w, k, ok := strandedWords(ls, j, segTexts(segs)); ok {
					segs = append(segs, subjectSeg{k - 1, w})
					j = k
				}
				break
			}
			if endsSubject(trimPilcrow(t)) || endsSubjectWrap(t) || !continuesSubject(segTexts(segs), t) {
				break
			}
			segs = append(segs, subjectSeg{j, t})
		}
		parts := make([]string, 0, len(segs))
		for _, sg := range segs {
			next := ""
			for n := sg.idx + 1; n < len(ls) && n <= sg.idx+3; n++ {
				if !ls[n].blank() {
					next = ls[n].text
					break
				}
			}
			k := subjectEnd(sg.text, next)
			if m := ls[sg.idx].mark; m > 0 {
				// the subject ends where a page-break mark was cut out
				if at := m - (len(trimRightSpace(ls[sg.idx].text)) - len(sg.text)); at >= 0 && at <= len(sg.text) && (k < 0 || at < k) {
					k = at
				}
			}
			if k < 0 {
				parts = append(parts, sg.text)
				continue
			}
			if head := strings.TrimSpace(sg.text[:k]); head != "" {
				parts = append(parts, head)
			}
			// what follows on the line is the body's: a field, a heading
			if tail := strings.TrimSpace(sg.text[k:]); tail != "" {
				info.rest, info.restLine = tail, sg.idx
			}
			j = sg.idx + 1
			break
		}
		info.end = j
		info.text = collapse(joinWrapped(parts))
		if m, _, ok := marking.CutMarking(info.text); ok {
			info.marking = &m
		}
		return info
	}
	return subjectInfo{preamble: preamble}
}

// preambleLine reports whether t (trimmed) is a line that only a cable's
// preamble has: a banner with an origin or serial ("C O N F I D E N T I A L
// SECTION 01 OF 03 CAPE TOWN 00097", not a bare classification line), an
// E.O. line or a TAGS line.
func preambleLine(t string) bool {
	t = strings.TrimSpace(t)
	if lexicon.EOLine(t) || lexicon.TagsLine(t) {
		return true
	}
	return len(t) < 120 && lexicon.BannerStart(t) && !lexicon.ClassificationLine(t) && lexicon.UpperText(t) && textutil.HasDigitRun(t, 3)
}

// weekdays open the dateline of media-partner versions.
var weekdays = [...]string{"Monday,", "Tuesday,", "Wednesday,", "Thursday,", "Friday,", "Saturday,", "Sunday,"}

// endsSubject reports whether the (trimmed) line t cannot continue a
// wrapped subject: REF/Classified/caption/banner lines, numbered
// paragraphs, summaries, page breaks, dash runs, datelines.
func endsSubject(t string) bool {
	if t == "" || isDashRun(t) || strings.HasPrefix(t, "---") || lexicon.LetterSpaced(t) {
		return true // dashes around a heading, "C O R R E C T E D C O P Y"
	}
	if textutil.HasPrefixFold(t, "THIS CABLE ") || textutil.HasPrefixFold(t, "NOT FOR INTERNET") {
		return true // a handling note
	}
	if isRefLabel(t) {
		return true
	}
	if _, _, ok := marking.CutMarking(t); ok {
		return true // "(U) Classified By ...", "(SBU) This cable ..."
	}
	for _, p := range [...]string{"CLASSIFIED", "C O N", "S E C", "U N C", "SENSITIVE BUT", "SUMMARY", "BEGIN SUMMARY",
		"THIS IS AN ACTION REQ", "E.O.", "E.O ", "EO 1", "TAGS:", "TAGS ", "CONFIDENTIAL", "SECRET", "UNCLASSIFIED",
		"UNCLAS ", "LIMITED OFFICIAL USE", "NOFORN", "DECL:", "DERIVED FROM", "ACTION REQUEST"} {
		if textutil.HasPrefixFold(t, p) {
			return true
		}
	}
	if strings.HasPrefix(t, "PAGE ") && len(t) > 6 && t[5] >= '0' && t[5] <= '9' {
		return true
	}
	if _, _, ok := cutNumber(t); ok {
		return true
	}
	for _, d := range weekdays {
		if strings.HasPrefix(t, d) {
			return true
		}
	}
	return isPageBreak(t)
}

// continuesSubject reports whether the line t may continue the subject
// lines parts when no blank line ends them (copies that drop blank
// lines): not after a subject cut short with "..." (a preview's; a
// record follows it); and after a subject in capitals, not with a line
// whose first word is in mixed case (the body, a note, "Classified By":
// "On March 3, post received ...") nor with a short stub in mixed case
// cut short with "..." (the preview's next field: "Classifie...").
func continuesSubject(parts []string, t string) bool {
	if strings.HasSuffix(parts[len(parts)-1], "...") {
		return false
	}
	first, _, _ := strings.Cut(t, " ")
	stub := len(t) <= maxStub && strings.HasSuffix(t, "...")
	mixed := strings.ContainsAny(first, "abcdefghijklmnopqrstuvwxyz")
	return !(stub && strings.ContainsAny(t, "abcdefghijklmnopqrstuvwxyz") || mixed) || !lexicon.UpperText(strings.Join(parts, " "))
}

// strandedWords finds the last words of a subject in capitals that a
// blank line (ls[j]) strands on a line of their own, itself followed by a
// blank line: "...PLANS MAJOR", "", "REFORMS", "" (up to twelve words);
// never a bare classification line, which frames a received copy's page.
// It returns them and the index after their line.
func strandedWords(ls []line, j int, parts []string) (string, int, bool) {
	k := j
	for k < len(ls) && k <= j+1 && ls[k].blank() {
		k++
	}
	if k == j || k >= len(ls) || k+1 < len(ls) && !ls[k+1].blank() {
		return "", 0, false
	}
	t := strings.TrimSpace(ls[k].text)
	if len(t) > maxStranded || strings.Count(t, " ") > 11 || !lexicon.UpperText(t) || endsSubject(trimPilcrow(t)) ||
		strings.ContainsAny(t, ":/*-_().0123456789") || strings.IndexByte(t+" ", ' ') < 3 || captionWord(t) ||
		lexicon.ClassificationLine(t) ||
		!lexicon.UpperText(strings.Join(parts, " ")) {
		return "", 0, false
	}
	return t, k + 1, true
}

// maxStranded bounds the words stranded after a subject's blank line.
const maxStranded = 80

// captionWord reports whether t is a handling caption or a redaction
// that stands alone on its line after a subject.
func captionWord(t string) bool {
	switch t {
	case "SIPDIS", "NOFORN", "SENSITIVE", "EXDIS", "NODIS", "LIMDIS", "STADIS":
		return true
	}
	return strings.Trim(t, "X") == ""
}

// maxStub bounds the stub of the field after a preview's subject, cut
// short: "Classifie...", "REF: ROME 1...".
const maxStub = 16

// isRefLabel reports whether t starts with a REF label: "REF:", "REF ",
// "REFS:", "REF(S):", "Ref(s):", "REFTEL:", "REFERENCE:".
func isRefLabel(t string) bool {
	if !textutil.HasPrefixFold(t, "REF") {
		return false
	}
	r := t[3:]
	for _, p := range [...]string{"TELS", "TEL", "ERENCES", "ERENCE", "(S)", "S"} {
		if textutil.HasPrefixFold(r, p) {
			r = r[len(p):]
			break
		}
	}
	if r == "" {
		return true
	}
	switch r[0] {
	case ':', ' ', '\t', '.', '-':
		return true
	}
	return false
}

// isParagraphStart reports whether t opens numbered paragraph 1, or any
// numbered paragraph with a portion marking: where the subject search
// stops.
func isParagraphStart(t string) bool {
	p, ok := lexicon.ParagraphNumber(t)
	if !ok {
		return false
	}
	if p.One() {
		return true
	}
	_, _, marked := marking.CutMarking(t[p.Text:])
	return marked
}

// joinWrapped joins wrapped lines with one space; a line ending in a hyphen
// glued to a word ("US-" + "LATIN") is joined without one.
func joinWrapped(parts []string) string {
	if len(parts) == 1 {
		return parts[0]
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			prev := parts[i-1]
			if !(strings.HasSuffix(prev, "-") && len(prev) > 1 && prev[len(prev)-2] != ' ' && prev[len(prev)-2] != '-') {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p)
	}
	return b.String()
}

// emailHeader reports whether line i sits in the header of an e-mail that
// wraps the cable ("From:", "Sent:", "To:" before "Subject:").
func emailHeader(ls []line, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := strings.TrimSpace(ls[j].text)
		for _, p := range [...]string{"To:", "Sent:", "From:", "Cc:", "CC:", "Date:"} {
			if strings.HasPrefix(t, p) {
				return true
			}
		}
	}
	return false
}
