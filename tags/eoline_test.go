package tags

import (
	"regexp"
	"testing"
)

// eoLine is the E.O. line pattern isEOLine reads by hand.
var eoLine = regexp.MustCompile(`^(?i)E\s?\.?\s?O\.?\s*:?\s*\d{4,5}`)

// eoLineCases are lines on both sides of isEOLine's byte tests.
var eoLineCases = []string{
	"", "E", "EO", "EO1", "E.O. 12958: DECL", "e.o. 12958", "E O 12958", "E . O 12958", "E.\tO.:12958", "E0 12958",
	"EO12958", "E.O.: 1234", "E.O. 123", "EXDIS", "E  O 12958", " * ¶E.O. 12958", "EOTAGS 12958", "Eo\n12958", "E.\nO 1234",
	"E . O . : 1234", "E. .O 1234", "E..O 1234", "e.o.::1234", "E.O.\t:\f1234x", "E O.  .1234", "EO 12a4", "E\vO 1234", "éo 1234",
}

func TestIsEOLine(t *testing.T) {
	for _, s := range eoLineCases {
		if got, want := isEOLine(s), eoLine.MatchString(s[skipLead(s):]); got != want {
			t.Errorf("isEOLine(%q) = %v, eoLine says %v", s, got, want)
		}
	}
}

// FuzzIsEOLine: isEOLine, which reads the pattern by hand, answers as
// eoLine does.
func FuzzIsEOLine(f *testing.F) {
	for _, s := range eoLineCases[:5] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isEOLine(s), eoLine.MatchString(s[skipLead(s):]); got != want {
			t.Fatalf("isEOLine(%q) = %v, eoLine says %v", s, got, want)
		}
	})
}
