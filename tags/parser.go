package tags

import (
	"regexp"
	"strings"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
)

// Parser finds and parses the TAGS line of a cable. The zero value is ready
// to use; a Parser is safe for concurrent use.
type Parser struct {
	// Strict turns the first warning into an error (a *diag.ParseError
	// wrapping a *diag.StrictError, and ErrNoTags when there is no TAGS
	// line). The tags found are still returned.
	Strict bool
	// FirstLine is the line number of the first line of the text given to
	// Parse (0 means 1), so that positions are reported in the caller's
	// coordinates.
	FirstLine int
}

// Parse finds the TAGS line in a cable body (or a whole cable) and returns
// its tags. It is (&Parser{}).Parse(text).
func Parse(text string) ([]Tag, error) {
	return (&Parser{}).Parse(text)
}

// ParseLine parses the value of one TAGS line (continuation lines already
// joined), with or without the TAGS keyword. It is (&Parser{}).ParseLine(line).
func ParseLine(line string) ([]Tag, error) {
	return (&Parser{}).ParseLine(line)
}

// Parse finds the TAGS line in text and returns its tags. A cable without a
// TAGS line yields no tags and no error, except in Strict mode.
func (p *Parser) Parse(text string) ([]Tag, error) {
	res, err := p.ParseResult(text)
	return res.Tags, err
}

// ParseLine parses the value of one TAGS line, with or without the TAGS
// keyword. Line breaks inside line are treated as separators.
func (p *Parser) ParseLine(line string) ([]Tag, error) {
	first := max(p.FirstLine, 1)
	value := line
	var warns []diag.Warning
	if l, ok := lexicon.FindTagsLabel(value, true); ok && strings.TrimSpace(value[:l.Start]) == "" {
		label := l.Word(value)
		value = value[l.Value:]
		if w, bad := labelWarning(label, first); bad {
			warns = append(warns, w)
		}
	}
	tags, ws, _ := parseValue([]string{value}, first)
	warns = append(warns, ws...)
	if p.Strict && len(warns) > 0 {
		return tags, diag.Strict(warns[0])
	}
	return tags, nil
}

// ParseResult finds the TAGS line in text and returns the tags with their
// position, the raw text and the warnings. The result is never nil.
func (p *Parser) ParseResult(text string) (*Result, error) {
	first := max(p.FirstLine, 1)
	res := &Result{}
	p.find(newLineCursor(text, first), res)
	if res.Tags == nil {
		res.Tags = []Tag{}
	}
	if res.Line == 0 {
		res.Warnings = append(res.Warnings, warning(first, WarnNoTags, "no TAGS line found"))
	}
	if p.Strict && len(res.Warnings) > 0 {
		return res, diag.Strict(res.Warnings[0])
	}
	return res, nil
}

// find scans the lines up to the first numbered paragraph for the TAGS
// keyword and fills res.
func (p *Parser) find(lines lineCursor, res *Result) {
	var afterEO lineCursor // after the last E.O. line seen
	sawEO := false
	for {
		ln, ok := lines.next()
		if !ok {
			break
		}
		s := ln.Text
		if lexicon.ParagraphOne(s) {
			break
		}
		if l, ok := lexicon.FindTagsLabel(s, false); ok {
			p.collect(ln, lines, l.Start, l.Value, l.Word(s), res)
			return
		}
		if lexicon.EOLine(s) {
			afterEO, sawEO = lines, true
		}
	}
	if sawEO {
		p.unlabelled(afterEO, res)
	}
}

