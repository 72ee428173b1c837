package lexicon

import "strings"

// Office lists of a received copy: "ACTION AF-00", "INFO  LOG-00   ADS-00
// ... /037 W", and their continuation lines.

// OfficeLine recognises an office line at the start of the trimmed line
// t: the keyword ACTION, ORIGIN or INFO followed by office tokens
// ("LOG-00") and the list's end mark ("/037 W"), at least one office. It
// returns the end of the list: t[end:] is what follows it on the line (a
// control line run onto it when line breaks were lost), for the caller to
// judge.
func OfficeLine(t string) (end int, ok bool) {
	if !strings.HasPrefix(t, "INFO") && !strings.HasPrefix(t, "ACTION") && !strings.HasPrefix(t, "ORIGIN") {
		return 0, false // the keyword test below, without cutting the line
	}
	kw, rest := cutWord(t)
	if kw != "ACTION" && kw != "ORIGIN" && kw != "INFO" {
		return 0, false
	}
	offices := 0
	end = len(kw)
	for rest != "" {
		w, r := cutWord(rest)
		switch {
		case OfficeToken(w):
			offices++
		case isListEnd(w):
		default:
			return end, offices > 0
		}
		end = len(t) - len(rest) + len(w)
		rest = r
	}
	return end, offices > 0
}

// OfficeContinuation reports whether the line t (trimmed) continues an
// office list: office tokens and end marks only.
func OfficeContinuation(t string) bool {
	if t == "" {
		return false
	}
	for t != "" {
		var w string
		w, t = cutWord(t)
		if !OfficeToken(w) && !isListEnd(w) {
			return false
		}
	}
	return true
}

// OfficeToken reports whether w is an office-copies token "LOG-00",
// possibly inside parentheses "(H-00", "PM-00)".
func OfficeToken(w string) bool {
	w = strings.TrimSuffix(strings.TrimPrefix(w, "("), ")")
	i := strings.LastIndexByte(w, '-')
	if i < 1 || len(w)-i-1 != 2 || !isDigit(w[i+1]) || !isDigit(w[i+2]) || !isUpper(w[0]) {
		return false
	}
	for j := 0; j < i; j++ {
		if c := w[j]; !isUpper(c) && !isDigit(c) && c != '/' {
			return false
		}
	}
	return true
}

// isListEnd reports whether w is part of an office list's end mark:
// "/037", "/000W", "W", "(TEDE)", ")".
func isListEnd(w string) bool {
	switch {
	case len(w) >= 2 && w[0] == '/' && isDigit(w[1]):
		return true
	case len(w) == 1 && isUpper(w[0]):
		return true
	case w == ")" || w == "(":
		return true
	case len(w) > 2 && w[0] == '(' && w[len(w)-1] == ')':
		return true
	}
	return false
}

// cutWord returns the first word of s (up to a space or tab) and the rest
// without its leading white space (and no-break spaces).
func cutWord(s string) (word, rest string) {
	i := 0
	for i < len(s) && s[i] != ' ' && s[i] != '\t' {
		i++
	}
	word, rest = s[:i], s[i:]
	for rest != "" {
		switch c := rest[0]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f':
			rest = rest[1:]
		case strings.HasPrefix(rest, "\u00a0"):
			rest = rest[len("\u00a0"):]
		default:
			return word, rest
		}
	}
	return word, rest
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
