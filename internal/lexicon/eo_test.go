package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEOLine(t *testing.T) {
	for _, s := range []string{"E.O. 12958: DECL", "e.o. 12958", "E O 12958", "E . O 12958", "E.\tO.:12958", "EO12958",
		"E.O.: 1234", "E  O 12958", " * ¶E.O. 12958", "Eo\n12958", "E.\nO 1234", "E.O.\t:\f1234x"} {
		assert.True(t, EOLine(s), "%q", s)
	}
	for _, s := range []string{"", "E", "EO", "EO1", "E0 12958", "E.O. 123", "EXDIS", "EOTAGS 12958", "E . O . : 1234",
		"E. .O 1234", "E..O 1234", "e.o.::1234", "E O.  .1234", "EO 12a4", "E\vO 1234", "éo 1234"} {
		assert.False(t, EOLine(s), "%q", s)
	}
}

// FuzzEOLine: the byte tests before eoNumberRE never rule out a line the
// pattern matches.
func FuzzEOLine(f *testing.F) {
	for _, s := range []string{"E.O. 12958: DECL", "E O 12958", "EMBASSY 12958", "e\f.O 1234"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := EOLine(s), eoNumberRE.MatchString(s[SkipLead(s):]); got != want {
			t.Fatalf("EOLine(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}
