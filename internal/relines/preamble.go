package relines

import (
	"strings"

	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/marking"
)

// Matchers for the lines between the header and the first paragraph.

// classWords are the classification words that open a banner, in
// capitals.
var classWords = [...]string{"CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS", "TOP SECRET", "LIMITED OFFICIAL USE"}

// classWordAt returns the end of a classification word in capitals at
// s[i:], with its controls run on ("SECRET//NOFORN"), or of a
// letter-spaced one ("C O N F I D E N T I A L"); 0 when there is none.
func classWordAt(s string, i int) int {
	for _, w := range classWords {
		if strings.HasPrefix(s[i:], w) {
			if e := i + len(w); e == len(s) || isBlank(s[e]) || s[e] == '/' || s[e] == '\n' || s[e] == '\r' {
				return wordEnd(s, e)
			}
		}
	}
	if !lexicon.LetterSpaced(s[i:min(len(s), i+64)]) || i >= 2 && isUpper(s[i-2]) && (i < 3 || !isLetter(s[i-3])) {
		return 0 // not letter-spaced, or its letters after the first ("C" "O N F I D ...")
	}
	e := wordEnd(s, i)
	letters := s[i:e]
	for {
		k := skipBlanks(s, e)
		if k == e || k >= len(s) || !isUpper(s[k]) || wordEnd(s, k) != k+1 {
			break
		}
		e = k + 1
		letters += s[k:e]
	}
	if !spelledClass(letters) {
		return 0
	}
	return e
}

// spelledClass reports whether the letters of a letter-spaced word spell
// a classification, with at most one stray letter before it or its first
// letter lost ("SSECRET", "ONFIDENTIAL"; not "MXCONFIDENTIAL").
func spelledClass(letters string) bool {
	for _, w := range [...]string{"CONFIDENTIAL", "SECRET", "UNCLAS", "ONFIDENTIAL", "ECRET", "NCLAS", "TOPSECRET"} {
		if k := strings.Index(letters, w); k >= 0 && k <= 1 {
			return true
		}
	}
	return false
}

// maxBannerWords bounds the words between a banner's classification and
// its serial: "SECTION 01 OF 03", an origin of up to four words.
const maxBannerWords = 9

// bannerAt returns the end of a banner at s[i:]: a classification word,
// maybe a section, an origin in capitals and a serial of four or more
// digits ("CONFIDENTIAL SECTION 01 OF 03 NORTHTOWN 001234"); 0 when s[i:]
// opens no banner.
func bannerAt(s string, i int) int {
	e := classWordAt(s, i)
	if e == 0 {
		return 0
	}
	j, prev := e, ""
	for n := 0; n < maxBannerWords; n++ {
		w, k := nextWord(s, j)
		if k < 0 || !upperWord(w) && !allDigits(w) || w == "PAGE" || len(w) < 4 && allDigits(w) && prev != "SECTION" && prev != "OF" {
			return 0 // not a banner: a received copy's "UNCLASSIFIED PAGE 01 ..."
		}
		j, prev = k+len(w), w
		if len(w) >= 4 && allDigits(w) {
			if lexicon.BannerLine(s[i:j]) || lexicon.LetterSpaced(s[i:j]) {
				return j
			}
			return 0
		}
	}
	return 0
}

// captionWords are the handling captions that fill a line of their own
// after the banner.
var captionWords = map[string]bool{
	"SIPDIS": true, "NOFORN": true, "SENSITIVE": true, "EXDIS": true, "NODIS": true, "LIMDIS": true, "STADIS": true,
}

// captionAt returns the end of a handling caption at s[i:], 0 if none.
func captionAt(s string, i int) int {
	e := wordEnd(s, i)
	if captionWords[s[i:e]] {
		return e
	}
	return 0
}

// subjectAt reports whether s[i:] opens with the SUBJECT label, and
// where the subject starts. Unless bare, the label needs its colon.
func subjectAt(s string, i int, bare bool) (int, bool) {
	if s[i]|0x20 != 's' {
		return 0, false // the label at the start: SubjectLabel would search an E.O. line
	}
	l, ok := lexicon.SubjectLabel(s[i:min(len(s), i+200)])
	if !ok || l.Start != 0 || l.Punct != ':' && !bare {
		return 0, false
	}
	return i + l.Value, true
}

// tagsAt reports whether s[i:] opens with the TAGS label followed by
// punctuation, or, when bare, by blanks ("E.O. 12958: DECL: X1 TAGS
// PREL").
func tagsAt(s string, i int, bare bool) bool {
	if s[i]|0x20 != 't' {
		return false
	}
	_, ok := lexicon.TagsLabelAt(s[i:min(len(s), i+40)], 0, bare)
	return ok
}

// refAt reports whether s[i:] opens with a REF label and a colon: "REF:",
// "REFS:", "REF(S):", "Reftel:", "REFERENCE:".
func refAt(s string, i int) bool {
	t := s[i:min(len(s), i+16)]
	if len(t) < 4 || !strings.EqualFold(t[:3], "REF") {
		return false
	}
	r := t[3:]
	for _, p := range [...]string{"TELS", "TEL", "ERENCES", "ERENCE", "(S)", "S"} {
		if len(r) >= len(p) && strings.EqualFold(r[:len(p)], p) {
			r = r[len(p):]
			break
		}
	}
	r = strings.TrimLeft(r, " \t")
	return strings.HasPrefix(r, ":")
}

// classifiedByAt reports whether s[i:] opens with "Classified By" (capital
// C; "BY" or "By" or "by"), followed by a colon or a blank.
func classifiedByAt(s string, i int) bool {
	t := s[i:min(len(s), i+16)]
	if !strings.HasPrefix(t, "Classified ") && !strings.HasPrefix(t, "CLASSIFIED ") {
		return false
	}
	r := t[len("Classified "):]
	return len(r) >= 3 && strings.EqualFold(r[:2], "BY") && (r[2] == ':' || isBlank(r[2]))
}

// summaryAt reports whether s[i:] opens a summary: "SUMMARY:", "Summary:",
// "BEGIN SUMMARY", "SUMMARY AND COMMENT".
func summaryAt(s string, i int) bool {
	t := s[i:min(len(s), i+24)]
	switch {
	case strings.HasPrefix(t, "BEGIN SUMMARY"), strings.HasPrefix(t, "SUMMARY AND COMMENT"),
		strings.HasPrefix(t, "Summary and Comment"), strings.HasPrefix(t, "Summary and comment"):
		return true
	case strings.HasPrefix(t, "SUMMARY"), strings.HasPrefix(t, "Summary"):
		r := strings.TrimLeft(t[len("SUMMARY"):], " ")
		return strings.HasPrefix(r, ":") || strings.HasPrefix(r, "--")
	}
	return false
}

// markedParagraphAt reports whether s[i:] opens a paragraph with a
// portion marking and no number: "(C) The minister ...".
func markedParagraphAt(s string, i int) bool {
	if s[i] != '(' {
		return false
	}
	_, rest, ok := marking.CutMarking(s[i:min(len(s), i+40)])
	if !ok || rest == "" || !isBlank(rest[0]) {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	return rest != "" && (isUpper(rest[0]) || rest[0] == '"')
}
