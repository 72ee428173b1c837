package refs

import "strings"

// rfKind is the kind of a REF-block token.
type rfKind uint8

const (
	rfWord    rfKind = iota + 1 // letters, with . ' - inside: "STATE", "ST.", "N'DJAMENA", "A."
	rfNum                       // digits: "0044"
	rfNumYear                   // serial with a year suffix: "5049-01"
	rfCompact                   // an id written compact: "08BEIJING1234", "10-OTTAWA-57"
	rfPunct                     // one of , ; : ( ) [ ] & ¶
	rfOther                     // anything else: "D328589", "2/22/08", "TD-314/65216-07"
)

// rfTok is one token of a REF block. Its text is the segment text between
// start and end; the token keeps what the parser asks about it.
type rfTok struct {
	up     string // words: letters only, upper case ("ST." -> "ST"); punct: the character
	val    int    // numbers: value (capped); rfNumYear: the serial
	start  int    // byte offsets in the segment text
	end    int
	seg    int32  // index of the block segment (line) holding the token
	ndig   uint16 // numbers: digit count as written, capped at rfMaxDigits
	kind   rfKind
	lead   byte // the first byte as written
	yy     int8 // rfNumYear: the two-digit year suffix
	dot    bool // words: written with a trailing period ("A.")
	dashes bool // rfOther: only dashes and periods ("-", "--.")
}

// rfMaxDigits caps rfTok.ndig: the parser tells apart digit counts up to
// eight, and a longer count stands for any longer run.
const rfMaxDigits = 1<<16 - 1

func (t rfTok) isPunct(c string) bool { return t.kind == rfPunct && t.up == c }

func (t rfTok) isWord(w string) bool { return t.kind == rfWord && t.up == w }

// isDash reports whether t is a lone "-".
func (t rfTok) isDash() bool { return t.kind == rfOther && t.end-t.start == 1 && t.lead == '-' }

// single reports whether t is a one-letter word ("A", "A.").
func (t rfTok) single() bool { return t.kind == rfWord && len(t.up) == 1 && t.end-t.start <= 2 }

// rfLex appends the tokens of s (segment seg) to toks.
func rfLex(toks []rfTok, s string, seg int) []rfTok {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '"' || c == '\'' && (i == 0 || s[i-1] == ' '):
			i++
			continue
		case c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '&':
			toks = append(toks, rfTok{kind: rfPunct, up: s[i : i+1], lead: c, seg: int32(seg), start: i, end: i + 1})
			i++
			continue
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xB6: // ¶
			toks = append(toks, rfTok{kind: rfPunct, up: "¶", lead: c, seg: int32(seg), start: i, end: i + 2})
			i += 2
			continue
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D || s[i+2] == 0x98 || s[i+2] == 0x99):
			i += 3 // curly quotes
			continue
		}
		j := i
		for j < len(s) && !rfDelim(s, j) {
			j++
		}
		if j == i { // a lone delimiter byte not handled above
			i++
			continue
		}
		toks = rfChunk(toks, s, i, j, seg)
		i = j
	}
	return toks
}

// rfDelim reports whether s[j] ends a chunk.
func rfDelim(s string, j int) bool {
	switch c := s[j]; c {
	case ' ', '\t', ',', ';', ':', '(', ')', '[', ']', '&', '"':
		return true
	case 0xC2:
		return j+1 < len(s) && s[j+1] == 0xB6
	case 0xE2:
		return j+2 < len(s) && s[j+1] == 0x80 && (s[j+2] == 0x9C || s[j+2] == 0x9D)
	}
	return false
}

