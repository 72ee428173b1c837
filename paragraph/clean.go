package paragraph

import (
	"github.com/cablemeta/cablemeta/internal/textutil"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/internal/lexicon"
)

var (
	pageHeaderRE  = regexp.MustCompile(`^\s*PAGE\s+\d{2,3}\s+[A-Z][A-Z .]{0,12}?\s+\d{4,6}\s+(?:\d{2}\s+OF\s+\d{2}\s+)?\d{6}Z(?:\s+|$)`)
	pageHeader2RE = regexp.MustCompile(`^\s*PAGE\s+\d{2,3}\s+[A-Z]{4,8}\d{3,5}\s+(?:S E C R E T|C O N F I D E N T I A L|U N C L A S S I F I E D|SECRET|CONFIDENTIAL|UNCLASSIFIED)\s*$`)
	htmlDebrisRE  = regexp.MustCompile(`</?(?:pre|code|table|tbody|tr|td|th|div|span|p|br|a)\b[^>]*>`)
)

// isPageBreak reports whether s is a page-break or page-header line with no
// other text on it.
func isPageBreak(s string) bool {
	m, ok := lexicon.PageBreakLine(s)
	return ok && isBlank(s[m.End:])
}

// cutPageBreak removes a page-break or page-header prefix from s and
// reports whether there was one.
func cutPageBreak(s string) (string, bool) {
	if m, ok := lexicon.PageBreakLine(s); ok {
		return s[m.End:], true
	}
	return s, false
}

// Clean returns text with the transmission artefacts removed and every
// word of the cable kept:
//
//   - page-break lines ("BEIJING 00006403 002 OF 003") and received-copy
//     page frames (classification footer, classification header and the
//     "PAGE 02 ..." line) are dropped; a page-break line run into the
//     text ("... the pilot BEIJING 00006403 002 OF 003 turned ...") or
//     split after its origin is cut out and the text around it joined
//     with one blank;
//   - "SIPDIS" lines after the caption block, and a "SIPDIS " token glued to
//     the start of a line there, are dropped;
//   - a sentence split by one of these (blank lines around a page break in
//     mid-sentence) is rejoined onto adjacent lines;
//   - markdown heading marks ("#### "), HTML debris ("</pre>"), trailing
//     blanks, carriage returns and cables.csv line-end backslashes go.
//
// Line breaks inside the text are kept, so no hyphenated word is joined.
func Clean(text string) string {
	ls := cleanLines(splitLines(text, 1))
	var b strings.Builder
	b.Grow(len(text))
	for i, l := range ls {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.text)
	}
	return b.String()
}

// cleanLines applies the Clean rules to ls, keeping each line's number.
// It reuses the backing array of ls: a line is written only at or before
// the index it was read from, and lines after it are read unchanged.
func cleanLines(ls []line) []line {
	out := ls[:0]
	captions := true // still in the caption block at the top of the body
	joinNext := false
	var pm pageMarks
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		t := l.text
		if strings.IndexByte(t, '<') >= 0 && htmlDebrisRE.MatchString(t) {
			t = trimRightSpace(htmlDebrisRE.ReplaceAllString(t, ""))
			if isBlank(t) && !isBlank(l.text) {
				continue
			}
		}
		if captions && endsCaptions(t) {
			captions = false
		}
		pm.see(t)
		// a page-break mark run into the text: "... the pilot LIMA
		// 00001234 002 OF 003 turned ..."
		t, mark, markEnd := pm.cut(t)
		removed := false
		if k := lastText(out); k >= 0 && len(out)-k <= 2 {
			// the mark split over two lines, maybe with a blank line between
			if prev, rest, ok := pm.cutSplitMark(out[k].text, t); ok {
				out[k].text, out[k].mark, t = prev, len(prev), rest
				removed, joinNext = isBlank(rest), true
			}
		}
		if rest, ok := cutPageBreak(t); ok {
			// drop the classification lines framing a received-copy page header
			out = dropFrameBefore(out)
			if n := len(out); n > 0 && strings.HasPrefix(strings.TrimLeft(t, " "), "PAGE") {
				// "... WAS IN    CONFIDENTIAL" + "PAGE 03 ... 021700Z CULTURAL ..."
				if k := trailingClassWord(out[n-1].text); k > 0 {
					out[n-1].text = trimRightSpace(out[n-1].text[:k])
				}
			}
			i = skipFrameAfter(ls, i)
			if isBlank(rest) {
				removed = true
			} else {
				t, mark, markEnd = pm.cut(rest)
				joinNext = true
			}
		} else if !captions && mayBeSIPDIS(t) {
			if s := strings.TrimSpace(t); strings.EqualFold(s, "SIPDIS") {
				removed = true
			} else if textutil.HasPrefixFold(s, "SIPDIS ") {
				rest := strings.TrimSpace(s[len("SIPDIS "):])
				if rest != "" && !isCaptionWord(rest) {
					t = rest
					joinNext = true
				}
			}
		}
		if removed {
			joinNext = true
			continue
		}
		if joinNext && !isBlank(t) {
			out = rejoin(out, t)
			joinNext = false
		}
		if k := trailingClassWord(t); k > 0 && strings.HasSuffix(t[:k+1], "      ") && !isBlank(t[:k]) {
			t = trimRightSpace(t[:k]) // "... WAS IN                        CONFIDENTIAL"
		}
		out = append(out, line{num: l.num, text: t, off: l.off, mark: mark})
		if markEnd {
			joinNext = true // the sentence goes on after the mark
		}
	}
	return out
}

