package lexicon

import (
	"unicode"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// UpperText reports whether s has letters and none of them in lower case.
func UpperText(s string) bool {
	letters := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters = true
		} else if r >= 0x80 && unicode.IsLower(r) {
			return false
		}
	}
	return letters
}

// isBlankText reports whether s holds only white space.
func isBlankText(s string) bool { return textutil.IsBlank(s) }
