package classification

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/cablemeta/cablemeta/marking"
)

// Banner is the classification line that opens a cable body:
// "<CLASS>[//CAVEATS] [SECTION nn OF mm ]<ORIGIN> <SERIAL>".
type Banner struct {
	// Raw is the line as given (trimmed).
	Raw string `json:"raw"`
	// Level is the classification level.
	Level marking.Level `json:"level"`
	// Caveats are the controls written on the banner itself, normalised:
	// "NOFORN" (for //NOFORN, //NF), "EFTO", "FOUO", "FGI", "MR", "REL ...".
	Caveats []string `json:"caveats,omitempty"`
	// Section is set for multi-section telegrams ("SECTION 01 OF 03").
	Section *Section `json:"section,omitempty"`
	// Origin is the originating post as written, spaces kept
	// ("SAN SALVADOR", "CAPE TOWN", "state", "XXXXXXXXXXXX").
	Origin string `json:"origin,omitempty"`
	// Serial is the telegram serial as written ("006403", "2069").
	Serial string `json:"serial,omitempty"`
	// SerialNumber is Serial as an integer.
	SerialNumber int `json:"serial_number,omitempty"`
	// Tail is what runs on after the serial on the same line: captions,
	// passing lines, even the E.O. line ("SIPDIS NOFORN").
	Tail string `json:"tail,omitempty"`
	// Garbled is set when the classification word was repaired
	// ("SS E C R E T", "C ONFIDENTIAL", "O N F I D E N T I A L").
	Garbled bool `json:"garbled,omitempty"`
	// Spaced is set when the word is written letter by letter ("S E C R E T").
	Spaced bool `json:"spaced,omitempty"`
}

// Section is the "SECTION n OF m" part of a banner.
type Section struct {
	Number int `json:"number"`
	Total  int `json:"total"`
}

// classWords are the banner classification words, space-free, longest
// first where one is a prefix of another.
var classWords = [...]struct {
	word  string
	level marking.Level
	cut   bool // a truncated spelling (first letter lost)
}{
	{"UNCLASSIFIED", marking.Unclassified, false},
	{"UNCLAS", marking.Unclassified, false},
	{"CONFIDENTIAL", marking.Confidential, false},
	{"TOPSECRET", marking.TopSecret, false},
	{"SECRET", marking.Secret, false},
	{"LIMITEDOFFICIALUSE", marking.LimitedOfficialUse, false},
	{"ONFIDENTIAL", marking.Confidential, true},
	{"ECRET", marking.Secret, true},
	{"NCLASSIFIED", marking.Unclassified, true},
}

// classHit is a classification word found at the start of a line.
type classHit struct {
	level   marking.Level
	end     int  // byte offset in the line just after the word
	garbled bool // stray letters before it, or its first letter lost
	spaced  bool // written letter by letter
}

// cutClass finds a classification word at the start of s (after spaces
// and tabs), tolerating letter spacing, one or two stray leading letters
// ("SS E C R E T", "CSE C R E T", "UUNCLAS") and a lost first letter
// ("O N F I D E N T I A L"). The word must end at a word boundary.
func cutClass(s string) (classHit, bool) {
	// Squeeze up to 24 letters, remembering where each came from.
	var sq [24]byte
	var pos [24]int
	n := 0
	for i := 0; i < len(s) && n < len(sq); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			continue
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case c >= 'A' && c <= 'Z':
		default:
			i = len(s) // stop at the first non-letter
			continue
		}
		sq[n], pos[n] = c, i
		n++
	}
	for off := 0; off <= 2 && off < n; off++ {
		for k := range classWords {
			cw := &classWords[k]
			w := cw.word
			// The first letter rules out most words before the comparison.
			if w[0] != sq[off] || n-off < len(w) || string(sq[off:off+len(w)]) != w {
				continue
			}
			if off > 0 && cw.cut {
				continue
			}
			last := pos[off+len(w)-1]
			end := last + 1
			if end < len(s) && isWordByte(s[end]) {
				continue // "SECRETARY", "CONFIDENTIALITY"
			}
			first := pos[off]
			h := classHit{level: cw.level, end: end, garbled: off > 0 || cw.cut}
			h.spaced = strings.Count(s[first:end], " ") >= len(w)/2
			if off > 0 && !h.spaced && sq[0] != sq[off] {
				continue // stray letters only before spaced words or doubled first letters
			}
			return h, true
		}
	}
	return classHit{}, false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// eftoRE: "EFTO" after an UNCLAS banner word, spaced or not ("E F T O").
var eftoRE = regexp.MustCompile(`(?i)^\s*E\s?F\s?T\s?O\b`)

// findEFTO returns the span of eftoRE's match in s, or nil; the pattern
// runs only when the first byte after the white space is an 'E' (either
// case; no other rune folds to it).
func findEFTO(s string) []int {
	if i := skipRESpace(s); i == len(s) || s[i]|0x20 != 'e' {
		return nil
	}
	return eftoRE.FindStringIndex(s)
}

