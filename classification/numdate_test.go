package classification

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

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
		{"1\t/\n2\f-\r19 X", "1", "2", "19"}, // any white space around the separators
		{"1/2/19_", "", "", ""},
		{"1 2/19", "", "", ""},
		{"1//2/19", "", "", ""},
		{"1234/123/1234", "1234", "123", "1234"},
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
}
