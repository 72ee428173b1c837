package marking

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkUTF8 fails when a valid UTF-8 input gives a marking with invalid
// UTF-8 text.
func checkUTF8(t *testing.T, in string, m Marking) {
	t.Helper()
	if !utf8.ValidString(in) {
		return
	}
	ok := utf8.ValidString(m.Raw)
	for _, c := range m.Controls {
		ok = ok && utf8.ValidString(c)
	}
	if !ok {
		t.Fatalf("invalid UTF-8 in output for %q: %+v", in, m)
	}
}

func FuzzParseMarking(f *testing.F) {
	for _, s := range []string{"(S//NF)", "( C )", "(SBU/N)", "(S//REL TO USA, FVEY)", "(U.S.)", "(C - ENTIRE TEXT)", "(/Rel UK)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := ParseMarking(s)
		m2, ok2 := ParseMarking(s)
		if ok != ok2 || !reflect.DeepEqual(m, m2) {
			t.Fatalf("not deterministic for %q", s)
		}
		cm, rest, cok := CutMarking(s)
		if !cok && rest != s {
			t.Fatalf("CutMarking(%q) changed rest on failure", s)
		}
		if cok && !strings.HasSuffix(s, rest) {
			t.Fatalf("CutMarking(%q) rest %q is not a suffix", s, rest)
		}
		if cok {
			checkUTF8(t, s, cm)
		}
		if !ok {
			return
		}
		checkUTF8(t, s, m)
		if m.Raw != strings.TrimSpace(s) {
			t.Fatalf("Raw %q for %q", m.Raw, s)
		}
		if !m.Level.IsValid() && m.Level != LevelUnknown {
			t.Fatalf("bad level %q", m.Level)
		}
		// The normalised form parses to the same marking, unless
		// normalising ("REL B,C" -> "REL B, C") took it over the length
		// bound of a marking.
		if len(m.String()) > maxMarkingLen {
			return
		}
		r, rok := ParseMarking("(" + m.String() + ")")
		if !rok || r.Level != m.Level || !reflect.DeepEqual(r.Controls, m.Controls) {
			t.Fatalf("round trip of %q via %q: %+v", s, m.String(), r)
		}
	})
}
