package tags

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIsTokenEnd: isTokenEnd answers for every byte as the set of word
// ends it replaced, strings.ContainsRune(",; \t\n\r(", rune(c)), does.
func TestIsTokenEnd(t *testing.T) {
	for c := 0; c < 256; c++ {
		assert.Equal(t, strings.ContainsRune(",; \t\n\r(", rune(c)), isTokenEnd(byte(c)), "byte %#x", c)
	}
}
