package lexicon

// ParaNumber is a paragraph number found at the start of a line: "1.",
// "¶2.", "3)", "1.(C)", "12. (SBU)".
type ParaNumber struct {
	Start int  // offset of the number (after blanks, markdown marks and a pilcrow)
	Num   int  // the number, 1 to 999
	Delim byte // '.' or ')'
	Text  int  // offset of the text after the delimiter and its blanks
}

// ParagraphNumber recognises a paragraph number at the start of the line
// s: after SkipLead, one to three digits, at most two blanks, a period or
// a closing parenthesis, then a blank, a '(', the end of the line or, after
// a period, a capital letter ("1.THE", in old cables). "1.5 MILLION",
// "1.." and "3.a" are no paragraph numbers.
func ParagraphNumber(s string) (ParaNumber, bool) {
	i := SkipLead(s)
	j, n := i, 0
	for j < len(s) && j-i < 4 && isDigit(s[j]) {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j == i || j-i > 3 || n == 0 {
		return ParaNumber{}, false
	}
	k := j
	for k < len(s) && s[k] == ' ' && k-j < 2 {
		k++
	}
	if k >= len(s) || (s[k] != '.' && s[k] != ')') {
		return ParaNumber{}, false
	}
	p := ParaNumber{Start: i, Num: n, Delim: s[k]}
	k++
	if k < len(s) {
		switch c := s[k]; {
		case c == ' ' || c == '\t' || c == '(':
		case c >= 'A' && c <= 'Z' && p.Delim == '.':
		default:
			return ParaNumber{}, false
		}
	}
	p.Text = blanks(s, k)
	return p, true
}

// ParagraphOne reports whether the line s opens paragraph 1, where the
// preamble of a cable ends: "1. (C)", "¶1.", "1.(SBU) Summary:", "1.THE".
func ParagraphOne(s string) bool {
	p, ok := ParagraphNumber(s)
	return ok && p.One()
}

// One reports whether p numbers paragraph 1 ("1.", not "1)").
func (p ParaNumber) One() bool { return p.Num == 1 && p.Delim == '.' }

// ParagraphLine reports whether the line s opens a numbered paragraph
// (ParagraphNumber).
func ParagraphLine(s string) bool {
	_, ok := ParagraphNumber(s)
	return ok
}
