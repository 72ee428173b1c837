package paragraph

import (
	"github.com/cablemeta/cablemeta/internal/textutil"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/internal/lexicon"
)

// signerInfo is what the signer parser found at the end of a body.
type signerInfo struct {
	names []string
	// contentEnd is the index (in the line slice) after the last line of
	// cable text: the signer line and trailing junk are excluded. When the
	// signer ends a text line, that line is included and cut holds the
	// length of its text before the signer.
	contentEnd int
	cut        int // byte length of ls[contentEnd-1] to keep; -1 = all
	line       int // line number of the signer, 0 if none
}

// ParseSigners returns the surnames of the signers at the end of a cable
// body, upper case, in order: ["RANDT"], ["TIMKEN JR"], ["GREEN", "REID"].
// Trailing classification footers, NNNN, "End Cable Text", NARA review
// lines, received-copy page headers, post web-site footers and WikiLeaks
// debris after the signature are skipped. It returns nil when the body
// does not end with a signature (a truncated body, for instance).
func ParseSigners(text string) []string {
	return parseSigners(cleanLines(splitLines(normalizeInput(text), 1))).names
}

// maxTrailingJunk bounds the lines of footer debris skipped after a signer.
const maxTrailingJunk = 40

var (
	naraReviewRE = guardedRE{regexp.MustCompile(`^(?:Review|REVIEW)\s+\d{1,2}\s+[A-Z]{3}\s+\d{4}$`), startsWithByte("Rr")}
	ssnLineRE    = guardedRE{regexp.MustCompile(`^#?\d{1,5}$|^GP-\d$|^BT$|^ZZ$|^X{3,}$|^x{3,}$|^(?:\.\.\.|…)$`), mayBeSerialLine}
	// addressee and DTG lines of a header block printed after the text
	headerLineRE = guardedRE{regexp.MustCompile(`^(?:R[A-Z]{3,7}/(?:AMEMBASSY|AMCONSUL|SECSTATE|SECDEF|USMISSION|USDEL|CDR|CJCS|DIA|CIA|NSC|HQ|JOINT|DEPT|USEU|USNATO|AIT|[A-Z ]+(?:WASHDC|WASHINGTON|COLLECTIVE|POSTS))|(?:FM|TO|INFO|XMT) [A-Z]|[A-Z]{1,2}(?:\s+[A-Z])?\s+\d{6}Z\s+[A-Z]{3}\s+\d{2,4}$|Telegram)`), mayBeHeaderLine}
	// debris after a signature on its line: "STEVENS 0 12/23/2007 .", "RICE NNNN", "CHACON ..."
	signerDebrisRE = guardedRE{regexp.MustCompile(`(?:\s+0?\s*\d{1,2}/\d{1,2}/\d{4}|\s+NNNN|\s*\.\.\.|\s*…|\s+\\[a-z])\s*\.?$`), mayHaveSignerDebris}
	// "SENTENCE.  EAGLETON": a signer run onto the last text line
	tailSignerRE = regexp.MustCompile(`[.!?"')”*]\s*([A-Z][A-Z'’\-]+(?:\s[A-Z][A-Z'’\-]+)?|[A-Z][a-z'’\-]+[a-z])\s*\.?$`)
)

// junkLine reports whether t (trimmed) is debris that may follow the
// signature: footers, classification lines, end markers, page headers.
func junkLine(t string) bool {
	if t == "" || isDashRun(t) || lexicon.ClassificationLine(t) {
		return true
	}
	if len(t) > 300 && textutil.HasPrefixFold(t, "SENSITIVE BUT") {
		return false // the caption with a flattened cable's text after it: "Sensitive but Unclassified. Please ... SMITH"
	}
	if isASCII(t) {
		if junkWordsASCII(t) {
			return true
		}
	} else if junkWords(t) {
		return true
	}
	if lexicon.ClassificationLine(strings.TrimRight(t, " .")) || isPageBreak(t) {
		return true
	}
	if len(t) > 120 {
		return false // footers and header lines are short
	}
	return naraReviewRE.MatchString(t) || ssnLineRE.MatchString(t) || headerLineRE.MatchString(t) || securityLine(t)
}

