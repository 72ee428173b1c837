package paragraph

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
)

// pageMarks finds page-break marks run into the text of a line ("... the
// pilot BRASILIA 00000631 002 OF 002 turned sharply ..."), as copies that
// re-flowed the cable's lines print them. It learns the origin such a
// mark prints from the cable's banner, so that a capital word before the
// origin ("the NGO LIMA 00000168 ...") stays in the text.
type pageMarks struct {
	// origins are the banner's origin as a page-break line prints it
	// (lexicon.PageOrigin) and, when longer, in full; none until known
	origins []string
	banner  bool // a banner with an origin was read
}

// see reads the banner of the cable from the line t, once.
func (pm *pageMarks) see(t string) {
	if pm.banner {
		return
	}
	s := textutil.TrimBlanksLeft(t)
	if !lexicon.BannerStart(s) {
		return
	}
	if b, ok := classification.ParseBanner(s); ok && b.Origin != "" {
		pm.banner = true
		o := lexicon.PageOrigin(b.Origin)
		if full := strings.ToUpper(strings.Join(strings.Fields(b.Origin), " ")); full != o {
			pm.origins = append(pm.origins, full)
		}
		pm.origins = append(pm.origins, o)
	}
}

// find finds the first page-break mark in t: one naming the banner's
// origin; else one at the start of the line (lexicon.PageBreakLine, whose
// origin is the whole run before the serial); else one whose origin is
// guessed (lexicon.PageBreakIn).
func (pm *pageMarks) find(t string) (lexicon.PageBreak, bool) {
	if !textutil.HasDigitRun(t, 8) {
		return lexicon.PageBreak{}, false // most lines
	}
	guess, okGuess := lexicon.PageBreakIn(t, "")
	for _, o := range pm.origins {
		known, ok := lexicon.PageBreakIn(t, o)
		if ok && (!okGuess || guess.End >= known.End) {
			return known, true // the same mark, or an earlier one
		}
	}
	if m, ok := lexicon.PageBreakLine(t); ok && !m.Header && (!okGuess || m.End >= guess.End) {
		return m, true
	}
	return guess, okGuess
}

// cut removes the page-break marks that t holds after some text, joining
// the text around each with one blank. It returns t unchanged when its
// first mark starts the line (the line-start rules of cleanLines handle
// that one). at is the offset in out where the first mark was cut out (0
// when none was); atEnd reports that a mark ended the line, so the
// sentence goes on on a later line.
func (pm *pageMarks) cut(t string) (out string, at int, atEnd bool) {
	if !textutil.HasDigitRun(t, 8) {
		return t, 0, false // most lines
	}
	if _, ok := pm.find(t); !ok {
		// "... 2008.\u2028\u2028MEXICO 00001234 002 OF 002": a copy that
		// spaced the words with Unicode blanks, which the text collapses
		// into one space anyway
		if s := asciiBlanks(t); s != t {
			if _, ok := pm.find(s); ok {
				t = s
			}
		}
	}
	out = t
	for {
		m, ok := pm.find(out)
		if !ok {
			return out, at, atEnd
		}
		before := trimRightSpace(out[:m.Start])
		if isBlank(before) {
			if out == t {
				return t, 0, false
			}
			before = ""
		}
		if at == 0 {
			at = len(before)
		}
		after := out[m.End:]
		switch {
		case isBlank(after):
			return before, at, true
		case before == "":
			out = after
		case strings.IndexByte(".,;:)", after[0]) >= 0:
			out = before + after
		default:
			out = before + " " + after
		}
		atEnd = false
	}
}

// asciiBlanks returns s with its Unicode white space (no-break spaces, line
// separators) as ASCII blanks.
func asciiBlanks(s string) string {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsSpace(r) {
			return strings.Map(func(r rune) rune {
				if r >= utf8.RuneSelf && unicode.IsSpace(r) {
					return ' '
				}
				return r
			}, s)
		}
	}
	return s
}

// cutSplitMark removes a page-break mark split over two lines, its origin
// ending the line prev and its serial opening the line t ("... PARTY
// ALIGNMENTS LIMA" + "00001234 003 OF 003"). It returns prev and t
// without the mark.
func (pm *pageMarks) cutSplitMark(prev, t string) (string, string, bool) {
	s := textutil.TrimBlanksLeft(t)
	if s == "" || s[0] < '0' || s[0] > '9' || !textutil.HasDigitRun(s, 8) || isBlank(prev) {
		return prev, t, false
	}
	j := prev + " " + s
	m, ok := pm.find(j)
	if !ok || m.Start >= len(prev) || m.End <= len(prev)+1 {
		return prev, t, false
	}
	return trimRightSpace(prev[:m.Start]), j[m.End:], true
}
