package paragraph

import "unicode"

func isLowerRune(r rune) bool { return unicode.IsLower(r) }