// lastText returns the index of the last line of out that is not blank,
// or -1.
func lastText(out []line) int {
	k := len(out) - 1
	for k >= 0 && out[k].blank() {
		k--
	}
	return k
}

// endsCaptions reports whether s ends the caption block at the top of a
// body: an E.O., TAGS, SUBJECT, REF or Classified By line, or a numbered
// paragraph, or running text.
func endsCaptions(s string) bool {
	t := trimPilcrow(s)
	if t == "" {
		return false
	}
	switch {
	case textutil.HasPrefixFold(t, "E.O"), textutil.HasPrefixFold(t, "EO 1"), textutil.HasPrefixFold(t, "TAGS"), textutil.HasPrefixFold(t, "SUBJ"),
		textutil.HasPrefixFold(t, "REF"), textutil.HasPrefixFold(t, "CLASSIFIED BY"), textutil.HasPrefixFold(t, "Summary"):
		return true
	}
	if t[0] >= '0' && t[0] <= '9' {
		_, _, ok := cutNumber(t)
		return ok
	}
	return len(t) > 90 || strings.ContainsAny(t, "abcdefghijklmnopqrstuvwxyz")
}

// isCaptionWord reports whether s is a caption that may follow SIPDIS in
// the caption block ("SIPDIS SENSITIVE", "SIPDIS, NOFORN").
func isCaptionWord(s string) bool {
	u := strings.ToUpper(strings.TrimLeft(s, ", "))
	for _, c := range [...]string{"NOFORN", "SENSITIVE", "EXDIS", "NODIS", "LIMDIS", "STADIS", "CXR", "DEPT FOR", "STATE FOR"} {
		if strings.HasPrefix(u, c) {
			return true
		}
	}
	return false
}

// dropFrameBefore removes a classification footer (and the blank lines
// around it) printed just before a received-copy page header.
func dropFrameBefore(out []line) []line {
	j := len(out)
	for j > 0 && out[j-1].blank() {
		j--
	}
	k := j
	for k > 0 && lexicon.ClassificationLine(out[k-1].text) {
		k--
		for k > 0 && out[k-1].blank() && k-1 > 0 && lexicon.ClassificationLine(out[k-2].text) {
			k--
		}
	}
	if k < j {
		return out[:k]
	}
	return out
}

// skipFrameAfter returns the index of the last line of the classification
// header that follows a page header at ls[i] (i itself if there is none).
func skipFrameAfter(ls []line, i int) int {
	j := i + 1
	for j < len(ls) && ls[j].blank() {
		j++
	}
	if j < len(ls) && lexicon.ClassificationLine(ls[j].text) {
		return j
	}
	return i
}

// rejoin drops the blank lines at the end of out when the last text line
// there ends in mid-sentence and next continues it, so that a sentence
// split by a removed page break or SIPDIS line reads as one.
func rejoin(out []line, next string) []line {
	j := len(out)
	for j > 0 && out[j-1].blank() {
		j--
	}
	if j == len(out) || j == 0 {
		return out
	}
	if !midSentence(out[j-1].text) || !continuesSentence(next) {
		return out
	}
	return out[:j]
}

// midSentence reports whether s ends without sentence-final punctuation.
func midSentence(s string) bool {
	s = strings.TrimRight(s, " \t\"'”’)")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':':
		return false
	}
	return !isDashRun(s)
}

// continuesSentence reports whether s starts like the continuation of a
// sentence: a lower-case letter, possibly after an opening quote or parenthesis.
func continuesSentence(s string) bool {
	s = strings.TrimLeft(s, " \t\"'“‘(")
	return s != "" && s[0] >= 'a' && s[0] <= 'z'
}

// trailingClassWord returns the offset of a classification word that ends
// s after a blank (a received-copy footer glued to the text), or -1.
func trailingClassWord(s string) int {
	if s == "" {
		return -1
	}
	var w string
	switch s[len(s)-1] { // the words end in different letters
	case 'L':
		w = " CONFIDENTIAL"
	case 'T':
		w = " SECRET"
	case 'D':
		w = " UNCLASSIFIED"
	case 'E':
		w = " LIMITED OFFICIAL USE"
	default:
		return -1
	}
	if strings.HasSuffix(s, w) && len(s) > len(w) {
		return len(s) - len(w)
	}
	return -1
}

// mayBeSIPDIS is the cheap test run before the SIPDIS tests of
// cleanLines: the line, trimmed, can only be "SIPDIS" or start with
// "SIPDIS " in any case when its first byte that is not ASCII white
// space is an 's' or an 'S' followed by an 'i' or an 'I' (no other rune
// folds to 'i'), or non-ASCII (the long s "ſ" folds to 's', and
// strings.TrimSpace also trims Unicode spaces).
func mayBeSIPDIS(t string) bool {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case ' ', '\t', '\n', '\v', '\f', '\r':
		case 's', 'S':
			return i+1 < len(t) && t[i+1]|0x20 == 'i'
		default:
			return c >= utf8.RuneSelf
		}
	}
	return false
}
