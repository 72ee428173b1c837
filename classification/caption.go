package classification

import "strings"

// CaptionKind is the kind of a caption or handling line.
type CaptionKind string

// Caption kinds.
const (
	CaptionSIPDIS        CaptionKind = "sipdis"         // SIPRNet distribution
	CaptionNOFORN        CaptionKind = "noforn"         // not releasable to foreign nationals
	CaptionSensitive     CaptionKind = "sensitive"      // SENSITIVE: marks SBU unclassified cables
	CaptionSBU           CaptionKind = "sbu"            // SBU, SENSITIVE BUT UNCLASSIFIED
	CaptionFOUO          CaptionKind = "fouo"           // FOUO, FOR OFFICIAL USE ONLY
	CaptionEXDIS         CaptionKind = "exdis"          // exclusive distribution
	CaptionNODIS         CaptionKind = "nodis"          // no distribution
	CaptionLIMDIS        CaptionKind = "limdis"         // limited distribution
	CaptionSTADIS        CaptionKind = "stadis"         // State distribution only
	CaptionSPECAT        CaptionKind = "specat"         // special category
	CaptionEFTO          CaptionKind = "efto"           // encrypt for transmission only
	CaptionCorrectedCopy CaptionKind = "corrected-copy" // "C O R R E C T E D  C O P Y ..."
	CaptionPassing       CaptionKind = "passing"        // passing / attention text: "DEPT FOR WHA/BSC"
)

// Caption is one caption or handling line (or part of one) found between
// the banner and the E.O. line.
type Caption struct {
	Kind CaptionKind `json:"kind"`
	Text string      `json:"text"`           // as written
	Line int         `json:"line,omitempty"` // line number (0 if unknown)
}

var captionWords = map[string]CaptionKind{
	"SIPDIS": CaptionSIPDIS, "NOFORN": CaptionNOFORN, "SENSITIVE": CaptionSensitive,
	"SBU": CaptionSBU, "FOUO": CaptionFOUO, "EXDIS": CaptionEXDIS, "NODIS": CaptionNODIS,
	"LIMDIS": CaptionLIMDIS, "STADIS": CaptionSTADIS, "SPECAT": CaptionSPECAT, "EFTO": CaptionEFTO,
}

// captionPhrases are multi-word captions, as upper-case word lists.
var captionPhrases = [...]struct {
	words []string
	kind  CaptionKind
}{
	{[]string{"SENSITIVE", "BUT", "UNCLASSIFIED"}, CaptionSBU},
	{[]string{"FOR", "OFFICIAL", "USE", "ONLY"}, CaptionFOUO},
}

// ParseCaptionLine splits one line between banner and E.O. into captions:
// "SIPDIS", "NOFORN SIPDIS", "SIPDIS SENSITIVE", "SENSITIVE BUT
// UNCLASSIFIED", corrected-copy notes, and passing text ("DEPT FOR
// WHA/BSC"), which is kept whole as a [CaptionPassing] caption. Caption
// words are matched case-insensitively ("Sipdis"). Blank and dash-only lines
// yield nil.
func ParseCaptionLine(s string) []Caption {
	return appendCaptions(nil, s)
}

// appendCaptions appends the captions of line s to out (ParseCaptionLine),
// so that Parse collects them with no slice per line.
func appendCaptions(out []Caption, s string) []Caption {
	s = strings.TrimSpace(trimLineEnd(s))
	if onlyDashes(s) {
		return out
	}
	if (strings.IndexByte(s, 'Y') >= 0 || strings.IndexByte(s, 'y') >= 0) && hasCorrectedCopy(s) {
		return append(out, Caption{Kind: CaptionCorrectedCopy, Text: s})
	}
	rest := s
	for rest != "" {
		if k, n, ok := matchPhrase(rest); ok {
			out = append(out, Caption{Kind: k, Text: strings.TrimRight(rest[:n], captionEnd)})
			rest = strings.TrimLeft(rest[n:], captionSeps)
			continue
		}
		w, after := nextWord(rest)
		w = trimWordEnd(w)
		k, ok := captionWord(w)
		if !ok {
			break
		}
		out = append(out, Caption{Kind: k, Text: w})
		rest = strings.TrimLeft(after, captionSeps)
	}
	if rest != "" {
		out = append(out, Caption{Kind: CaptionPassing, Text: rest})
	}
	return out
}

// onlyDashes reports whether s holds only dashes and spaces
// (strings.Trim(s, "- ") == "").
func onlyDashes(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '-' && s[i] != ' ' {
			return false
		}
	}
	return true
}

// trimWordEnd drops the trailing punctuation ".,;:" of a word
// (strings.TrimRight(w, ".,;:") without building its byte set).
func trimWordEnd(w string) string {
	for len(w) > 0 {
		switch w[len(w)-1] {
		case '.', ',', ';', ':':
			w = w[:len(w)-1]
		default:
			return w
		}
	}
	return w
}

// maxCaptionWord is the length of the longest key of captionWords.
const maxCaptionWord = len("SENSITIVE")

// captionWord looks w up in captionWords upper-cased, as
// captionWords[strings.ToUpper(w)] does; an ASCII word is upper-cased in
// a stack buffer, and one too long for any key or with a first letter no
// key has is not looked up.
func captionWord(w string) (CaptionKind, bool) {
	var buf [maxCaptionWord]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			k, ok := captionWords[strings.ToUpper(w)] // 'ſ' upper-cases to 'S'
			return k, ok
		}
		if i == len(buf) {
			return "", false
		}
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		buf[i] = c
	}
	if len(w) == 0 || !captionInitials[buf[0]] {
		return "", false // most words of passing text: no map lookup
	}
	k, ok := captionWords[string(buf[:len(w)])]
	return k, ok
}

// captionInitials marks the first letters of the keys of captionWords.
var captionInitials = func() (t [256]bool) {
	for k := range captionWords {
		t[k[0]] = true
	}
	return t
}()

// nextWord returns the first space-separated word of s and the rest.
func nextWord(s string) (string, string) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	s = s[i:]
	for i = 0; i < len(s); i++ {
		if s[i] == ' ' || s[i] == '\t' {
			return s[:i], s[i:]
		}
	}
	return s, ""
}

// matchPhrase matches a caption phrase at the start of s and returns its
// kind and byte length. The phrases start with "SENSITIVE" and "FOR",
// compared with strings.EqualFold, under which only 's', 'S', 'ſ' (first
// byte 0xC5) and 'f', 'F' match their first letters: other words are
// ruled out by their first byte.
func matchPhrase(s string) (CaptionKind, int, bool) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i == len(s) {
		return "", 0, false
	}
	if c := s[i]; c|0x20 != 's' && c|0x20 != 'f' && c != 0xC5 {
		return "", 0, false
	}
	return phraseAt(s, nextWord, trimWordEnd)
}

// phraseAt matches the caption phrases at the start of s, reading words
// with next and trimming their end punctuation with trim, and returns the
// kind and length of the first that matches.
func phraseAt(s string, next func(string) (word, rest string), trim func(string) string) (CaptionKind, int, bool) {
	for _, p := range captionPhrases {
		rest, n, ok := s, 0, true
		for _, pw := range p.words {
			w, after := next(rest)
			if !strings.EqualFold(trim(w), pw) {
				ok = false
				break
			}
			n += len(rest) - len(after)
			rest = after
		}
		if ok {
			return p.kind, n, true
		}
	}
	return "", 0, false
}