// securityLine reports whether t is the security line of a header printed
// again after the text, "ZNY CCCCC ZZH", "ZNR UUUUU": ZNY or ZNR, a blank
// and five times the same capital.
func securityLine(t string) bool {
	if len(t) < 9 || (!strings.HasPrefix(t, "ZNY ") && !strings.HasPrefix(t, "ZNR ")) {
		return false
	}
	c := t[4]
	return c >= 'A' && c <= 'Z' && t[4:9] == strings.Repeat(string(c), 5) && (len(t) == 9 || t[9] == ' ')
}

// Footer and end-marker words of junkLine, upper case: a line that is one
// of junkExact, starts with one of junkPrefixes or holds one of
// junkInside, after leading quotes and blanks, in any case.
var (
	junkExact    = [...]string{"", "NNNN", "END CABLE TEXT", "END OF CABLE", "SIPDIS", "NOFORN", ">", "\"", "SENSITIVE", "BT", "#", "##", "."}
	junkPrefixes = [...]string{"VISIT ", "PLEASE VISIT", "HTTP", "WWW.", "(HTTP", "YOU CAN ALSO ACCESS", "OR ACCESS THE SITE",
		"STATE DEPARTMENT'S CLASSIFIED", "STATE DEPARTMENT’S CLASSIFIED", "DECLASSIFIED/RELEASED", "NOTE BY OC/T",
		"SELECT * FROM", "</", "<", "END CABLE", "PAGE 0", "PAGE 1", "COPY FROM THE NATIONAL ARCHIVES", "ORIGINAL TELEGRAM WAS", "SENSITIVE BUT UNCLASSIFIED", "********"}
	junkInside = [...]string{"CABLE ENDS", "SGOV.GOV", "INTELINK", " - CLASSIFICATION:", "SIPRNET", "GOV.GOV", "PORTAL:"}
	// junkInsideLower is junkInside in lower case, for textutil.IndexFold.
	junkInsideLower = func() (l [len(junkInside)]string) {
		for i, w := range junkInside {
			l[i] = strings.ToLower(w)
		}
		return l
	}()
)

// junkWords reports whether t holds a footer or end-marker word of
// junkLine, upper-casing it (in Unicode: "ſipdis" is "SIPDIS").
func junkWords(t string) bool {
	u := strings.ToUpper(strings.TrimLeft(t, "\"“ "))
	for _, w := range junkExact {
		if u == w {
			return true
		}
	}
	for _, p := range junkPrefixes {
		if strings.HasPrefix(u, p) {
			return true
		}
	}
	for _, w := range junkInside {
		if strings.Contains(u, w) {
			return true
		}
	}
	return false
}

// junkWordsASCII is junkWords for an ASCII t, whose upper case is that of
// its ASCII letters: the words are compared ignoring ASCII case, without
// an upper-cased copy.
func junkWordsASCII(t string) bool {
	t = strings.TrimLeft(t, "\" ")
	for _, w := range junkExact {
		if len(t) == len(w) && textutil.HasPrefixFold(t, w) {
			return true
		}
	}
	for _, p := range junkPrefixes {
		if textutil.HasPrefixFold(t, p) {
			return true
		}
	}
	for _, w := range junkInsideLower {
		if containsFold(t, w) {
			return true
		}
	}
	return false
}

