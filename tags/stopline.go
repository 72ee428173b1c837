package tags

import "strings"

// isStopLine reports whether s, a line with its lead skipped and trimmed,
// starts with what ends a TAGS value (SUBJ, REF, CLASSIFIED, E.O., DECL, a
// digit or dash, a parenthesised group without a comma): what the pattern
// `^(?i)(?:SUBJ|REF|CLASSIFIED|E\s?\.?\s?O\b|E\.O|DECL|[0-9\-=_]|\([^,)]*\))`
// (stopLine of the tests) matches, read by hand. Its letters match either
// case, and an s also matches U+017F (long s), as the pattern's Unicode
// case folding has it; no other non-ASCII character folds to one of them.
func isStopLine(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9' || c == '-' || c == '=' || c == '_':
		return true
	case c == '(':
		// a ')' before any ','; both are ASCII, never inside a character
		i := strings.IndexAny(s[1:], ",)")
		return i >= 0 && s[1+i] == ')'
	}
	for _, w := range [...]string{"subj", "ref", "classified", "decl", "e.o"} {
		if hasPrefixFoldS(s, w) {
			return true
		}
	}
	return isEOWord(s)
}

// isEOWord reports whether s starts with `(?i)E\s?\.?\s?O\b`: 'E', an
// optional white space, dot and white space, 'O', and then no word
// character (ASCII letter, digit or '_'). Each optional part takes a byte
// the next ones cannot, so taking it when it is there finds the match.
func isEOWord(s string) bool {
	if s == "" || s[0]|0x20 != 'e' {
		return false
	}
	i := skipOne(s, 1, isTagsWhite)
	i = skipOne(s, i, func(c byte) bool { return c == '.' })
	i = skipOne(s, i, isTagsWhite)
	if i >= len(s) || s[i]|0x20 != 'o' {
		return false
	}
	i++
	return i == len(s) || !isWordByte(s[i])
}

// isWordByte reports an ASCII word character, as \b sees them.
func isWordByte(c byte) bool {
	return isASCIILetter(c) || c >= '0' && c <= '9' || c == '_'
}

// hasPrefixFoldS reports whether s starts with prefix (lower case),
// ignoring ASCII case, where an s of prefix also matches "ſ" (U+017F,
// which Unicode folds to s).
func hasPrefixFoldS(s, prefix string) bool {
	i := 0
	for j := 0; j < len(prefix); j++ {
		if i >= len(s) {
			return false
		}
		switch c, d := s[i], prefix[j]; {
		case c == d || c >= 'A' && c <= 'Z' && c|0x20 == d:
			i++
		case d == 's' && strings.HasPrefix(s[i:], "ſ"):
			i += len("ſ")
		default:
			return false
		}
	}
	return true
}
