package cable

import (
	"fmt"
	"strings"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/marking"
)

// bodyLine is one line of the body with what may happen before it: a
// section or page break is only put before a line of paragraph text.
type bodyLine struct {
	text      string
	breakable bool // a section or page break may come before this line
	para      int  // index+1 of the paragraph the line belongs to, 0 outside
	first     bool // the first line of a paragraph (or of its heading)
	repeat    bool // a preamble line each received-copy section repeats
}

// body returns the body lines after the banner (captions to signers).
func (f *formatter) body() []bodyLine {
	c := f.c
	var ls []bodyLine
	add := func(breakable bool, para int, texts ...string) {
		for _, t := range texts {
			ls = append(ls, bodyLine{text: t, breakable: breakable, para: para})
		}
	}
	blank := func() {
		if len(ls) > 0 && ls[len(ls)-1].text != "" {
			add(false, 0, "")
		}
	}
	add(false, 0, "")
	rep := len(ls)
	for _, cp := range f.captions() {
		add(false, 0, cp, "")
	}
	if d := c.Declassification(); d != nil {
		add(false, 0, eoLine(d))
	}
	if len(c.Tags) > 0 {
		add(false, 0, f.tagsLines()...)
	}
	if subject := c.Subject(); subject != "" {
		if m := c.Body.SubjectMarking; m != nil {
			subject = "(" + m.String() + ") " + subject
		}
		add(false, 0, wrapLabelled("SUBJECT: ", subject, 0, f.width)...)
	}
	for i := rep; i < len(ls); i++ {
		ls[i].repeat = true
	}
	blank()
	if len(c.References) > 0 {
		add(false, 0, f.refLines()...)
		blank()
	}
	if cb := c.ClassifiedBy(); cb != nil {
		if s := classifiedByText(cb); s != "" {
			add(false, 0, wrapText(s, 0, 0, f.width)...)
			blank()
		}
	}
	for i, p := range f.paragraphs() {
		start := len(ls)
		if p.Heading != "" {
			add(false, 0, p.Heading, strings.Repeat("-", max(5, min(len(p.Heading), f.width))), "")
		}
		lead := ""
		if p.Number > 0 {
			lead = fmt.Sprintf("%d. ", p.Number)
		}
		if m := p.Marking; m != nil && !(m.EntireText && strings.Contains(strings.ToUpper(p.Text), "ENTIRE TEXT")) {
			// an "ENTIRE TEXT" statement is its own marking
			lead += markingText(*m) + " "
		}
		blocks := textBlocks(p.Text)
		if len(blocks) == 0 {
			blocks = []string{""}
		}
		for j, blk := range blocks {
			var wl []string
			if j == 0 {
				wl = wrapLabelled(lead, blk, 0, f.width)
			} else {
				wl = wrapText(blk, 0, 0, f.width)
			}
			for k, t := range wl {
				// a break may come anywhere in a paragraph but not
				// between a heading and its paragraph.
				add(j > 0 || k > 0 || p.Heading == "", i+1, t)
			}
		}
		ls[start].first = true
		blank()
	}
	for _, s := range c.Signers() {
		add(false, 0, s)
	}
	for len(ls) > 0 && ls[len(ls)-1].text == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}

// captions returns the caption lines: the cable's captions, and a NOFORN
// line for a NOFORN caveat that no caption carries.
func (f *formatter) captions() []string {
	var out []string
	noforn := false
	for _, cp := range f.c.Captions() {
		if cp.Kind == classification.CaptionNOFORN || strings.Contains(strings.ToUpper(cp.Text), "NOFORN") {
			noforn = true
		}
		if cp.Text != "" {
			out = append(out, cp.Text)
		}
	}
	if !noforn && hasCaveat(f.caveats, "NOFORN") {
		out = append([]string{"NOFORN"}, out...)
	}
	return out
}

// eoLine writes the E.O. line: "E.O. 12958: DECL: 09/28/2032".
func eoLine(d *classification.Declassification) string {
	eo := d.ExecutiveOrder
	if eo == "" {
		eo = "12958"
	}
	s := d.Raw
	if s == "" {
		switch {
		case d.DowngradeTo.IsValid() && !d.Date.IsZero():
			s = fmt.Sprintf("DNG: %s %02d/%02d/%04d", d.DowngradeTo.Abbrev()+"O", d.Date.Month, d.Date.Day, d.Date.Year)
		case !d.Date.IsZero():
			s = fmt.Sprintf("DECL: %02d/%02d/%04d", d.Date.Month, d.Date.Day, d.Date.Year)
		case d.Event == "N/A" || d.Event == "GDS" || strings.HasPrefix(d.Event, "XGDS"):
			s = d.Event
		case d.Event != "":
			s = "DECL: " + d.Event
		default:
			s = "N/A"
		}
	}
	return "E.O. " + eo + ": " + s
}

// tagsLines writes "TAGS: PREL PTER CH"; a person tag goes in parentheses
// and a long line becomes a comma list wrapped after commas.
func (f *formatter) tagsLines() []string {
	codes := make([]string, len(f.c.Tags))
	for i, t := range f.c.Tags {
		codes[i] = t.Code
		if strings.ContainsAny(t.Code, ", ") {
			codes[i] = "(" + t.Code + ")"
		}
	}
	line := "TAGS: " + strings.Join(codes, " ")
	if len(line) <= f.width {
		return []string{line}
	}
	var ls []string
	cur := "TAGS: "
	for i, c := range codes {
		item := c
		if i < len(codes)-1 {
			item += ","
		}
		if len(cur)+len(item)+1 > f.width && strings.TrimSpace(cur) != "TAGS:" {
			ls = append(ls, strings.TrimRight(cur, " "))
			cur = ""
		}
		if cur != "" && cur != "TAGS: " {
			cur += " "
		}
		cur += item
	}
	return append(ls, cur)
}

