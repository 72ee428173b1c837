package paragraph

import "testing"

// pageBreakREEnd is what pageBreakEnd stands in for.
func pageBreakREEnd(s string) int {
	if m := pageBreakRE.FindStringIndex(s); m != nil {
		return m[1]
	}
	return -1
}

var pageBreakEndCases = []string{
	"BEIJING 00006403 002 OF 003",
	"PARIS 00002069 001.2 OF 002",
	"KABUL 00001239 001.6 of",
	"KABUL 00001239 001.6 of ",
	"KABUL 00001239 001.6 ofx",
	"  NEW DELHI 00001234 003 OF 005  1. (C) Text",
	"NEW DELHI 00001234 003 OF 005X",
	"NEW DELHI 00001234 003 OF 0056",
	"NEW DELHI 00001234 003 OF 005 6",
	"NEW DELHI 00001234 003 Of\t\t",
	"NEW DELHI 00001234 003 oF 005",
	"NEW DELHI 000012345 003 OF 005",
	"NEW DELHI 0000123 003 OF 005",
	"NEW DELHI 00001234 0034 OF 005",
	"NEW DELHI 00001234 003. OF 005",
	"NEW DELHI 00001234 003.45 OF 005",
	"NEW DELHI00001234 003 OF 005",
	"N 00001234 003 OF 005",
	"NA 00001234 003 OF 005",
	"USNATO 00000123 001.2 OF 003 SUBJECT: TEXT",
	"ST. PETERSBURG 00000123 001 OF 002",
	"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDE 00001234 003 OF 005",
	"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEF 00001234 003 OF 005",
	"A B C 00001234 003 OF 005 OF 006",
	"\f\rPRISTINA 00000042 002 OF 002\n",
	"\vPRISTINA 00000042 002 OF 002",
	"PRISTINA 00000042 002\u00a0OF 002",
	"pristina 00000042 002 OF 002",
	"1. (C) Text.",
	"",
	"P",
}

func TestPageBreakEnd(t *testing.T) {
	for _, s := range pageBreakEndCases {
		if got, want := pageBreakEnd(s), pageBreakREEnd(s); got != want {
			t.Errorf("pageBreakEnd(%q) = %d, pageBreakRE ends at %d", s, got, want)
		}
	}
}

// FuzzPageBreakEnd: pageBreakEnd finds the match pageBreakRE finds.
func FuzzPageBreakEnd(f *testing.F) {
	for _, s := range pageBreakEndCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := pageBreakEnd(s), pageBreakREEnd(s); got != want {
			t.Fatalf("pageBreakEnd(%q) = %d, pageBreakRE ends at %d", s, got, want)
		}
	})
}