// parseSigners finds the signature at the end of ls.
func parseSigners(ls []line) signerInfo {
	end := len(ls)
	junk := 0
	for end > 0 && junk < maxTrailingJunk && junkLine(strings.TrimSpace(ls[end-1].text)) {
		end--
		if !ls[end].blank() {
			junk++
		}
	}
	info := signerInfo{contentEnd: end, cut: -1}
	if end < len(ls) {
		if name, ok := footerSigner(ls[end].text); ok {
			info.names = name
			info.line = ls[end].num
			return info
		}
	}
	if end == 0 {
		return info
	}
	l := ls[end-1]
	t := strings.TrimSpace(l.text)
	d := max(0, len(t)-40) // debris sits at the end of the line
	for d > 0 && !utf8.RuneStart(t[d]) {
		d--
	}
	if m := signerDebrisRE.FindStringIndex(t[d:]); m != nil {
		t = t[:d+m[0]]
	}
	if names, ok := signerLine(t); ok && !continuesText(ls, end-1) {
		info.names = names
		info.line = l.num
		info.contentEnd = end - 1
		return info
	}
	// only the end of the line can hold a signer: search its last 80 bytes
	w := max(0, len(t)-80)
	for w > 0 && !utf8.RuneStart(t[w]) {
		w--
	}
	if m := tailSignerRE.FindStringSubmatchIndex(t[w:]); m != nil {
		a, z := w+m[2], w+m[3]
		name := t[a:z]
		if names, ok := signerLine(name); ok && (lexicon.UpperText(name) || !lexicon.UpperText(t[:a])) {
			info.names = names
			info.line = l.num
			// t is l.text without leading blanks (and maybe without
			// debris at its end): a is an offset in t
			info.cut = len(l.text) - len(strings.TrimLeftFunc(l.text, unicode.IsSpace)) + a
			return info
		}
	}
	return info
}

// signerStop are upper-case words that end cable text but are no names.
var signerStop = map[string]bool{
	"END": true, "COMMENT": true, "SUMMARY": true, "UNQUOTE": true, "QUOTE": true, "REGARDS": true,
	"TEXT": true, "NOTE": true, "ENDS": true, "CONFIDENTIAL": true, "SECRET": true, "UNCLASSIFIED": true,
	"UNCLAS": true, "SIPDIS": true, "NOFORN": true, "SENSITIVE": true, "NNNN": true, "THANKS": true,
	"CONSIDERED": true, "MINIMIZE": true, "PARA": true, "REFTEL": true, "SEPTEL": true, "AND": true,
	"THE": true, "OF": true, "FOR": true, "TO": true, "IN": true, "ON": true, "NOT": true, "YES": true, "NO": true,
	"OK": true, "US": true, "USG": true, "GOI": true, "EXDIS": true, "NODIS": true, "LIMDIS": true, "BEST": true,
	"DRAFTED": true, "CLEARED": true, "APPROVED": true, "ACTION": true, "INFO": true, "STATE": true,
	"TEL": true, "SEE": true, "POST": true, "BELOW": true, "ABOVE": true, "FYI": true, "EMBASSY": true, "AMEMBASSY": true,
}

// signerTitles are titles written before the signer's name ("CDA Griffiths").
var signerTitles = map[string]bool{
	"CDA": true, "AMB": true, "AMB.": true, "AMBASSADOR": true, "CHARGE": true, "CHARGÉ": true, "DCM": true,
	"MR.": true, "MS.": true, "DR.": true, "ACTING": true, "A/DCM": true,
}

// nameParticles join the next word of a surname: "DE PREE", "VAN VOORST".
var nameParticles = map[string]bool{
	"DE": true, "DI": true, "DA": true, "DU": true, "DEL": true, "DELLA": true, "VAN": true, "VON": true,
	"DER": true, "DEN": true, "LA": true, "LE": true, "MC": true, "MAC": true, "ST": true, "ST.": true,
	"AL": true, "EL": true, "BIN": true, "TEN": true, "TER": true,
}

// nameSuffixes follow a surname: "TIMKEN JR".
var nameSuffixes = map[string]bool{"JR": true, "JR.": true, "SR": true, "SR.": true, "II": true, "III": true, "IV": true}

