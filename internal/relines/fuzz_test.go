package relines

import (
	"strings"
	"testing"
	"unicode"
)

// FuzzRestore checks that Restore never panics and changes nothing but
// white space.
func FuzzRestore(f *testing.F) {
	f.Add(strings.Join(flatCable, " "))
	f.Add(strings.Join(flatCable, "\n"))
	f.Add("SECRET NORTHTOWN 1234 E.O. 12958: X TAGS: A SUBJECT: B 1. C 2. D")
	f.Add("S E C R E T SS E C R E T FM AMEMBASSY PAGE 01 X 01234 011200Z ACTION A-00 ----- 12345678 001 OF 002")
	f.Fuzz(func(t *testing.T, text string) {
		got, n := Restore(text)
		if n == 0 && got != text {
			t.Fatalf("no break restored, but the text changed: %q", got)
		}
		drop := func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}
		if strings.Map(drop, got) != strings.Map(drop, text) {
			t.Fatalf("more than white space changed:\n%q\n%q", text, got)
		}
	})
}

// FuzzScanHead checks that the scan Flattened makes, which stops at the
// body, finds the same line-opening landmarks as the whole scan.
func FuzzScanHead(f *testing.F) {
	f.Add(strings.Join(flatCable, " "))
	f.Add(strings.Join(flatCable, "\n"))
	f.Add("SECRET NORTHTOWN 1234 E.O. 12958: X TAGS: A SUBJECT: B 1. C 2. D VZCZC E.O. 1 TAGS: X")
	f.Add("S E C R E T SS E C R E T FM AMEMBASSY PAGE 01 X 01234 011200Z ACTION A-00 ----- 12345678 001 OF 002")
	f.Fuzz(func(t *testing.T, text string) {
		head, whole := scanHead(text), scanText(text)
		if head.mid&lineKinds != whole.mid&lineKinds {
			t.Fatalf("line-opening kinds %b up to the body, %b in the whole text", head.mid&lineKinds, whole.mid&lineKinds)
		}
	})
}
