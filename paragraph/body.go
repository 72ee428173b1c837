package paragraph

import (
	"strings"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/cablemeta/cablemeta/marking"
)

// A Body is the parsed body of a cable.
type Body struct {
	// Subject is the SUBJECT line as written, wrapped lines joined with one
	// space and white space collapsed; a leading portion marking such as
	// "(C)" is kept. "" when the cable has none. See [Body.SubjectText].
	Subject string `json:"subject"`
	// SubjectTitle is the subject without its portion marking, in title
	// case with acronyms kept upper case (see [Title]).
	SubjectTitle string `json:"subject_title,omitempty"`
	// SubjectMarking is the portion marking that opens the subject, if any.
	SubjectMarking *marking.Marking `json:"subject_marking,omitempty"`
	// Paragraphs are the numbered paragraphs in order. A body without
	// numbers yields one paragraph with Number 0.
	Paragraphs []Paragraph `json:"paragraphs,omitempty"`
	// Summary is the text between the summary opener ("SUMMARY:",
	// "1. (C) Summary and Comment:", a dashed SUMMARY heading, ...) and "END
	// SUMMARY" (or the end of its paragraph), without paragraph numbers,
	// portion markings and rules; one line per source line.
	Summary string `json:"summary,omitempty"`
	// Comment is the text of the COMMENT spans, one line per source line.
	Comment string `json:"comment,omitempty"`
	// Spans lists the summary, comment, quoted-text and action-request
	// spans with their lines.
	Spans []Span `json:"spans,omitempty"`
	// Signers are the surnames signing the cable, upper case ("RANDT",
	// "TIMKEN JR", "DE PREE").
	Signers []string `json:"signers,omitempty"`
	// Warnings are the non-fatal findings, in line order.
	Warnings diag.List `json:"warnings,omitempty"`
}

// SubjectText returns the subject without its leading portion marking:
// "GERMANY TAKING ACTION" for "(S) GERMANY TAKING ACTION".
func (b *Body) SubjectText() string {
	if b == nil {
		return ""
	}
	return stripMarking(b.Subject)
}

// stripMarking removes a leading portion marking from s.
func stripMarking(s string) string {
	if _, rest, ok := marking.CutMarking(s); ok {
		return strings.TrimSpace(rest)
	}
	return s
}

// A Paragraph is one numbered paragraph of a cable body.
type Paragraph struct {
	// Number is the paragraph number (after repairing rendering damage such
	// as "11." for "¶1."); 0 for the text of an unnumbered body.
	Number int `json:"number"`
	// Marking is the portion marking after the number, if any.
	Marking *marking.Marking `json:"marking,omitempty"`
	// Heading is the section heading printed just before the paragraph
	// (an underlined title, a markdown "####" heading, an all-caps line).
	Heading string `json:"heading,omitempty"`
	// Text is the paragraph without its number and marking: one line per
	// non-blank source line, white space runs collapsed, sub-items ("A.",
	// "--") kept.
	Text string `json:"text"`
	// Line is the line of the paragraph number.
	Line int `json:"line"`
}

// A Parser parses cable bodies. Its zero value is ready to use; a Parser
// holds configuration only and is safe for concurrent use.
type Parser struct {
	// Strict turns the first warning into an error (a *diag.ParseError
	// wrapping a *diag.StrictError); the partial Body is still returned.
	Strict bool
	// FirstLine is the line number of the first line of the text given to
	// Parse, so that positions are reported in the caller's coordinates.
	// 0 means 1.
	FirstLine int
	// Normalized tells Parse that the text is already normalised the way
	// the cable package's readers normalise a cable (entities decoded,
	// "\n" line ends, fragment links reduced, trailing blanks dropped), so
	// that it is not normalised again: a second pass would decode an
	// entity that the cable itself spells ("&amp;lt;" read as "&lt;").
	// Text that is not normalised is still parsed, as it is.
	Normalized bool
}

// Parse parses text with the zero Parser: Parse(text) is (&Parser{}).Parse(text).
func Parse(text string) (*Body, error) {
	return (&Parser{}).Parse(text)
}

