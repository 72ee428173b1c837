package tags

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// stopLine is the pattern isStopLine reads by hand.
var stopLine = regexp.MustCompile(`^(?i)(?:SUBJ|REF|CLASSIFIED|E\s?\.?\s?O\b|E\.O|DECL|[0-9\-=_]|\([^,)]*\))`)

// stopLineCases are lines on both sides of each alternative.
var stopLineCases = []string{
	"", "SUBJECT: X", "subj", "SUB", "ſubj", "ſUBJ", "SUBſ", "REF: A", "ref", "RE", "REFTEL", "CLASSIFIED BY",
	"claſſified", "CLASSIFIE", "DECL: 1", "decl", "DEC", "E.O. 12958", "e.o", "E.OX", "EO", "EO 12958", "EOX",
	"EO_", "EO1", "E O", "E  O", "E. O", "E . O", "E .O", "E..O", "E\tO", "E\vO", "E\nO:", "E\fO", "EÓ", "EOé",
	"E.", "E", "0", "9 X", "-", "=", "_", "(", "()", "(X)", "(X, Y)", "(X", "(X,)", "(é)", "(\xff)", "PGOV",
	"TAGS", "é", "\xffSUBJ", "KSUBJ", "Subj", "sUbJeCt",
}

func TestIsStopLine(t *testing.T) {
	for _, s := range stopLineCases {
		assert.Equal(t, stopLine.MatchString(s), isStopLine(s), "isStopLine(%q)", s)
	}
}

// FuzzIsStopLine: isStopLine, which reads the pattern by hand, answers as
// stopLine does.
func FuzzIsStopLine(f *testing.F) {
	for _, s := range stopLineCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isStopLine(s), stopLine.MatchString(s); got != want {
			t.Fatalf("isStopLine(%q) = %v, stopLine says %v", s, got, want)
		}
	})
}
