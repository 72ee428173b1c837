package classification

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// numDateRE is the pattern matchNumDate reads by hand: numeric dates
// M/D/Y, Y/M/D, Y-M-D, with 1-4 digit fields.
var numDateRE = regexp.MustCompile(`^(\d{1,4})\s*[/.-]\s*(\d{1,3})\s*[/.-]\s*(\d{2,4})\b`)

// numDateCases are texts on both sides of numDateRE.
var numDateCases = []string{
	"09/28/2032", "1/2/19", "2019-02-12", "2019.02.12", "011/2/2019", "1 / 2 / 19", "1\t/\n2\f-\r19 X", "8/12/85 (TOMSETH)",
	"12345/1/19", "1/1234/19", "1/2/3", "1/2/12345", "1/2/19x", "1/2/19_", "1/2/19é", "1/2/19.", "1/2/19/",
	"1//2/19", "1/2", "1/2/", "/1/2/19", " 1/2/19", "1 2/19", "1/2 19", "1\u00a0/2/19", "X1", "N/A", "", "1", "1234/123/1234",
}

// checkNumDate compares matchNumDate with numDateRE on s.
func checkNumDate(t *testing.T, s string) {
	t.Helper()
	var want []int
	if m := numDateRE.FindStringSubmatchIndex(s); m != nil {
		want = m[2:]
		if m[1] != m[7] {
			t.Fatalf("numDateRE on %q ends at %d, after its last group (%d)", s, m[1], m[7])
		}
	}
	var got []int
	if m, ok := matchNumDate(s); ok {
		got = []int{m.a0, m.a1, m.b0, m.b1, m.c0, m.c1}
	}
	if !equalInts(got, want) {
		t.Fatalf("matchNumDate(%q) = %v, numDateRE says %v", s, got, want)
	}
}

func TestNumDate(t *testing.T) {
	tests := []struct {
		in      string
		a, b, c string // the fields; "" for no match
	}{
		{"09/28/2032", "09", "28", "2032"},
		{"2019-02-12 TAGS", "2019", "02", "12"},
		{"1 / 2 / 19", "1", "2", "19"},
		{"011/2/2019", "011", "2", "2019"},
		{"12345/1/19", "", "", ""}, // first field too long
		{"1/1234/19", "", "", ""},  // second field too long
		{"1/2/3", "", "", ""},      // last field too short
		{"1/2/12345", "", "", ""},  // last field too long
		{"1/2/19x", "", "", ""},    // no word boundary after the year
		{"1/2/19é", "1", "2", "19"},
		{" 1/2/19", "", "", ""},
	}
	for _, tt := range tests {
		m, ok := matchNumDate(tt.in)
		if tt.a == "" {
			assert.False(t, ok, "%q", tt.in)
			continue
		}
		if assert.True(t, ok, "%q", tt.in) {
			assert.Equal(t, []string{tt.a, tt.b, tt.c}, []string{tt.in[m.a0:m.a1], tt.in[m.b0:m.b1], tt.in[m.c0:m.c1]}, "%q", tt.in)
		}
	}
	for _, s := range numDateCases {
		checkNumDate(t, s)
	}
}

// FuzzNumDate: matchNumDate finds the fields numDateRE finds.
func FuzzNumDate(f *testing.F) {
	for _, s := range numDateCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNumDate(t, s)
	})
}