// refLines writes the REF block: one item a line, "REF: A. STATE 12345"
// then "     B. ..." under it.
func (f *formatter) refLines() []string {
	var ls []string
	for i, r := range f.c.References {
		text := r.Text
		if text == "" {
			text = r.ID
		}
		if r.Label != "" {
			text = r.Label + ". " + text
		}
		label := "REF: "
		if i > 0 {
			label = "     "
		}
		ls = append(ls, wrapLabelled(label, text, 5, f.width)...)
	}
	return ls
}

// classifiedByText writes the Classified By line: the raw text when the
// cable has it, else "Classified By: Name, Title. Reasons 1.4 (b/d)."
func classifiedByText(cb *classification.ClassifiedBy) string {
	if cb.Raw != "" {
		return cb.Raw
	}
	who := strings.Join(cb.Names, " and ")
	if cb.Title != "" {
		if who != "" {
			who += ", "
		}
		who += cb.Title
	}
	if who == "" && cb.DerivedFrom != "" {
		who = "Derived from " + cb.DerivedFrom
	}
	if who == "" && len(cb.Reasons) == 0 {
		return ""
	}
	s := "Classified By: " + who
	if len(cb.Reasons) > 0 {
		letters := make([]string, len(cb.Reasons))
		for i, r := range cb.Reasons {
			letters[i] = r.Letter
		}
		s = strings.TrimRight(s, ".") + ". Reasons " + cb.Reasons[0].Section + " (" + strings.Join(letters, "/") + ")"
	}
	return s + "."
}

// markingText writes a portion marking: as written, else "(C)", "(S//NF)".
func markingText(m marking.Marking) string {
	if m.Raw != "" {
		return m.Raw
	}
	return "(" + m.String() + ")"
}

// paragraphs returns the paragraphs to write: the cable's, with the summary
// put into paragraph 1 when no paragraph holds it.
func (f *formatter) paragraphs() []paragraphOut {
	c := f.c
	out := make([]paragraphOut, len(c.Paragraphs()))
	hasSummary := c.Summary() == ""
	for i, p := range c.Paragraphs() {
		out[i] = paragraphOut{Number: p.Number, Marking: p.Marking, Heading: p.Heading, Text: p.Text}
		if strings.Contains(strings.ToUpper(p.Text), "SUMMARY") {
			hasSummary = true
		}
	}
	if !hasSummary {
		sum := "SUMMARY: " + c.Summary() + " END SUMMARY."
		if len(out) == 0 {
			out = append(out, paragraphOut{Number: 1, Text: sum})
		} else {
			out[0].Text = sum + "\n" + out[0].Text
		}
	}
	return out
}

// paragraphOut is a paragraph as written.
type paragraphOut struct {
	Number  int
	Marking *marking.Marking
	Heading string
	Text    string
}

// bannerLine writes the banner of section sec of n:
// "C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 006403".
func (f *formatter) bannerLine(sec, n int) string {
	var parts []string
	word := ""
	switch f.level {
	case marking.Unclassified:
		word = "UNCLAS"
		if hasCaveat(f.caveats, "EFTO") {
			word += " E F T O"
		}
	case marking.Confidential, marking.Secret:
		word = spaced(f.level.String())
	case marking.LimitedOfficialUse, marking.TopSecret:
		word = f.level.String()
	}
	var extra []string
	for _, cv := range f.caveats {
		switch cv {
		case "NOFORN", "EFTO", "SBU", "SENSITIVE":
			// captions, or spelled into the word
		default:
			extra = append(extra, cv)
		}
	}
	if len(extra) > 0 && word != "" {
		word += "//" + strings.Join(extra, "//")
	}
	if word != "" {
		parts = append(parts, word)
	}
	if n > 1 {
		parts = append(parts, fmt.Sprintf("SECTION %02d OF %02d", sec, n))
	}
	if f.origin != "" {
		parts = append(parts, f.origin, f.serialText())
	}
	return strings.Join(parts, " ")
}

// sectionCount is the number of sections for a body of n lines.
func (f *formatter) sectionCount(n int) int {
	switch {
	case f.opt.Sections > 0:
		return f.opt.Sections
	case f.opt.SectionLines > 0:
		return max(1, min(99, (n+f.opt.SectionLines-1)/f.opt.SectionLines))
	}
	return 1
}

// splitPoints returns the indexes of the lines of ls before which the
// sections 2..n start: the breakable lines nearest to even shares of the
// paragraph text (with paraStart, the first lines of paragraphs, heading
// included). Fewer than n-1 points are returned when the body has
// too few breakable lines.
func splitPoints(ls []bodyLine, n int, paraStart bool) []int {
	var cand []int
	for i, l := range ls {
		if paraStart && l.first || !paraStart && l.breakable {
			cand = append(cand, i)
		}
	}
	if n <= 1 || len(cand) == 0 {
		return nil
	}
	var pts []int
	last := -1
	for k := 1; k < n; k++ {
		j := len(cand) * k / n
		for j < len(cand) && cand[j] <= last {
			j++
		}
		if j >= len(cand) {
			break
		}
		pts = append(pts, cand[j])
		last = cand[j]
	}
	return pts
}