// normalizeInput undoes rendering artefacts (HTML entities, markdown links,
// CRLF) of raw input; it is cheap on text that the caller has normalised.
func normalizeInput(text string) string {
	return textutil.Normalize(text)
}

// Parse parses text, a cable body from the banner onwards or a whole
// cable, or a fragment of one. It returns ErrEmpty (in a
// *diag.ParseError) for text without any visible character; otherwise it
// always returns a Body, with an error only in Strict mode when a warning
// was found.
func (p *Parser) Parse(text string) (*Body, error) {
	first := p.FirstLine
	if first < 1 {
		first = 1
	}
	if isBlank(strings.TrimSpace(text)) {
		return &Body{}, &diag.ParseError{Line: first, Field: "body", Err: ErrEmpty}
	}
	src := text
	if !p.Normalized {
		src = normalizeInput(text)
	}
	sc := getScratch()
	defer sc.release()
	sc.lines = appendLines(sc.lines, src, first) // all of them, for release
	st := &state{ls: cleanLines(sc.lines), src: src, sc: sc}
	st.parse()
	b := &st.body
	if p.Strict && len(b.Warnings) > 0 {
		return b, diag.Strict(b.Warnings[0])
	}
	return b, nil
}

// state is the per-call parsing state.
type state struct {
	ls   []line
	src  string // the text ls was split from
	sc   *scratch
	body Body
	// indices into ls
	bodyStart  int // first line after the subject (0 without subject)
	contentEnd int // end of the text before signature and trailing junk
	textStart  int // first line of paragraph text (first marker or end of preamble)
	markers    []marker
}

func (st *state) warn(lineNum int, field string, kind diag.Kind, msg string) {
	w := diag.Warning{Line: lineNum, Part: part, Field: field, Kind: kind, Message: msg}
	if kind == WarnNoSubject {
		w.Err = ErrNoSubject
	}
	st.body.Warnings = append(st.body.Warnings, w)
}

func (st *state) parse() {
	if st.sc == nil {
		st.sc = new(scratch) // memory of this call only
	}
	b := &st.body
	subj := parseSubject(st.ls)
	if subj.found {
		b.Subject = subj.text
		b.SubjectMarking = subj.marking
		if subj.text != "" {
			b.SubjectTitle = Title(stripMarking(subj.text))
		}
		st.bodyStart = subj.end
		if subj.rest != "" {
			// a field or heading run onto the subject's last line starts
			// the body: "... UNIVERSITIES 1.(SBU) SUMMARY: ..."
			l := &st.ls[subj.restLine]
			l.text, l.mark = subj.rest, 0
			st.bodyStart = subj.restLine
		}
		if subj.doubled {
			st.warn(subj.line, "SUBJECT", WarnDuplicateSubject, "subject label is doubled")
		}
	} else if subj.preamble > 0 {
		st.warn(subj.preamble, "SUBJECT", WarnNoSubject, "the preamble has no SUBJECT line")
	}
	sig := parseSigners(st.ls)
	b.Signers = sig.names
	st.contentEnd = sig.contentEnd
	if st.contentEnd < st.bodyStart {
		st.contentEnd = st.bodyStart
	}
	if sig.cut >= 0 && st.contentEnd == sig.contentEnd && st.contentEnd > 0 {
		// a signer run onto the last line: "... CONSIDERED.  EAGLETON"
		// (not when that line is the subject's: contentEnd moved)
		if l := &st.ls[st.contentEnd-1]; sig.cut <= len(l.text) {
			l.text = trimRightSpace(l.text[:sig.cut])
		}
	}
	// repeated section headers ("SECTION 02 OF 03" with its DTG block and
	// E.O./TAGS/SUBJECT lines) are no paragraph text
	st.ls, st.contentEnd, b.Spans = cutSectionHeaders(st.ls, st.bodyStart, st.contentEnd, b.Subject)
	st.paragraphs()
	st.spans()
	if len(b.Signers) == 0 && st.contentEnd > 0 {
		last := st.ls[st.contentEnd-1]
		if midSentence(last.text) && !isBlank(last.text) {
			st.warn(last.num, "body", WarnTruncated, "body ends in mid-sentence without a signer")
		}
	}
	b.Warnings.Sort()
}