// collect gathers the TAGS value that starts at li.Text[vstart:] and its
// continuation lines, which follow li in lines, and parses it.
func (p *Parser) collect(li textutil.Line, lines lineCursor, start, vstart int, label string, res *Result) {
	first := li.Text[vstart:]
	// the TAGS line and its continuations, in arrays on the stack: as
	// read for parsing (cleaned and cut) and as written
	var valueBuf [1 + maxContinuation]valueLine
	var rawBuf [1 + maxContinuation]string
	value := append(valueBuf[:0], readValueLine(first))
	raw := append(rawBuf[:0], li.Text[start:])
	res.Line, res.EndLine, res.Label = li.Num, li.Num, label
	if w, bad := labelWarning(label, li.Num); bad {
		res.Warnings = append(res.Warnings, w)
	}
	stopped := value[0].cut
	open := strings.TrimSpace(first) == "" || strings.HasSuffix(strings.TrimSpace(first), ",")
	for j := 1; !stopped && j <= maxContinuation; j++ {
		lj, ok := lines.next()
		if !ok {
			break
		}
		ahead := lines
		next, _ := ahead.next()
		if !isContinuation(lj.Text, next.Text, open) {
			break
		}
		vl := readValueLine(lj.Text)
		value = append(value, vl)
		raw = append(raw, lj.Text)
		res.EndLine = lj.Num
		stopped = vl.cut
		open = strings.HasSuffix(strings.TrimSpace(lj.Text), ",")
	}
	tags, ws, _ := parseValueLines(value, res.Line)
	res.Tags = tags
	res.Warnings = append(res.Warnings, ws...)
	res.Raw = rawText(raw)
}

// maxContinuation is the most continuation lines a TAGS line may have.
const maxContinuation = 6

// unlabelled recognises a TAGS line without its keyword: the line right
// after the E.O. line, right before the SUBJECT line, made only of known
// codes separated by commas (08BEIJING3662: "EFIN, ECON, EINV, PGOV, CH").
// lines is positioned after the E.O. line.
func (p *Parser) unlabelled(lines lineCursor, res *Result) {
	var li textutil.Line // the first non-blank line, if any
	for {
		l, ok := lines.next()
		if !ok || !textutil.IsBlank(l.Text) {
			li = l
			break
		}
	}
	subj, ok := lines.next()
	if !ok || !lexicon.SubjectLine(strings.TrimSpace(subj.Text[lexicon.SkipLead(subj.Text):])) {
		return
	}
	s := strings.TrimSpace(li.Text)
	items := strings.Split(strings.TrimSuffix(s, ","), ",")
	if len(items) < 2 {
		return
	}
	cat := loadCatalog()
	for _, it := range items {
		e, ok := cat.entries[strings.TrimSpace(it)]
		if !ok || e.Kind == KindPerson {
			return
		}
	}
	tags, ws, _ := parseValue([]string{s}, li.Num)
	res.Tags = tags
	res.Line, res.EndLine, res.Raw = li.Num, li.Num, s
	res.Warnings = append(res.Warnings, warning(li.Num, WarnMissingLabel,
		"TAGS keyword missing; codes taken from the line between E.O. and SUBJECT"))
	res.Warnings = append(res.Warnings, ws...)
}

// parseValue parses the lines of a TAGS value (keyword removed). It
// returns the tags, the warnings (at line) and whether a page-break header
// cut the value.
func parseValue(lines []string, line int) ([]Tag, []diag.Warning, bool) {
	var buf [1 + maxContinuation]valueLine
	value := buf[:0]
	for _, l := range lines {
		vl := readValueLine(l)
		value = append(value, vl)
		if vl.cut {
			break
		}
	}
	return parseValueLines(value, line)
}

// valueLine is a line of a TAGS value read for parsing: cleaned and cut at
// an inline stop, as cutValue returns it.
type valueLine struct {
	kept           string
	cut, pageBreak bool
}

// readValueLine cleans a line of a TAGS value and cuts it (cutValue).
func readValueLine(l string) valueLine {
	kept, cut, pageBreak := cutValue(cleanValue(l))
	return valueLine{kept: kept, cut: cut, pageBreak: pageBreak}
}

