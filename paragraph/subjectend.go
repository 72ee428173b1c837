package paragraph

import (
	"regexp"
	"strings"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/cablemeta/cablemeta/marking"
)

// subjectEndREs find a field or heading run onto a line of the subject,
// glued to it or not; group 1 starts where the subject ends.
var subjectEndREs = [...]*regexp.Regexp{
	// "... IN RIO Ref(s): A) ...", "... AND BP REF: A. MOSCOW 816 ..."
	regexp.MustCompile(`[\s\p{Zs}]((?:REF|Ref)(?:S|s|TELS?|[Tt]els?|\([Ss]\))?[\s\p{Zs}]*:)`),
	// "... TO ASIAREF: A. LIMA 12", `,,""REF: LIMA 174`: a REF label in
	// capitals glued to a capital word or punctuation
	regexp.MustCompile(`[A-Z.,;"')\]…]((?:REF|REFS|REF\(S\)|REFTEL|REFTELS)[\s\p{Zs}]*:)`),
	// "... Classified By: ...", "... LIMAClassified By: ..."
	regexp.MustCompile(`(?:^|[\s\p{Zs}.,;:"')\]…])((?:Classified|CLASSIFIED)[\s\p{Zs}]+(?:By|BY|by)\b)`),
	regexp.MustCompile(`[A-Za-z](Classified[\s\p{Zs}]+(?:By|BY|by)\b)`),
	// the SBU caption, misspelt ("SENSTIVE BUT UNCLASSIFIED") or cut
	// ("Sensitive but" ending the line)
	regexp.MustCompile(`[\s\p{Zs}]((?i:sens[a-z]*[\s\p{Zs}]+but[\s\p{Zs}]+unclas[a-z]*))`),
	regexp.MustCompile(`[\s\p{Zs}]((?i:sensitive[\s\p{Zs}]+but)[\s\p{Zs}]*$)`),
	// a letter-spaced banner, "...C O N F I D E N T I A L LIMA 001967"
	regexp.MustCompile(`(C O N F I D E N T I A L|S E C R E T|U N C L A S)\b`),
	// a dashed heading or underline, "---- Next Steps ----"
	regexp.MustCompile(`(?:^|[\s\p{Zs}])(-{4,})`),
	// the declassification part of an E.O. line, "DECL: 03/14/2019"
	regexp.MustCompile(`[\s\p{Zs}](DECL[\s\p{Zs}]*:)`),
}

// mayEndSubjectAt: every match of subjectEndREs holds one of these
// words (the patterns have no literal prefix).
func mayEndSubjectAt(s string) bool {
	for _, w := range [...]string{"REF", "Ref", "lassified", "LASSIFIED", "C O N F", "S E C R E T", "U N C L A S", "----", "DECL"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return textutil.IndexFold(s, "but") >= 0 // the SBU caption, in any case
}

// subjectEnd returns the offset in t, one line of a subject, where a field
// or heading run onto it begins, or -1: a REF label, Classified By, the
// SBU caption, a banner, an E.O. line, a TAGS label, a dashed heading or
// paragraph 1 with its portion marking ("... STUDENTS 1.(SBU) ..."). next
// is the next line after t that is not blank: a trailing "CLASSIFIED"
// ends the subject when it starts with "BY".
func subjectEnd(t, next string) int {
	end := -1
	if mayEndSubjectAt(t) {
		for _, re := range subjectEndREs {
			if m := re.FindStringSubmatchIndex(t); m != nil && (end < 0 || m[2] < end) {
				end = m[2]
			}
		}
	}
	for k := 1; k < len(t) && (end < 0 || k < end); k++ {
		if t[k-1] != ' ' && t[k-1] != '\t' {
			continue
		}
		if c := t[k]; (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			continue
		}
		if fieldAt(t[k:]) {
			end = k
			break
		}
	}
	if end < 0 && strings.HasSuffix(t, " CLASSIFIED") && textutil.HasPrefixFold(strings.TrimSpace(next), "BY") {
		end = len(t) - len("CLASSIFIED") // "CLASSIFIED" + "BY: ..." on the next line
	}
	return end
}

// fieldAt reports whether s, the rest of a subject line from the start of
// a word, opens a preamble field or paragraph 1: a banner with origin and
// serial ("UNCLAS SECTION 01 OF 03 LIMA 000329 ..."), an E.O. line with
// its DECL part, a TAGS label with a colon, or "1." with a portion
// marking.
func fieldAt(s string) bool {
	switch {
	case s[0] >= '0' && s[0] <= '9':
		p, ok := lexicon.ParagraphNumber(s)
		if !ok || !p.One() {
			return false
		}
		_, _, marked := marking.CutMarking(s[p.Text:])
		return marked
	case lexicon.BannerStart(s):
		b, ok := classification.ParseBanner(s)
		return ok && b.Serial != ""
	case s[0] == 'E' && lexicon.EOLine(s):
		head := s[:min(len(s), 40)]
		return strings.Contains(head, "DECL") || strings.Contains(head, "N/A")
	}
	l, ok := lexicon.TagsLabelAt(s, 0, false)
	return ok && l.Punct == ':'
}

// romanPartRE is a roman-numeral part heading, "II. BACKGROUND".
var romanPartRE = regexp.MustCompile(`^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)[.)][\s\p{Zs}]+[A-Z]`)

// passingLineRE is a passing instruction on a line of its own, "FOR THE
// AMBASSADOR FROM THE SECRETARY", "PASS TO USTR FROM EMBASSY".
var passingLineRE = regexp.MustCompile(`^(?:FOR|PASS TO|PLEASE PASS TO)\s[A-Z0-9 ,./'&-]{2,60}\sFROM\s[A-Z0-9 ,./'&-]{2,60}$`)

// endsSubjectWrap reports whether the trimmed line t is no continuation
// of a wrapped subject although endsSubject lets it be: a roman-numeral
// part or a passing instruction.
func endsSubjectWrap(t string) bool {
	return romanPartRE.MatchString(t) || passingLineRE.MatchString(t)
}
