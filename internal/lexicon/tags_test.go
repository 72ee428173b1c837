package lexicon

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTagsSpelling lists the spellings of the TAGS label, in every case.
func TestTagsSpelling(t *testing.T) {
	want := map[string]bool{"TAGS": false, "TAG": false, "TAGE": false, "TAGES": false, "TGS": true, "TAS": true, "TABS": true, "AGS": true}
	for w, colon := range want {
		for _, v := range []string{w, strings.ToLower(w), strings.ToUpper(w[:1]) + strings.ToLower(w[1:])} {
			np, ok := TagsSpelling(v)
			assert.True(t, ok, v)
			assert.Equal(t, colon, np, v)
			assert.True(t, TagsLine(v+": X"), v)
			assert.Equal(t, !colon && v == w, TagsLine(v+" PREL"), v) // the blank form in capitals only
		}
	}
	for _, w := range []string{"", "T", "TA", "TAGSS", "TAGED", "STAG", "BAGS", "TAGX", "TAGSXYZ", "TÁGS"} {
		_, ok := TagsSpelling(w)
		assert.False(t, ok, w)
		assert.False(t, TagsLine(w+": X"), w)
	}
}

func TestTagsLine(t *testing.T) {
	for _, s := range []string{"TAGE: CVIS BR", "TAGS: PREL", "TAGE CVIS BR", "TGS: PREL PGOV", "TAG: KJUS", "tags : x", "TAGS , PREL"} {
		assert.True(t, TagsLine(s), s)
	}
	for _, s := range []string{"Tags are fine", "TAGS IN THE SAND.", "TAS", "TAGS", "TAGS ", "TGS PREL", "TAGS,PREL", "TAGS Prel"} {
		assert.False(t, TagsLine(s), s)
	}
}

func TestTagsLabelAt(t *testing.T) {
	for _, tt := range []struct {
		s    string
		i    int
		bare bool
		want string // keyword|value, or "" for no match
	}{
		{"TAGS: PREL", 0, false, "TAGS| PREL"},
		{"TAGS PREL", 0, false, ""},
		{"TAGS PREL", 0, true, "TAGS|PREL"},
		{"TAGS", 0, true, "TAGS|"},
		{"TAGS  ", 0, true, "TAGS|"},
		{"TAGS;X", 0, false, "TAGS|X"},
		{"TGS PREL", 0, true, ""},
		{"TGS. PREL", 0, false, "TGS| PREL"},
		{"x Tage , KPAO", 2, false, "Tage| KPAO"},
		{"TAGSX: Y", 0, true, ""},
		{"TA: Y", 0, true, ""},
	} {
		l, ok := TagsLabelAt(tt.s, tt.i, tt.bare)
		got := ""
		if ok {
			got = l.Word(tt.s) + "|" + tt.s[l.Value:]
		}
		assert.Equal(t, tt.want, got, "%q at %d", tt.s, tt.i)
	}
}

// refFindTagsLabel is FindTagsLabel as a plain search: a byte test at
// every offset instead of textutil.IndexFold.
func refFindTagsLabel(s string, atStartOnly bool) (Label, bool) {
	isLetterAt := func(s string, i int, upper byte) bool { return i < len(s) && s[i]&^0x20 == upper }
	i := SkipLead(s)
	if l, ok := TagsLabelAt(s, i, true); ok {
		return l, true
	}
	if atStartOnly {
		return Label{}, false
	}
	for k := i + 1; k+3 <= len(s); k++ {
		c := s[k]
		if c != 'T' && c != 't' || !isLetterAt(s, k+1, 'A') || !isLetterAt(s, k+2, 'G') || isLetter(s[k-1]) {
			continue
		}
		if l, ok := TagsLabelAt(s, k, eoNumberLine(s)); ok {
			return l, true
		}
	}
	return Label{}, false
}

// findTagsLabelCases are lines with keywords at the start, later, and near
// misses.
var findTagsLabelCases = []string{
	"TAGS: PREL, PGOV", "Tags PREL", "  ¶ tage: x", "E.O. 12958: DECL: 1/1/2019 TAGS PREL", "E.O. 12958 STAGS: X", "X tAgS: Y",
	"SUBJECT: TAGS", "x TGS: A", "x TAGS PREL", "EO 13526 TAG PREL", "TAGSX: Y", "ATAG: x", "tag", "TA", "TAGES, X", "TABS;",
	"1. TAGS: NOT", "É TAGS: X", "xtag tag: y", "12958 TAgs PREL",
}

func TestFindTagsLabel(t *testing.T) {
	for _, tt := range []struct {
		s       string
		atStart bool
		want    string // start|keyword|value, or ""
	}{
		{"TAGS: PREL, PGOV", true, "0|TAGS| PREL, PGOV"},
		{"  ¶ tage: x", true, "5|tage| x"},
		{"E.O. 12958: DECL: 1/1/2019 TAGS PREL", false, "27|TAGS|PREL"},
		{"E.O. 12958: DECL: 1/1/2019 TAGS PREL", true, ""},
		{"x TAGS PREL", false, ""},
		{"X tAgS: Y", false, "2|tAgS| Y"},
		{"E.O. 12958 STAGS: X", false, ""},
		{"xtag tag: y", false, "5|tag| y"},
	} {
		l, ok := FindTagsLabel(tt.s, tt.atStart)
		got := ""
		if ok {
			got = fmt.Sprintf("%d|%s|%s", l.Start, l.Word(tt.s), tt.s[l.Value:])
		}
		assert.Equal(t, tt.want, got, "%q", tt.s)
	}
	for _, s := range findTagsLabelCases {
		for _, atStart := range []bool{false, true} {
			l, ok := FindTagsLabel(s, atStart)
			rl, rok := refFindTagsLabel(s, atStart)
			assert.Equal(t, fmt.Sprint(rl, rok), fmt.Sprint(l, ok), "%q, %v", s, atStart)
		}
	}
}

// FuzzFindTagsLabel: FindTagsLabel finds the keyword the byte-by-byte
// search finds.
func FuzzFindTagsLabel(f *testing.F) {
	for _, s := range findTagsLabelCases[:8] {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, atStart bool) {
		l, ok := FindTagsLabel(s, atStart)
		rl, rok := refFindTagsLabel(s, atStart)
		if fmt.Sprint(l, ok) != fmt.Sprint(rl, rok) {
			t.Fatalf("FindTagsLabel(%q, %v) = %v %v, want %v %v", s, atStart, l, ok, rl, rok)
		}
	})
}
