package refs

// Hand-written matchers for the lines of a REF block (hot path: every line
// of every REF block goes through them, so no regular expressions here).

// termIndex returns the byte offset where a REF block ends inside line
// s, or -1: "Classified By" (any spelling of
// "classified"), "Sensitive But Unclassified", "SUBJECT:", "E.O. 12958",
// "TAGS:", "C O R R E C T E D", paragraph 1 ("1. (C)", "¶1. Summary"),
// "BEGIN SUMMARY", "SUMMARY:", a line that is only "Summary", a run of
// dashes, underscores or equals signs at the start, "This is an action
// request", "DERIVED FROM:", and "NOTE:" at the start or after two spaces.
func termIndex(s string) int {
	lead := 0
	for lead < len(s) && (s[lead] == ' ' || s[lead] == '\t') {
		lead++
	}
	if lead+2 < len(s) && (s[lead] == '-' || s[lead] == '_' || s[lead] == '=') && s[lead+1] == s[lead] && s[lead+2] == s[lead] {
		return lead
	}
	for i := lead; i < len(s); i++ {
		c := s[i] | 0x20
		if !wordStart(s, i) && !(c == 'c' && isDigit(s[i-1])) {
			continue // "MANAMA 651Classified By:" is glued
		}
		switch c {
		case 'c':
			if foldAt(s, i, "classi") {
				j := i + 6
				for j < len(s) && isLetter(s[j]) {
					j++
				}
				if k := skipSpaces(s, j); k > j && foldAt(s, k, "by") && !letterAt(s, k+2) {
					return i
				}
			}
			if foldAt(s, i, "c o r r e c t e d") {
				return i
			}
		case 's':
			if foldWords(s, i, "sensitive", "but", "unclassified") > 0 {
				return i
			}
			if foldAt(s, i, "subj") && (i == 0 || s[i-1] != '(') { // not "(SUBJ: IIR 6 832 ...)"
				j := i + 4
				if foldAt(s, j, "ect") {
					j += 3
				}
				if k := skipSpaces(s, j); k < len(s) && s[k] == ':' {
					return i
				}
			}
			if foldAt(s, i, "summary") && !letterAt(s, i+7) {
				k := skipSpaces(s, i+7)
				if k < len(s) && (s[k] == ':' || s[k] == '.') {
					return i
				}
				if k == len(s) && i == lead {
					return i
				}
			}
		case 'e':
			if foldAt(s, i, "e.") {
				j := skipSpaces(s, i+2)
				if foldAt(s, j, "o.") {
					k := skipSpaces(s, j+2)
					if k+5 <= len(s) && s[k] == '1' && digitRun(s, k) >= 5 {
						return i
					}
				}
			}
		case 't':
			if foldAt(s, i, "tags") {
				if k := skipSpaces(s, i+4); k < len(s) && s[k] == ':' {
					return i
				}
			}
			if foldWords(s, i, "this", "is", "an", "action", "request") > 0 {
				return i
			}
		case 'b':
			if foldWords(s, i, "begin", "summary") > 0 {
				return i
			}
		case 'd':
			if e := foldWords(s, i, "derived", "from"); e > 0 {
				if k := skipSpaces(s, e); k < len(s) && s[k] == ':' {
					return i
				}
			}
		case 'n':
			if (i == lead || (i >= 2 && s[i-1] == ' ' && s[i-2] == ' ')) && foldAt(s, i, "note") {
				if k := skipSpaces(s, i+4); k < len(s) && s[k] == ':' {
					return i
				}
			}
		case '1':
			if s[i] == '1' && paraOneAt(s, i) {
				// the marker starts at the pilcrow when there is one
				if i >= 2 && s[i-2] == 0xC2 && s[i-1] == 0xB6 {
					return i - 2
				}
				return i
			}
		}
	}
	return -1
}

