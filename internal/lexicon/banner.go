package lexicon

import (
	"regexp"
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// classLines are the lines ClassificationLine accepts, in any case.
var classLines = [...]string{"CONFIDENTIAL", "SECRET", "UNCLASSIFIED", "UNCLAS", "LIMITED OFFICIAL USE", "TOP SECRET",
	"C O N F I D E N T I A L", "S E C R E T", "U N C L A S S I F I E D", "CONFIDENTIAL NOFORN", "SECRET NOFORN"}

// ClassificationLine reports whether s, trimmed, is a bare classification
// line, as printed around a received copy's page breaks and at the end of
// older cables: "CONFIDENTIAL", "S E C R E T", "SECRET NOFORN", in any case.
func ClassificationLine(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < len("SECRET") || len(t) > 2*len("U N C L A S S I F I E D") {
		return false // most lines, without a case-folding pass (the bound leaves room for non-ASCII folds)
	}
	for _, w := range classLines {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// BannerStart reports whether the trimmed line t starts like a
// classification banner, in capitals: "CONFIDENTIAL", "C O N F I D E N T I
// A L", "SECRET", "S E C R E T", "UNCLAS", "UNCLASSIFIED", "U N C L A S",
// "TOP SECRET", "T O P", "LIMITED OFFICIAL". What follows (section,
// origin, serial) is not looked at.
func BannerStart(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case 'C':
		return strings.HasPrefix(t, "C O N") || strings.HasPrefix(t, "CONFIDENTIAL")
	case 'S':
		return strings.HasPrefix(t, "S E C") || strings.HasPrefix(t, "SECRET")
	case 'U':
		return strings.HasPrefix(t, "U N C") || strings.HasPrefix(t, "UNCLAS") // and UNCLASSIFIED
	case 'T':
		return strings.HasPrefix(t, "T O P") || strings.HasPrefix(t, "TOP SECRET")
	case 'L':
		return strings.HasPrefix(t, "LIMITED OFFICIAL")
	}
	return false
}

// bannerSerialRE is a banner with a classification in any case, maybe
// letter-spaced, and a serial of four or more digits at the end of the
// line: "S e c r e t nairobi 001938".
var bannerSerialRE = regexp.MustCompile(`(?i)^[ \t]*(?:s ?e ?c ?r ?e ?t|c ?o ?n ?f ?i ?d ?e ?n ?t ?i ?a ?l|u ?n ?c ?l ?a ?s(?: ?s ?i ?f ?i ?e ?d)?|limited official use)\b.*\b\d{4,}[ \t]*$`)

// BannerLine reports whether s is the banner line of a cable header, first
// or repeated: a letter-spaced classification in any case ("S e c r e t
// ..."), or a classification followed by an origin and a serial of four or
// more digits at the end ("CONFIDENTIAL NAIROBI 001938").
func BannerLine(s string) bool {
	t := textutil.TrimBlanksLeft(s)
	if t == "" {
		return false
	}
	switch t[0] | 0x20 {
	case 'c', 'l', 's', 'u':
	default:
		if !strings.HasPrefix(t, "ſ") { // (?i) folds U+017F to s
			return false
		}
	}
	if textutil.HasPrefixFold(t, "c o n f i d e n t i a l") || textutil.HasPrefixFold(t, "s e c r e t ") || textutil.HasPrefixFold(t, "u n c l a s") {
		return true
	}
	e := len(s)
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '\t') {
		e--
	}
	d := 0
	for d < e && isDigit(s[e-1-d]) {
		d++
	}
	if d < 4 {
		return false
	}
	return bannerSerialRE.MatchString(s)
}