// ParseBanner parses a banner line: "C O N F I D E N T I A L SECTION 01 OF
// 03 BEIJING 006403", "UNCLAS SECTION 01 OF 02 SAN JOSE 000123",
// "SECRET//NOFORN", "S e c r e t state 068250", "UNCLAS E F T O ...",
// "XXXXXXXXXXXX 000004" origins, captions run on after the serial. It
// reports false when the line does not start with a classification word,
// or when after the word comes something that is not a banner (prose such
// as "SECRET TALKS WITH ...").
func ParseBanner(line string) (Banner, bool) {
	s := strings.TrimSpace(trimLineEnd(line))
	h, ok := cutClass(s)
	if !ok {
		return Banner{}, false
	}
	b := Banner{Raw: s, Level: h.level, Garbled: h.garbled, Spaced: h.spaced}
	rest := s[h.end:]
	// Controls after the word: "//NOFORN", "/NOFORN", "//FGI//NOFORN//MR",
	// "//FOR OFFICIAL USE ONLY", "//REL TO USA, FVEY".
	for strings.HasPrefix(rest, "/") {
		rest = strings.TrimLeft(rest, "/")
		c, after := cutControl(rest)
		n := normCaveat(c)
		if n == "" {
			return Banner{}, false
		}
		b.Caveats = appendUnique(b.Caveats, n)
		rest = after
	}
	if h.level == marking.Unclassified {
		if m := findEFTO(rest); m != nil {
			b.Caveats = appendUnique(b.Caveats, "EFTO")
			rest = rest[m[1]:]
		}
	}
	structured := len(b.Caveats) > 0
	if ns, ts, n, ok := matchSection(rest); ok {
		num, _ := strconv.Atoi(ns)
		tot, _ := strconv.Atoi(ts)
		b.Section = &Section{Number: num, Total: tot}
		rest = rest[n:]
		structured = true
	}
	// origin then serial; the serial may run into captions ("000326FOR").
	if origin, serial, n, ok := matchOrigin(rest); ok {
		if plausibleOrigin(origin, h) {
			b.Origin = origin
			b.Serial = serial
			b.SerialNumber, _ = strconv.Atoi(b.Serial)
			rest = rest[n:]
			structured = true
		}
	}
	rest = strings.TrimSpace(rest)
	if !structured && rest != "" {
		return Banner{}, false // "SECRET TALKS WITH ..."
	}
	b.Tail = rest
	return b, true
}

// plausibleOrigin accepts an upper-case origin, or any origin after a
// letter-spaced classification word (media copies write
// "S e c r e t state 068250").
func plausibleOrigin(o string, h classHit) bool {
	if h.spaced {
		return true
	}
	return strings.ToUpper(o) == o
}

// bannerPhrases are banner controls written with spaces.
var bannerPhrases = [...]string{"FOR OFFICIAL USE ONLY", "SENSITIVE BUT UNCLASSIFIED"}

// cutControl cuts one control from the start of s: a phrase, a REL TO
// list ("REL TO USA, FVEY"), or a word ending at a space or slash.
func cutControl(s string) (ctl, rest string) {
	up := asciiUpper(s)
	for _, p := range bannerPhrases {
		if strings.HasPrefix(up, p) {
			return s[:len(p)], s[len(p):]
		}
	}
	if strings.HasPrefix(up, "REL") {
		// The list runs to a slash, or to its first word without a comma.
		end := len(s)
		if i := strings.IndexByte(s, '/'); i >= 0 {
			end = i
		}
		for pos := 0; pos < end; {
			for pos < end && s[pos] == ' ' {
				pos++
			}
			j := strings.IndexByte(s[pos:end], ' ')
			if j < 0 {
				j = end - pos
			}
			w := up[pos : pos+j]
			pos += j
			if w != "" && w != "REL" && w != "TO" && !strings.HasSuffix(w, ",") {
				return s[:pos], s[pos:]
			}
		}
		return s[:end], s[end:]
	}
	end := strings.IndexAny(s, " \t/")
	if end < 0 {
		end = len(s)
	}
	return s[:end], s[end:]
}

// normCaveat normalises one banner caveat; "" if unknown.
func normCaveat(c string) string {
	k := textutil.SqueezeUpper(c)
	switch k {
	case "NOFORN", "NF":
		return "NOFORN"
	case "FOUO", "FOROFFICIALUSEONLY":
		return "FOUO"
	case "SBU", "SENSITIVEBUTUNCLASSIFIED":
		return "SBU"
	case "SENSITIVE":
		return "SENSITIVE"
	case "FGI", "MR", "ORCON", "PROPIN", "EFTO", "EXDIS", "NODIS", "LIMDIS", "SIPDIS":
		return k
	}
	if strings.HasPrefix(k, "REL") && len(k) > 3 {
		return strings.ToUpper(textutil.CollapseCommas(c))
	}
	return ""
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// trimLineEnd removes what dumps leave at line ends: "\r", trailing
// blanks, and the backslash continuation of cables.csv rows, in any
// order. It drops the bytes from the end with a loop: strings.TrimRight
// built its byte set on every call, for every line of the preamble.
func trimLineEnd(s string) string {
	for len(s) > 0 {
		switch s[len(s)-1] {
		case ' ', '\t', '\r', '\\':
			s = s[:len(s)-1]
		default:
			return s
		}
	}
	return s
}
