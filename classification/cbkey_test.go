package classification

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// cbKeyRE and cbKeyStartRE are the patterns matchCBKey reads by hand.
var (
	cbKeyRE      = regexp.MustCompile(`(?i)\bclass?i?fi?e?d\s+by\b\s*:?`)
	cbKeyStartRE = regexp.MustCompile(`(?i)^class?i?fi?e?d\s+by\b\s*:?\s*`)
)

// refCBKeyAt is cbKeyAt as specified: the leftmost match of cbKeyRE in
// text[p-6:p+40], if it starts at or before p and after no word byte.
func refCBKeyAt(text string, p int) (start, end int, ok bool) {
	w0 := max(0, p-6)
	loc := cbKeyRE.FindStringIndex(text[w0:min(len(text), p+40)])
	if loc == nil || w0+loc[0] > p {
		return 0, 0, false
	}
	start, end = w0+loc[0], w0+loc[1]
	if start > 0 && isWordByte(text[start-1]) {
		return 0, 0, false
	}
	return start, end, true
}

// refNextCBKey is nextCBKey without the byFollows test: cbKeyRE around
// every "fied".
func refNextCBKey(text string, off int) (int, int) {
	return nextFied(text, off, func(p int) (int, int, bool) { return refCBKeyAt(text, p) })
}

// cbKeys lists the keyword spans that next finds in text, one after the
// other, as findClassifiedBy visits them.
func cbKeys(text string, next func(string, int) (int, int)) string {
	var out []int
	for off := 0; off < len(text); {
		start, end := next(text, off)
		if start < 0 {
			break
		}
		out = append(out, start, end)
		off = end
	}
	return fmt.Sprint(out)
}

// cbKeyCases are texts on both sides of byFollows.
var cbKeyCases = []string{
	"Classified By: Amb. X", "CLASSIFIED BY\tPOLOFF", "UNCLASSIFIED\nCLASSIFIED BY X", "DECLASSIFIED BY NARA",
	"classified\n\n by", "Clasified by", "claſſified by", "classified byx", "CLASSIFIED" + "                                 BY",
	"classified", "classified b", "classifiedby", "classified :by", "fied by", "CLASSIFIED BY: CLASSIFIED BY: X",
	"xfied by classified by", "CLASSIFIED\u00a0BY", "classified\fby", "classiFIED By\r\nx",
	"_classified by", "x_classified by", "claſified by", "clasified by: x", "classifed by", "clasifd by", "classiied by",
	"classified by_", "classified byé", "classified by :", "classified  by  :  x", "CLAſſIFIED BY", "claſsified by",
	"DECLASSIFIED BY", "Classified By: Classified by x", "1. classified by x", "classified by" + "                                     :",
}

// checkCBKey compares cbKeyAt with refCBKeyAt at every offset of s, and
// cbKeyStartLen with cbKeyStartRE on s.
func checkCBKey(t *testing.T, s string) {
	t.Helper()
	for p := range len(s) {
		s1, e1, ok1 := cbKeyAt(s, p)
		s2, e2, ok2 := refCBKeyAt(s, p)
		if s1 != s2 || e1 != e2 || ok1 != ok2 {
			t.Fatalf("cbKeyAt(%q, %d) = %d, %d, %v; cbKeyRE says %d, %d, %v", s, p, s1, e1, ok1, s2, e2, ok2)
		}
	}
	want := 0
	if m := cbKeyStartRE.FindStringIndex(s); m != nil {
		want = m[1]
	}
	if got := cbKeyStartLen(s); got != want {
		t.Fatalf("cbKeyStartLen(%q) = %d, cbKeyStartRE says %d", s, got, want)
	}
}

func TestCBKeyMatch(t *testing.T) {
	tests := []struct {
		in   string
		want int // cbKeyStartLen
	}{
		{"Classified By: Amb. X", len("Classified By: ")},
		{"CLASSIFIED BY\tPOLOFF", len("CLASSIFIED BY\t")},
		{"clasifd by x", len("clasifd by ")},
		{"claſſified by", len("claſſified by")},
		{"classified byx", 0},
		{"classified by_", 0},
		{"classifed by :x", len("classifed by :")},
		{"classified", 0},
		{"declassified by", 0},
		{" classified by", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cbKeyStartLen(tt.in), "%q", tt.in)
	}
	for _, s := range cbKeyCases {
		checkCBKey(t, s)
	}
}

func TestCBKey(t *testing.T) {
	for _, s := range cbKeyCases {
		if got, want := cbKeys(s, nextCBKey), cbKeys(s, refNextCBKey); got != want {
			t.Errorf("nextCBKey over %q: %s, want %s", s, got, want)
		}
	}
}

// FuzzCBKey: nextCBKey, which reads the keyword only where "by" follows
// the "fied", finds the keywords that cbKeyRE around every "fied" finds;
// cbKeyAt and cbKeyStartLen match as the patterns do.
func FuzzCBKey(f *testing.F) {
	for _, s := range cbKeyCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cbKeys(s, nextCBKey), cbKeys(s, refNextCBKey); got != want {
			t.Fatalf("nextCBKey over %q: %s, want %s", s, got, want)
		}
		checkCBKey(t, s)
	})
}
