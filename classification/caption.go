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
	s = strings.TrimSpace(trimLineEnd(s))
	if strings.Trim(s, "- ") == "" {
		return nil
	}
	if (strings.IndexByte(s, 'Y') >= 0 || strings.IndexByte(s, 'y') >= 0) && strings.Contains(squeezeUpper(s), "CORRECTEDCOPY") {
		return []Caption{{Kind: CaptionCorrectedCopy, Text: s}}
	}
	var out []Caption
	rest := s
	for rest != "" {
		w, after := nextWord(rest)
		uw := strings.ToUpper(strings.TrimRight(w, ".,;:"))
		if k, n, ok := matchPhrase(rest); ok {
			out = append(out, Caption{Kind: k, Text: strings.TrimRight(rest[:n], ".,;: ")})
			rest = strings.TrimLeft(rest[n:], " ,;:\t")
			continue
		}
		k, ok := captionWords[uw]
		if !ok {
			break
		}
		out = append(out, Caption{Kind: k, Text: strings.TrimRight(w, ".,;:")})
		rest = strings.TrimLeft(after, " ,;:\t")
	}
	if rest != "" {
		out = append(out, Caption{Kind: CaptionPassing, Text: rest})
	}
	return out
}

// nextWord returns the first space-separated word of s and the rest.
func nextWord(s string) (string, string) {
	s = strings.TrimLeft(s, " \t")
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// matchPhrase matches a caption phrase at the start of s and returns its
// kind and byte length.
func matchPhrase(s string) (CaptionKind, int, bool) {
	for _, p := range captionPhrases {
		rest, n, ok := s, 0, true
		for _, pw := range p.words {
			w, after := nextWord(rest)
			if !strings.EqualFold(strings.TrimRight(w, ".,;:"), pw) {
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
