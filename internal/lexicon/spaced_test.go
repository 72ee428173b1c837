package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLetterSpaced(t *testing.T) {
	for _, s := range []string{"S E C R E T", "S E C R E T NORTHTOWN 001234", "SS E C R E T NORTHTOWN 000546",
		"CO N F I D E N T I A L SECTION 01 OF 06 EASTPORT 001501", "O N F I D E N T I A L WESTVILLE 000290",
		"U N C L A S"} {
		assert.True(t, LetterSpaced(s), "%q", s)
	}
	for _, s := range []string{"", "S E C", "S E C R", "SECRET NORTHTOWN 001234", "RUEHXX/AMEMBASSY NORTHTOWN 1234",
		"A B C", "ABC D E F G H", "s e c r e t", "SS  E C R E T", "1 2 3 4 5", "AMEMBASSY A B C D"} {
		assert.False(t, LetterSpaced(s), "%q", s)
	}
}
