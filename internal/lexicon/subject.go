package lexicon

import (
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// SubjectLabel recognises a subject label at the start of the trimmed line
// s: "SUBJECT:", "Subject :", "SUBJ:", "UBJECT:" (its first letter lost),
// or "SUBJECT" and "SUBJ" in capitals followed by a blank and the subject
// (not "SUBJECT LINE", not "SUBJECT TO"). On a line that opens with the
// E.O. or TAGS label it finds a "Subject:" run onto the same line. The
// label's Punct is ':' when a colon follows it.
func SubjectLabel(s string) (Label, bool) {
	if len(s) < 5 {
		return Label{}, false
	}
	c := s[0] | 0x20
	if c == 's' || c == 'u' {
		for _, p := range [...]string{"SUBJECT", "SUBJ", "UBJECT"} {
			if !textutil.HasPrefixFold(s, p) {
				continue
			}
			r := s[len(p):]
			t := textutil.TrimBlanksLeft(r)
			v := len(s) - len(t) // where t starts in s
			if strings.HasPrefix(t, ":") {
				return Label{End: len(p), Value: v + 1, Punct: ':'}, true
			}
			// no colon: upper-case label followed by a blank and the subject
			if s[:len(p)] == p && p != "UBJECT" && len(t) < len(r) && t != "" && !textutil.HasPrefixFold(t, "LINE") &&
				!textutil.HasPrefixFold(t, "TO ") && startsSubjectText(t) {
				return Label{End: len(p), Value: v}, true
			}
			return Label{}, false
		}
		return Label{}, false
	}
	// "E.o. 12958: decl: ... Tags: prel, pgov Subject: turkish p.m. ..."
	if textutil.HasPrefixFold(s, "E.O") || textutil.HasPrefixFold(s, "EO ") || textutil.HasPrefixFold(s, "TAGS") {
		for _, p := range [...]string{"Subject:", "SUBJECT:", "SUBJ:", "subject:"} {
			if k := strings.Index(s, p); k > 0 && s[k-1] == ' ' {
				return Label{Start: k, End: k + len(p) - 1, Value: k + len(p), Punct: ':'}, true
			}
		}
	}
	return Label{}, false
}

// startsSubjectText reports whether s can begin a subject: a capital
// letter, digit, quote or parenthesis, or a non-ASCII character.
func startsSubjectText(s string) bool {
	c := s[0]
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '"' || c == '(' || c == '\'' || c >= 0x80
}

// SubjectLine reports whether the trimmed line s opens with a subject
// label (SubjectLabel).
func SubjectLine(s string) bool {
	_, ok := SubjectLabel(s)
	return ok
}
