package classification

import "testing"

// FuzzPrefilters: the byte tests before paraRE and preambleKeyRE never
// rule out a line the patterns match.
func FuzzPrefilters(f *testing.F) {
	for _, s := range []string{"1. (C) Text", " ¶2. Text", "\t12.(S)", "TAGS: PREL", "Subject: x", "ſubj: x", "REFTEL", "Classified by: X", "summary"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isParaLine(s), paraRE.MatchString(s); got != want {
			t.Fatalf("isParaLine(%q) = %v, paraRE says %v", s, got, want)
		}
		if got, want := isPreambleKey(s), preambleKeyRE.MatchString(s); got != want {
			t.Fatalf("isPreambleKey(%q) = %v, preambleKeyRE says %v", s, got, want)
		}
	})
}
