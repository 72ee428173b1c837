package classification

import (
	"fmt"
	"testing"
)

// refNextCBKey is nextCBKey without the byFollows test: cbKeyRE around
// every "fied".
func refNextCBKey(text string, off int) (int, int) {
	for off < len(text) {
		p := indexFold(text[off:], "fied")
		if p < 0 {
			return -1, -1
		}
		p += off
		off = p + 4
		if start, end, ok := cbKeyAt(text, p); ok {
			return start, end
		}
	}
	return -1, -1
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
}

func TestCBKey(t *testing.T) {
	for _, s := range cbKeyCases {
		if got, want := cbKeys(s, nextCBKey), cbKeys(s, refNextCBKey); got != want {
			t.Errorf("nextCBKey over %q: %s, want %s", s, got, want)
		}
	}
}

// FuzzCBKey: nextCBKey, which runs cbKeyRE only where "by" follows the
// "fied", finds the keywords that the pattern around every "fied" finds.
func FuzzCBKey(f *testing.F) {
	for _, s := range cbKeyCases[:8] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cbKeys(s, nextCBKey), cbKeys(s, refNextCBKey); got != want {
			t.Fatalf("nextCBKey over %q: %s, want %s", s, got, want)
		}
	})
}