// parseValueLines is parseValue on the lines of a value read by
// readValueLine, so that collect, which reads them to find where the value
// ends, does not clean and cut them twice.
func parseValueLines(value []valueLine, line int) ([]Tag, []diag.Warning, bool) {
	r := resolver{cat: loadCatalog(), fixes: loadFixes(), line: line}
	var toks []token
	var buf [32]token
	toks = buf[:0]
	truncated, comma := false, false
	for _, vl := range value {
		toks, comma = tokenize(vl.kept, toks, comma)
		if vl.pageBreak {
			truncated = true
			r.warn(WarnTruncated, "TAGS value runs into a page-break header; the rest is ignored")
		}
		if vl.cut {
			break
		}
	}
	// A token gives one tag, or none (a dropped keyword, a word of a
	// multi-word tag); only a run-together token gives more.
	r.tags = make([]Tag, 0, len(toks))
	r.resolve(toks)
	return dedupe(r.tags, &r), r.warns, truncated
}

// dedupe removes repeated codes, keeping the first.
func dedupe(tags []Tag, r *resolver) []Tag {
	if len(tags) < 2 {
		return tags
	}
	out := tags[:0]
	var dups []string
	var index map[string]struct{} // for long lists only
	if len(tags) > 32 {
		index = make(map[string]struct{}, len(tags))
	}
	for i := range tags {
		code := tags[i].Code
		seen := false
		if index != nil {
			_, seen = index[code]
			index[code] = struct{}{}
		} else {
			for k := range out {
				if out[k].Code == code {
					seen = true
					break
				}
			}
		}
		if seen {
			dups = append(dups, code)
			continue
		}
		if len(out) < i {
			out = append(out, tags[i])
		} else {
			out = out[:i+1] // tags[i] is in place: no copy until a duplicate
		}
	}
	if len(dups) > 0 {
		list := dups
		if len(list) > 10 {
			list = append(list[:10:10], "...")
		}
		r.warn(WarnDuplicate, "removed %d repeated tags (%s)", len(dups), strings.Join(list, ", "))
	}
	return out
}

// labelWarning reports a misspelt TAGS keyword.
func labelWarning(label string, line int) (diag.Warning, bool) {
	switch strings.ToUpper(label) {
	case "TAGS":
		return diag.Warning{}, false
	}
	return warning(line, WarnLabelVariant, "TAGS keyword written "+label), true
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

var (
	wordComma = regexp.MustCompile(`^[A-Za-z][A-Za-z-]*\s*,`)
)

// isContinuation decides whether line continues a TAGS value. open is set
// when the value so far ends with a comma (or is empty); next is the line
// after line.
func isContinuation(line, next string, open bool) bool {
	s := strings.TrimSpace(line[lexicon.SkipLead(line):])
	if s == "" || isStopLine(s) {
		return false
	}
	if kept, _, _ := cutValue(cleanValue(s)); !shortItems(kept) {
		return false
	}
	if open {
		return true
	}
	if wordComma.MatchString(s) {
		// "BL, IS": the first word must be a code, not a wrapped sentence
		// ("RUN-OFF, SEEKS ...").
		w, _, _ := strings.Cut(s, ",")
		return allCodes(w)
	}
	if strings.ToUpper(s) != s {
		return false
	}
	if allCodes(s) {
		return true
	}
	// A short upper-case line sitting between TAGS and SUBJECT ends a
	// multi-word tag ("COUNTRY\nCLEARANCE").
	return len(s) <= 40 && strings.Count(s, " ") < 4 && lexicon.SubjectLine(strings.TrimSpace(next[lexicon.SkipLead(next):]))
}

// shortItems reports whether every comma-separated item of s has at most
// three words: TAGS items are codes, names or short phrases, not sentences.
func shortItems(s string) bool {
	for item := range strings.SplitSeq(s, ",") {
		if strings.Count(strings.TrimSpace(item), " ") > 2 && len(strings.Fields(item)) > 3 {
			return false
		}
	}
	return true
}

// allCodes reports whether every word of s is a TAGS code.
func allCodes(s string) bool {
	r := resolver{cat: loadCatalog(), fixes: loadFixes()}
	n := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '\t' }) {
		w = trimWord(w)
		if w == "" {
			continue
		}
		if fx, ok := r.fixes.single[w]; (ok && fx.kind == fixDrop) || !r.codeLike(w) {
			return false
		}
		n++
	}
	return n > 0
}
