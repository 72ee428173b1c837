package classification

import (
	"fmt"
	"regexp"
	"testing"
)

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

// cbSentenceEndRE is the pattern nextSentenceEnd stands for.
var cbSentenceEndRE = regexp.MustCompile(`([A-Za-z]{2,})\.[ \t]*\n`)

// FuzzNextSentenceEnd: nextSentenceEnd finds what cbSentenceEndRE finds,
// match by match.
func FuzzNextSentenceEnd(f *testing.F) {
	for _, s := range []string{"Classified By: Pol Officer.\nReasons", "Amb. \t\nX. Y.\n", "a.\nbb.\n\ncc.  \n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got [][]int
		for off := 0; ; {
			start, end, next, ok := nextSentenceEnd(s, off)
			if !ok {
				break
			}
			got = append(got, []int{start, end})
			off = next
		}
		var want [][]int
		for _, m := range cbSentenceEndRE.FindAllStringSubmatchIndex(s, -1) {
			want = append(want, []int{m[2], m[3]})
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q: %v, the pattern finds %v", s, got, want)
		}
	})
}
