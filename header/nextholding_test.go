package header

import (
	"fmt"
	"strings"
	"testing"
)

// holdingLines lists the lines that nextHolding returns, one after the
// other, and the same from next with a strings.Contains test on every
// line, which it stands for.
func holdingLines(text, sub string) (got, want string) {
	var g, w []string
	r := lineReader{text: text, num: 1}
	for {
		line, num, ok := r.nextHolding(sub)
		if !ok {
			break
		}
		g = append(g, fmt.Sprintf("%d:%q", num, line))
	}
	r = lineReader{text: text, num: 1}
	for {
		line, num, ok := r.next()
		if !ok {
			break
		}
		if strings.Contains(line, sub) {
			w = append(w, fmt.Sprintf("%d:%q", num, line))
		}
	}
	return strings.Join(g, " "), strings.Join(w, " ")
}

// holdingCases mix the line ends textutil.NextLine knows with dashes.
var holdingCases = []string{
	"", "-----", "a\n-----\nb", "x\r\n\r\n--- --\r\n------ FM X TO\r\n", "a\rb\r-----\r", "\n\n\n-----\n\n-----",
	"-----\\\n", "a\r\r\n-----", "----\n-\n-----", "é\n\u00a0-----  \t\n",
}

func TestNextHolding(t *testing.T) {
	for _, s := range holdingCases {
		if got, want := holdingLines(s, "-----"); got != want {
			t.Errorf("%q: nextHolding gives %s, want %s", s, got, want)
		}
	}
	// a needle that may sit in the blanks trimmed from a line's end
	if got, want := holdingLines("a \nb c\n", " "); got != want {
		t.Errorf("blank needle: nextHolding gives %s, want %s", got, want)
	}
}

// FuzzNextHolding: nextHolding, which skips to the next occurrence of the
// needle, returns the lines (and numbers) that next and a search of every
// line return.
func FuzzNextHolding(f *testing.F) {
	for _, s := range holdingCases[:6] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := holdingLines(s, "-----"); got != want {
			t.Fatalf("%q: nextHolding gives %s, want %s", s, got, want)
		}
		if got, want := holdingLines(s, "-"); got != want {
			t.Fatalf("%q: nextHolding(\"-\") gives %s, want %s", s, got, want)
		}
	})
}

// FuzzFirstFrom: a line that holds the needle ends past firstFrom's offset,
// as findStart assumes when it searches only such lines for "VZCZC".
func FuzzFirstFrom(f *testing.F) {
	for _, s := range []string{"VZCZC", "a\nVZCZCXRO\nb VZCZC", "x\r\r\nVZCZC\rVZCZ\nC"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, skip int) {
		r := lineReader{text: s, num: 1}
		for n := skip % 4; n > 0; n-- {
			r.next()
		}
		at := r.firstFrom("VZCZC")
		for {
			line, num, ok := r.next()
			if !ok {
				break
			}
			if strings.Contains(line, "VZCZC") && r.pos <= at {
				t.Fatalf("%q: line %d %q holds VZCZC but ends at %d, first VZCZC at %d", s, num, line, r.pos, at)
			}
		}
	})
}
