package classification

import (
	"strings"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// The "who" part of a "Classified By" line is split into segments at
// , ; : and the words "and" and "&", and each segment into words, with
// "DCM/Ted" split into "DCM/" and "Ted". whoSegments does it in one pass
// over the text: the segments are runs of one token slice, the words
// slices of the text, and the lower-case keys of all words one string
// (the old splitSegments joined each segment's words only for tokens to
// split them again, and mkToken lower-cased each word on its own).

// whoSegs are the segments of a "who" text as runs of one token slice:
// segment i is toks[ends[i-1]:ends[i]] (from 0 for the first). The
// caller of whoSegments provides both slices, from stack arrays.
type whoSegs struct {
	toks []whoToken
	ends []int
}

// len returns the number of segments.
func (s whoSegs) len() int { return len(s.ends) }

// seg returns the tokens of segment i.
func (s whoSegs) seg(i int) []whoToken {
	start := 0
	if i > 0 {
		start = s.ends[i-1]
	}
	return s.toks[start:s.ends[i]:s.ends[i]]
}

// whoSegments returns the segments of who, with the tokens appended to
// toks and the segment ends to ends (both empty). Empty segments are kept
// (splitWho counts them): a part between separators that holds only
// white space, or nothing before an "and".
func whoSegments(who string, toks []whoToken, ends []int) whoSegs {
	if n := countWhoWords(who); cap(toks) < n {
		toks = make([]whoToken, 0, n)
	}
	// Work lists, in stack arrays that fit most "who" parts.
	var keyBuf [32]int
	var kbBuf [128]byte
	var partBuf [16]wordPart
	kb := kbBuf[:0]       // keys of ASCII words, back to back
	keyEnds := keyBuf[:0] // for each token, its key's end in kb, or -1
	for _, part := range splitParts(who, partBuf[:0]) {
		for i := 0; ; {
			ws, we := nextWordSpan(part.text, i)
			if ws < 0 {
				break
			}
			i = we
			w := part.text[ws:we]
			if w == "&" || len(w) == 3 && strings.EqualFold(w, "and") {
				ends = append(ends, len(toks))
				continue
			}
			off := part.off + ws
			if j := dcmSplit(w); j > 0 {
				toks = append(toks, whoToken{text: w[:j], off: off}, whoToken{text: w[j:], off: off + j})
				kb, keyEnds = appendKey(kb, keyEnds, &toks[len(toks)-2])
				kb, keyEnds = appendKey(kb, keyEnds, &toks[len(toks)-1])
				continue
			}
			toks = append(toks, whoToken{text: w, off: off})
			kb, keyEnds = appendKey(kb, keyEnds, &toks[len(toks)-1])
		}
		ends = append(ends, len(toks))
	}
	keys := string(kb)
	from := 0
	for i, e := range keyEnds {
		if e >= 0 {
			toks[i].key = keys[from:e]
			from = e
		}
	}
	return whoSegs{toks: toks, ends: ends}
}

// wordPart is a part of the "who" text between , ; : separators, and its
// offset in the text.
type wordPart struct {
	text string
	off  int
}

// splitParts splits who at , ; : as strings.FieldsFunc does (empty parts
// are dropped) and appends the parts to parts.
func splitParts(who string, parts []wordPart) []wordPart {
	start := 0
	for i := 0; i <= len(who); i++ {
		if i < len(who) && who[i] != ',' && who[i] != ';' && who[i] != ':' {
			continue
		}
		if i > start {
			parts = append(parts, wordPart{text: who[start:i], off: start})
		}
		start = i + 1
	}
	return parts
}

// nextWordSpan returns the bounds of the first word of s at or after i,
// words being what strings.Fields returns, or -1, -1.
func nextWordSpan(s string, i int) (int, int) {
	for i < len(s) {
		n := textutil.SpaceAt(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	if i >= len(s) {
		return -1, -1
	}
	start := i
	for i < len(s) {
		if textutil.SpaceAt(s, i) > 0 {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
	}
	return start, i
}

// countWhoWords returns an upper bound of the number of tokens of who:
// words are separated by white space or , ; : and "DCM/Ted" makes two.
func countWhoWords(who string) int {
	n := 1
	for i := 0; i < len(who); i++ {
		switch who[i] {
		case ' ', '\t', '\n', '\r', ',', ';', ':', '/':
			n++
		}
	}
	return n
}

// dcmSplit returns where tokens splits a word such as "DCM/Ted" (after
// the last '/', when an upper-case word precedes it and a capitalised
// word follows), or 0.
func dcmSplit(w string) int {
	if i := strings.LastIndexByte(w, '/'); i > 0 && i+2 < len(w) && isUpperWord(w[:i]) &&
		w[i+1] >= 'A' && w[i+1] <= 'Z' && w[i+2] >= 'a' && w[i+2] <= 'z' {
		return i + 1
	}
	return 0
}

// appendKey computes the key of t as mkToken does: for an ASCII word its
// bytes go to kb, to be sliced from one string once all are known; a
// word with other bytes gets its key from mkToken at once (-1 in
// keyEnds).
func appendKey(kb []byte, keyEnds []int, t *whoToken) ([]byte, []int) {
	w := trimKeyPunct(t.text)
	if !isASCII(w) {
		t.key = mkToken(t.text).key
		return kb, append(keyEnds, -1)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == '0':
			c = 'o'
		}
		kb = append(kb, c)
	}
	return kb, append(keyEnds, len(kb))
}

// trimKeyPunct trims the bytes `.,;:()"?\` from both ends of w, as
// strings.Trim(w, `.,;:()"?\`) does.
func trimKeyPunct(w string) string {
	for len(w) > 0 && isKeyPunct(w[0]) {
		w = w[1:]
	}
	for len(w) > 0 && isKeyPunct(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return w
}

func isKeyPunct(c byte) bool {
	switch c {
	case '.', ',', ';', ':', '(', ')', '"', '?', '\\':
		return true
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// joinTokens returns the texts of toks joined with single spaces: a slice
// of who when they stand so in it (the usual case), a new string
// otherwise (a "DCM/Ted" split, a line break, a token without offset).
func joinTokens(who string, toks []whoToken) string {
	if len(toks) == 0 {
		return ""
	}
	first, last := toks[0], toks[len(toks)-1]
	contiguous := first.off >= 0
	for i := 1; i < len(toks) && contiguous; i++ {
		p, t := toks[i-1], toks[i]
		contiguous = t.off == p.off+len(p.text)+1 && who[t.off-1] == ' '
	}
	if contiguous {
		return who[first.off : last.off+len(last.text)]
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}
