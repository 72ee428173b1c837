package classification

import (
	"fmt"
	"regexp"
	"testing"
)

// FuzzPrefilters: the byte tests before preambleKeyRE never rule out a
// line the pattern matches.
func FuzzPrefilters(f *testing.F) {
	for _, s := range prefilterCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isPreambleKey(s), preambleKeyRE.MatchString(s); got != want {
			t.Fatalf("isPreambleKey(%q) = %v, preambleKeyRE says %v", s, got, want)
		}
		if entireTextRE.MatchString(s) && !hasDash(s) {
			t.Fatalf("entireTextRE matches %q, which hasDash rules out", s)
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

// prefilterCases are lines on both sides of preambleKeyRE.
var prefilterCases = []string{
	"1. (C) Text", " ¶2. Text", "\t12.(S)", "TAGS: PREL", "Subject: x", "ſubj: x", "REFTEL", "Classified by: X", "summary",
	"", "1", "1.", "12.", "123. X", "1 .x", "1 .X", "¶", "¶ 3 .\t", "¶¶1. A", "1.\u00a0A", "\f9.\n", "1,2. A",
	"T", "ta", "TAG", "tAgS", "Su", "sUBJ", "Re", "REFS", "cl", "CLASSIFIED  BY", "Clasfd by", "ſummary", "Sx", "x", "Reference",
	"CONFIDENTIAL - ENTIRE TEXT", "c—entire text", "SECRET –– Entire  Text.", "U ENTIRE TEXT", "C -ENTIRE\tTEXT",
}

func TestPrefilters(t *testing.T) {
	for _, s := range prefilterCases {
		if got, want := isPreambleKey(s), preambleKeyRE.MatchString(s); got != want {
			t.Errorf("isPreambleKey(%q) = %v, preambleKeyRE says %v", s, got, want)
		}
		if entireTextRE.MatchString(s) && !hasDash(s) {
			t.Errorf("entireTextRE matches %q, which hasDash rules out", s)
		}
	}
}
