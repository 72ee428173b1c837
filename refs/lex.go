package refs

import "strings"

// tokenKind is the kind of a REF-block token.
type tokenKind uint8

const (
	tokWord    tokenKind = iota + 1 // letters, with . ' - inside: "STATE", "ST.", "N'DJAMENA", "A."
	tokNum                          // digits: "0044"
	tokNumYear                      // serial with a year suffix: "5049-01"
	tokCompact                      // an id written compact: "08BEIJING1234", "10-OTTAWA-57"
	tokPunct                        // one of , ; : ( ) [ ] & ¶ #, or "/" between serials
	tokOther                        // anything else: "D328589", "2/22/08", "TD-314/65216-07"
)

// token is one token of a REF block. Its text is the segment text between
// start and end; the token keeps what the parser asks about it.
type token struct {
	up     string // words: letters only, upper case ("ST." -> "ST"); punct: the character
	val    int    // numbers: value (capped); tokNumYear: the serial
	start  int    // byte offsets in the segment text
	end    int
	seg    int32  // index of the block segment (line) holding the token
	ndig   uint16 // numbers: digit count as written, capped at maxDigits
	kind   tokenKind
	lead   byte // the first byte as written
	yy     int8 // tokNumYear: the two-digit year suffix
	dot    bool // words: written with a trailing period ("A.")
	dashes bool // tokOther: only dashes and periods ("-", "--.")
}

// maxDigits caps token.ndig: the parser tells apart digit counts up to
// eight, and a longer count stands for any longer run.
const maxDigits = 1<<16 - 1

func (t token) isPunct(c string) bool { return t.kind == tokPunct && t.up == c }

func (t token) isWord(w string) bool { return t.kind == tokWord && t.up == w }

// isDash reports whether t is a lone "-".
func (t token) isDash() bool { return t.kind == tokOther && t.end-t.start == 1 && t.lead == '-' }

// single reports whether t is a one-letter word ("A", "A.").
func (t token) single() bool { return t.kind == tokWord && len(t.up) == 1 && t.end-t.start <= 2 }

// lex appends the tokens of s (segment seg) to toks.
func lex(toks []token, s string, seg int) []token {
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '"' || c == '\'' && (i == 0 || s[i-1] == ' '):
			i++
			continue
		case c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']' || c == '&' || c == '#':
			toks = append(toks, token{kind: tokPunct, up: s[i : i+1], lead: c, seg: int32(seg), start: i, end: i + 1})
			i++
			continue
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xB6: // ¶
			toks = append(toks, token{kind: tokPunct, up: "¶", lead: c, seg: int32(seg), start: i, end: i + 2})
			i += 2
			continue
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D || s[i+2] == 0x98 || s[i+2] == 0x99):
			i += 3 // curly quotes
			continue
		}
		j := i
		for j < len(s) && !isDelim(s, j) {
			j++
		}
		if j == i { // a lone delimiter byte not handled above
			i++
			continue
		}
		toks = chunk(toks, s, i, j, seg)
		i = j
	}
	return toks
}

// isDelim reports whether s[j] ends a chunk.
func isDelim(s string, j int) bool {
	switch c := s[j]; c {
	case ' ', '\t', ',', ';', ':', '(', ')', '[', ']', '&', '"', '#':
		return true
	case 0xC2:
		return j+1 < len(s) && s[j+1] == 0xB6
	case 0xE2:
		return j+2 < len(s) && s[j+1] == 0x80 && (s[j+2] == 0x9C || s[j+2] == 0x9D)
	}
	return false
}