// rfChunk classifies the chunk s[i:j] and appends its token(s).
func rfChunk(toks []rfTok, s string, i, j, seg int) []rfTok {
	c := s[i:j]
	// "D.01": an item letter glued to a year
	if len(c) >= 3 && idIsLetter(c[0]) && c[1] == '.' && idDigitRun(c, 2) == len(c)-2 {
		toks = append(toks, rfTok{kind: rfWord, up: rfWordUp(c[:1]), lead: c[0], dot: true, seg: int32(seg), start: i, end: i + 2})
		return rfChunk(toks, s, i+2, j, seg)
	}
	// a station glued to its serial: "STATE085363", "LONDON2498"
	if l := rfLetterRun(c); l >= 3 && l < len(c) && idDigitRun(c, l) == len(c)-l && c[l:] != "0" {
		toks = append(toks, rfTok{kind: rfWord, up: rfWordUp(c[:l]), lead: c[0], seg: int32(seg), start: i, end: i + l})
		return rfChunk(toks, s, i+l, j, seg)
	}
	// trailing period or quote after a number: "2675."
	for len(c) > 1 && (c[len(c)-1] == '.' || c[len(c)-1] == '\'') && idDigitRun(c, 0) == len(c)-1 {
		c = c[:len(c)-1]
		j--
	}
	t := rfTok{lead: c[0], seg: int32(seg), start: i, end: j}
	n := idDigitRun(c, 0)
	switch {
	case n == len(c):
		t.kind, t.ndig, t.val = rfNum, uint16(min(n, rfMaxDigits)), rfAtoi(c)
	case n > 0 && n+3 == len(c) && c[n] == '-' && idDigitRun(c, n+1) == 2:
		t.kind, t.ndig, t.val, t.yy = rfNumYear, uint16(min(n, rfMaxDigits)), rfAtoi(c[:n]), int8(rfAtoi(c[n+1:]))
	case n == 2 && rfCompactForm(c):
		t.kind = rfCompact
		t.up = strings.ToUpper(c)
	case rfWordForm(c):
		t.kind = rfWord
		t.up = rfWordUp(c)
		t.dot = c[len(c)-1] == '.'
	default:
		t.kind = rfOther
		t.dashes = strings.Trim(c, "-.") == ""
	}
	return append(toks, t)
}

// rfUpperLetters holds the upper-case letters that rfWordUp hands out.
const rfUpperLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// rfWordUp returns compactLetters(w) for the text w of a word, without a
// copy for the common spellings: a single letter, upper-case letters with
// a trailing period ("A.", "ST."), and upper-case letters alone.
func rfWordUp(w string) string {
	n := len(w)
	if n == 1 || (n == 2 && w[1] == '.') {
		if c := w[0] | 0x20; c >= 'a' && c <= 'z' {
			return rfUpperLetters[c-'a' : c-'a'+1]
		}
	}
	if n > 1 && w[n-1] == '.' && rfUpperRun(w) == n-1 {
		return w[:n-1]
	}
	return compactLetters(w)
}

// rfUpperRun returns the number of upper-case ASCII letters at the start
// of s.
func rfUpperRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= 'A' && s[n] <= 'Z' {
		n++
	}
	return n
}

// rfLetterRun returns the number of ASCII letters at the start of c.
func rfLetterRun(c string) int {
	n := 0
	for n < len(c) && idIsLetter(c[n]) {
		n++
	}
	return n
}

// rfCompactForm reports whether c is "08BEIJING1234" or "10-OTTAWA-57".
func rfCompactForm(c string) bool {
	i := 2
	if i < len(c) && c[i] == '-' {
		i++
	}
	l := i
	for i < len(c) && idIsLetter(c[i]) {
		i++
	}
	if i-l < 2 {
		return false
	}
	if i < len(c) && c[i] == '-' {
		i++
	}
	d := idDigitRun(c, i)
	return d > 0 && i+d == len(c)
}

// rfWordForm reports whether c is a word: letters with . ' - inside, and
// the digit 0 standing for the letter O ("0TTAWA", "SANTIAG0").
func rfWordForm(c string) bool {
	letters := 0
	for k := 0; k < len(c); k++ {
		b := c[k]
		switch {
		case idIsLetter(b):
			letters++
		case b == '.' || b == '\'' || b == '-':
		case b == '0' && hasLetterAround(c, k):
		default:
			return false
		}
	}
	if letters == 0 {
		return false
	}
	// a zero is read as O only inside a word of three letters or more
	return letters >= 3 || !strings.Contains(c, "0")
}

// rfAtoi converts a digit string, capping very long ones.
func rfAtoi(s string) int {
	n := 0
	for k := 0; k < len(s); k++ {
		if n > 1e9 {
			return n
		}
		n = n*10 + int(s[k]-'0')
	}
	return n
}