// signerLine reports whether t is a signature line and returns the signers.
func signerLine(t string) ([]string, bool) {
	t = strings.TrimRight(strings.TrimSpace(t), "# ") // an end-of-message mark: "JONES #", "JONES##"
	t = strings.TrimSpace(strings.TrimSuffix(t, " ."))
	if t == "" || len(t) > 40 {
		return nil, false
	}
	fields := strings.Fields(t)
	for len(fields) > 1 && signerTitles[strings.ToUpper(fields[0])] {
		fields = fields[1:]
	}
	if len(fields) == 0 || len(fields) > 3 {
		return nil, false
	}
	upper := true
	for _, f := range fields {
		if !nameWord(f) {
			return nil, false
		}
		u := strings.ToUpper(f)
		if signerStop[strings.TrimRight(u, ".,")] && !(len(fields) > 1 && nameSuffixes[u]) {
			return nil, false
		}
		if !lexicon.UpperText(f) {
			upper = false
		}
	}
	if !upper {
		// title case: every word capitalised except particles ("van Voorst")
		caps := 0
		for _, f := range fields {
			r := []rune(f)
			if unicode.IsUpper(r[0]) {
				caps++
			} else if !nameParticles[strings.ToUpper(f)] {
				return nil, false
			}
		}
		if caps == 0 {
			return nil, false
		}
	}
	for i, f := range fields {
		fields[i] = strings.ToUpper(strings.TrimRight(f, ","))
	}
	// end-of-message debris on the last word: "BLAKE.", "SMITH..", "JONES#"
	// (an initial keeps its period: "JOHN A.")
	if last := fields[len(fields)-1]; len(strings.TrimRight(last, ".#")) > 1 && !nameSuffixes[last] {
		fields[len(fields)-1] = strings.TrimRight(last, ".#")
	}
	if strings.Trim(fields[0], "X") == "" {
		return nil, false // redaction "XXXXXXXXXXXX"
	}
	switch {
	case len(fields) == 1:
		return fields, true
	case len(fields) == 2 && fields[0] == fields[1]:
		return fields[:1], true // "BRUSH BRUSH"
	case nameSuffixes[fields[len(fields)-1]], nameParticles[fields[0]]:
		return []string{strings.Join(fields, " ")}, true
	case len(fields) == 2 && len(fields[0]) > 2 && len(fields[1]) > 2:
		return fields, true // two signers: "GREEN REID"
	}
	return []string{strings.Join(fields, " ")}, true
}

// nameWord reports whether f looks like (part of) a surname.
func nameWord(f string) bool {
	letters := 0
	for i, r := range f {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '\'' || r == '’' || r == '-':
			if i == 0 {
				return false
			}
		case r == '.' || r == ',':
			if i == 0 {
				return false
			}
		default:
			return false
		}
	}
	return letters >= 2 || (letters == 1 && len(f) <= 2 && strings.HasSuffix(f, "."))
}

// footerSigner reads a signer glued to the end of a post web-site footer:
// "Visit London's Classified Website: http://.../index. cfm Tuttle".
func footerSigner(s string) ([]string, bool) {
	t := strings.TrimSpace(s)
	u := strings.ToUpper(strings.TrimLeft(t, "\"“ "))
	if !strings.HasPrefix(u, "VISIT ") && !strings.HasPrefix(u, "PLEASE VISIT") {
		return nil, false
	}
	k := strings.LastIndexByte(t, ' ')
	if k < 0 {
		return nil, false
	}
	last := t[k+1:]
	if strings.ContainsAny(last, "/.:") || strings.ContainsAny(t[:k], " ") == false {
		return nil, false
	}
	prev := t[:k]
	if !strings.Contains(prev, "http") && !strings.Contains(prev, "www") {
		return nil, false
	}
	return signerLine(last)
}

// continuesText reports whether ls[i], a last line in mixed case, is a
// word cut off by a truncated copy rather than a signature ("... reports
// directly to the Legislative" + "Assembl"): the line above it, directly
// above, stops in mid-sentence on a lower-case word, and the text holds a
// longer word that starts with it ("Assembly"). A signer in capitals is a
// signer wherever it stands.
func continuesText(ls []line, i int) bool {
	w := strings.TrimSpace(ls[i].text)
	if i == 0 || ls[i-1].blank() || lexicon.UpperText(w) || strings.ContainsAny(w, " \t") {
		return false
	}
	prev := strings.TrimSpace(ls[i-1].text)
	if c := prev[len(prev)-1]; c < 'a' || c > 'z' || junkLine(prev) {
		return false
	}
	for _, l := range ls[:i] {
		t := l.text
		for k := indexFold(t, w); k >= 0; {
			if e := k + len(w); e < len(t) && isLetter(t[e]) && (k == 0 || !isLetter(t[k-1])) {
				return true
			}
			n := indexFold(t[k+1:], w)
			if n < 0 {
				break
			}
			k += 1 + n
		}
	}
	return false
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
