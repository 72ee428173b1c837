package tags

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsStopLine(t *testing.T) {
	for _, s := range []string{"SUBJECT: X", "subj", "ſubj", "REF: A", "ref", "REFTEL", "CLASSIFIED BY", "claſſified",
		"DECL: 1", "decl", "E.O. 12958", "e.o", "E.OX", "EO", "EO 12958", "E O", "E. O", "E . O", "E\tO", "EOé",
		"0", "9 X", "-", "=", "_", "()", "(X)", "(é)", "Subj", "sUbJeCt"} {
		assert.True(t, isStopLine(s), "isStopLine(%q)", s)
	}
	for _, s := range []string{"", "SUB", "SUBſ", "RE", "CLASSIFIE", "DEC", "EOX", "EO_", "EO1", "E..O", "E\vO", "EÓ",
		"E.", "E", "(", "(X, Y)", "(X", "(X,)", "PGOV", "TAGS", "é", "\xffSUBJ", "KSUBJ"} {
		assert.False(t, isStopLine(s), "isStopLine(%q)", s)
	}
}