// paraOneAt reports whether s[i:] is paragraph 1 after a line start, a
// blank or a pilcrow: "1. (C)", "1. Summary", "1.The following", "1. Post".
func paraOneAt(s string, i int) bool {
	if i > 0 {
		p := s[i-1]
		if !(p == ' ' || p == '\t' || (p == 0xB6 && i >= 2 && s[i-2] == 0xC2)) {
			return false
		}
	}
	j := skipSpaces(s, i+1)
	if j >= len(s) || s[j] != '.' {
		return false
	}
	k := skipSpaces(s, j+1)
	if k >= len(s) {
		return false
	}
	return s[k] == '(' || (s[k] >= 'A' && s[k] <= 'Z') || foldAt(s, k, "summary")
}

// wordStart reports whether s[i] starts a word (the byte before it is not
// a letter or digit).
func wordStart(s string, i int) bool {
	return i == 0 || !(isLetter(s[i-1]) || isDigit(s[i-1]) || s[i-1] == '_')
}

// letterAt reports whether s[i] is an ASCII letter.
func letterAt(s string, i int) bool { return i < len(s) && isLetter(s[i]) }

// skipSpaces returns the index of the first byte at or after i that is not a
// blank or tab.
func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// foldAt reports whether s[i:] starts with lit (lower-case ASCII),
// ignoring case.
func foldAt(s string, i int, lit string) bool {
	if i < 0 || i+len(lit) > len(s) {
		return false
	}
	for k := 0; k < len(lit); k++ {
		c := s[i+k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lit[k] {
			return false
		}
	}
	return true
}

// foldWords matches the words at s[i:], separated by blanks, ignoring
// case; it returns the index after the last word, or 0.
func foldWords(s string, i int, words ...string) int {
	for n, w := range words {
		if n > 0 {
			j := skipSpaces(s, i)
			if j == i {
				return 0
			}
			i = j
		}
		if !foldAt(s, i, w) {
			return 0
		}
		i += len(w)
	}
	if letterAt(s, i) {
		return 0
	}
	return i
}

// startsEnum reports whether line s starts with an item enumerator:
// "(A)", "( B )", "(1)", "[A]", "A)", "A.)", "A. ", "D.01", optionally
// after dashes and a pilcrow.
func startsEnum(s string) bool {
	i := 0
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t' || s[i] == '-':
			i++
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xB6:
			i += 2
		default:
			goto body
		}
	}
	return false
body:
	switch c := s[i]; {
	case c == '(':
		j := skipSpaces(s, i+1)
		if j < len(s) && (isLetter(s[j]) || isDigit(s[j])) {
			k := skipSpaces(s, j+1)
			return k < len(s) && s[k] == ')'
		}
	case c == '[':
		return i+2 < len(s) && isLetter(s[i+1]) && s[i+2] == ']'
	case isLetter(c):
		j := skipSpaces(s, i+1)
		if j < len(s) && s[j] == ')' {
			return true
		}
		if i+1 < len(s) && s[i+1] == '.' {
			return i+2 == len(s) || s[i+2] == ' ' || s[i+2] == '\t' || s[i+2] == ')' || isDigit(s[i+2])
		}
	}
	return false
}

// hasEnum reports whether an enumerator stands anywhere in s (after a
// blank, ";" or "," or at the start): "(A)", "[A]", "A)", "A.)", "A. ".
func hasEnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 {
			p := s[i-1]
			if !(p == ' ' || p == '\t' || p == ';' || p == ',' || p == 0xB6) {
				continue
			}
		}
		switch c := s[i]; {
		case c == '(':
			if i+2 < len(s) && (isLetter(s[i+1]) || (s[i+1] >= '1' && s[i+1] <= '9')) && s[i+2] == ')' {
				return true
			}
		case c == '[':
			if i+2 < len(s) && isLetter(s[i+1]) && s[i+2] == ']' {
				return true
			}
		case isLetter(c):
			if i+1 < len(s) && (s[i+1] == ')' || (s[i+1] == '.' && (i+2 == len(s) || s[i+2] == ')' || s[i+2] == ' ' || s[i+2] == '\t' || isDigit(s[i+2])))) {
				return true
			}
		}
	}
	return false
}