// chunk classifies the chunk s[i:j] and appends its token(s).
func chunk(toks []token, s string, i, j, seg int) []token {
	c := s[i:j]
	// "D.01": an item letter glued to a year
	if len(c) >= 3 && isLetter(c[0]) && c[1] == '.' && digitRun(c, 2) == len(c)-2 {
		toks = append(toks, token{kind: tokWord, up: wordUp(c[:1]), lead: c[0], dot: true, seg: int32(seg), start: i, end: i + 2})
		return chunk(toks, s, i+2, j, seg)
	}
	// a station glued to its serial: "STATE085363", "LONDON2498", "HK05511"
	// (two letters only when they spell a station)
	if l := letterRun(c); l >= 2 && l < len(c) && digitRun(c, l) == len(c)-l && c[l:] != "0" &&
		(l >= 3 || (len(c)-l >= 3 && knownSpelling(c[:l]))) {
		toks = append(toks, token{kind: tokWord, up: wordUp(c[:l]), lead: c[0], seg: int32(seg), start: i, end: i + l})
		return chunk(toks, s, i+l, j, seg)
	}
	// a year glued to the station: "09TUNIS", "2005LIMA" (the compact
	// ids "09TUNIS201" and "2005LIMA2342" stay one token)
	if n := digitRun(c, 0); (n == 2 || n == 4 && yearLike(token{kind: tokNum, ndig: 4, val: atoi(c[:4])})) &&
		letterRun(c[n:]) >= 2 && letterRun(c[n:]) == len(c)-n {
		toks = append(toks, token{kind: tokNum, ndig: uint16(n), val: atoi(c[:n]), lead: c[0], seg: int32(seg), start: i, end: i + n})
		return chunk(toks, s, i+n, j, seg)
	}
	// serials in a slash list ("936/935") and a serial with a year after
	// a slash ("00725/08")
	if n := digitRun(c, 0); n >= 3 && n < len(c) && c[n] == '/' {
		if m := digitRun(c, n+1); m >= 3 && n+1+m == len(c) {
			toks = chunk(toks, s, i, i+n, seg)
			toks = append(toks, token{kind: tokPunct, up: "/", lead: '/', seg: int32(seg), start: i + n, end: i + n + 1})
			return chunk(toks, s, i+n+1, j, seg)
		} else if m == 2 && n+3 == len(c) {
			return append(toks, token{kind: tokNumYear, ndig: uint16(min(n, maxDigits)), val: atoi(c[:n]), yy: int8(atoi(c[n+1:])), lead: c[0], seg: int32(seg), start: i, end: j})
		}
	}
	// the letter O for a zero in a number: "O4", "O1512"
	if d, ok := digitsWithO(c); ok {
		return append(toks, token{kind: tokNum, ndig: uint16(min(len(d), maxDigits)), val: atoi(d), lead: d[0], seg: int32(seg), start: i, end: j})
	}
	// trailing period or quote after a number: "2675."
	for len(c) > 1 && (c[len(c)-1] == '.' || c[len(c)-1] == '\'') && digitRun(c, 0) == len(c)-1 {
		c = c[:len(c)-1]
		j--
	}
	t := token{lead: c[0], seg: int32(seg), start: i, end: j}
	n := digitRun(c, 0)
	switch {
	case n == len(c):
		t.kind, t.ndig, t.val = tokNum, uint16(min(n, maxDigits)), atoi(c)
	case n > 0 && n+3 == len(c) && c[n] == '-' && digitRun(c, n+1) == 2:
		t.kind, t.ndig, t.val, t.yy = tokNumYear, uint16(min(n, maxDigits)), atoi(c[:n]), int8(atoi(c[n+1:]))
	case (n == 2 || n == 4) && compactForm(c[n-2:]):
		t.kind = tokCompact
		t.up = strings.ToUpper(c)
	case wordForm(c):
		t.kind = tokWord
		t.up = wordUp(c)
		t.dot = c[len(c)-1] == '.'
	default:
		t.kind = tokOther
		t.dashes = strings.Trim(c, "-.") == ""
	}
	return append(toks, t)
}

// upperLetters holds the upper-case letters that wordUp hands out.
const upperLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// wordUp returns compactLetters(w) for the text w of a word, without a
// copy for the common spellings: a single letter, upper-case letters with
// a trailing period ("A.", "ST."), and upper-case letters alone.
func wordUp(w string) string {
	n := len(w)
	if n == 1 || (n == 2 && w[1] == '.') {
		if c := w[0] | 0x20; c >= 'a' && c <= 'z' {
			return upperLetters[c-'a' : c-'a'+1]
		}
	}
	if n > 1 && w[n-1] == '.' && upperRun(w) == n-1 {
		return w[:n-1]
	}
	return compactLetters(w)
}

// upperRun returns the number of upper-case ASCII letters at the start
// of s.
func upperRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= 'A' && s[n] <= 'Z' {
		n++
	}
	return n
}

// letterRun returns the number of ASCII letters at the start of c.
func letterRun(c string) int {
	n := 0
	for n < len(c) && isLetter(c[n]) {
		n++
	}
	return n
}

// compactForm reports whether c is "08BEIJING1234" or "10-OTTAWA-57".
func compactForm(c string) bool {
	i := 2
	if i < len(c) && c[i] == '-' {
		i++
	}
	l := i
	for i < len(c) && isLetter(c[i]) {
		i++
	}
	if i-l < 2 {
		return false
	}
	if i < len(c) && c[i] == '-' {
		i++
	}
	d := digitRun(c, i)
	return d > 0 && i+d == len(c)
}

// wordForm reports whether c is a word: letters with . ' - inside, and
// the digit 0 standing for the letter O ("0TTAWA", "SANTIAG0").
func wordForm(c string) bool {
	letters := 0
	for k := 0; k < len(c); k++ {
		b := c[k]
		switch {
		case isLetter(b):
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

// atoi converts a digit string, capping very long ones.
func atoi(s string) int {
	n := 0
	for k := 0; k < len(s); k++ {
		if n > 1e9 {
			return n
		}
		n = n*10 + int(s[k]-'0')
	}
	return n
}

// digitsWithO returns c with the letter O read as the digit 0, when c is
// digits and at least one O and one digit ("O4", "O1512", "2O07"), and
// no more than eight characters.
func digitsWithO(c string) (string, bool) {
	if len(c) < 2 || len(c) > 8 {
		return "", false
	}
	digits, os := 0, 0
	for k := 0; k < len(c); k++ {
		switch {
		case isDigit(c[k]):
			digits++
		case c[k] == 'O' || c[k] == 'o':
			os++
		default:
			return "", false
		}
	}
	if digits == 0 || os == 0 {
		return "", false
	}
	return strings.Map(func(r rune) rune {
		if r == 'O' || r == 'o' {
			return '0'
		}
		return r
	}, c), true
}
