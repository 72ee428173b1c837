package tags

import (
	"fmt"
	"strings"
	"testing"
)

// refFindLabel is findLabel as it was before it searched with IndexFold
// and upper-cased labels on the stack: a byte test at every offset, and
// strings.ToUpper.
func refFindLabel(s string, atStartOnly bool) (start, vstart int, label string, ok bool) {
	isLetterAt := func(s string, i int, upper byte) bool { return i < len(s) && s[i]&^0x20 == upper }
	i := skipLead(s)
	if vstart, label, ok := refMatchLabel(s, i, true); ok {
		return i, vstart, label, true
	}
	if atStartOnly {
		return 0, 0, "", false
	}
	eo, eoKnown := false, false
	for k := i + 1; k+3 <= len(s); k++ {
		c := s[k]
		if c != 'T' && c != 't' || !isLetterAt(s, k+1, 'A') || !isLetterAt(s, k+2, 'G') || isASCIILetter(s[k-1]) {
			continue
		}
		if !eoKnown {
			eo, eoKnown = bareLabelLine(s), true
		}
		if vstart, label, ok := refMatchLabel(s, k, eo); ok {
			return k, vstart, label, true
		}
	}
	return 0, 0, "", false
}

func refMatchLabel(s string, i int, bare bool) (vstart int, label string, ok bool) {
	j := i
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	if j-i < 3 || j-i > 5 {
		return 0, "", false
	}
	label = s[i:j]
	needPunct, known := labelWord(strings.ToUpper(label))
	if !known {
		return 0, "", false
	}
	if vstart, ok = afterLabel(s, j, needPunct, bare); !ok {
		return 0, "", false
	}
	return vstart, label, true
}

// findLabelCases are lines with keywords at the start, later, and near
// misses.
var findLabelCases = []string{
	"TAGS: PREL, PGOV", "Tags PREL", "  ¶ tage: x", "E.O. 12958: DECL: 1/1/2019 TAGS PREL", "E.O. 12958 STAGS: X", "X tAgS: Y",
	"SUBJECT: TAGS", "x TGS: A", "x TAGS PREL", "EO 13526 TAG PREL", "TAGSX: Y", "ATAG: x", "tag", "TA", "TAGES, X", "TABS;",
	"1. TAGS: NOT", "É TAGS: X", "xtag tag: y", "12958 TAgs PREL",
}

func TestFindLabelMatchesRef(t *testing.T) {
	for _, s := range findLabelCases {
		for _, atStart := range []bool{false, true} {
			got := fmt.Sprint(findLabel(s, atStart))
			if want := fmt.Sprint(refFindLabel(s, atStart)); got != want {
				t.Errorf("findLabel(%q, %v) = %s, want %s", s, atStart, got, want)
			}
		}
	}
}

// FuzzFindLabel: findLabel finds the keyword the byte-by-byte search and
// strings.ToUpper found.
func FuzzFindLabel(f *testing.F) {
	for _, s := range findLabelCases[:8] {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, atStart bool) {
		got := fmt.Sprint(findLabel(s, atStart))
		if want := fmt.Sprint(refFindLabel(s, atStart)); got != want {
			t.Fatalf("findLabel(%q, %v) = %s, want %s", s, atStart, got, want)
		}
	})
}

func TestLabelWord(t *testing.T) {
	for _, tt := range []struct {
		w                string
		needPunct, known bool
	}{
		{"TAGS", false, true}, {"TAG", false, true}, {"TAGE", false, true}, {"TAGES", false, true},
		{"TGS", true, true}, {"TAS", true, true}, {"TABS", true, true}, {"AGS", true, true},
		{"Tags", false, false}, {"TAGSS", false, false}, {"TA", false, false}, {"", false, false}, {"SUBJ", false, false},
	} {
		needPunct, known := labelWord(tt.w)
		if needPunct != tt.needPunct || known != tt.known {
			t.Errorf("labelWord(%q) = %v, %v; want %v, %v", tt.w, needPunct, known, tt.needPunct, tt.known)
		}
	}
}
