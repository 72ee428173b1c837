package textutil

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// collapseCases are texts on both sides of isCollapsed.
var collapseCases = []string{
	"Classified By: Amb. X, Reasons 1.4 (b), (d).", "a  b", " a", "a ", "a\tb", "a ,b", "a,b", "a,,b", "a, ,b", "a,", "a, ",
	",a", ", a", "", " ", ",", "a\nb", "a \n b", "é, ü",
}

func TestCollapseCommas(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Classified By: Amb. X, Reasons 1.4 (b), (d).", "Classified By: Amb. X, Reasons 1.4 (b), (d)."},
		{"  a \t b ,c,d  ", "a b, c, d"},
		{"a,,b", "a,, b"},
		{"a,, b", "a,, b"},
		{"a, ,b", "a,, b"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, CollapseCommas(tt.in), "%q", tt.in)
		assert.Equal(t, tt.want == tt.in, isCollapsed(tt.in), "%q", tt.in)
	}
	for _, s := range collapseCases {
		assert.Equal(t, collapseCopy(s) == s, isCollapsed(s), "%q", s)
	}
}

// FuzzCollapseCommas: isCollapsed says whether collapseCopy changes a text.
func FuzzCollapseCommas(f *testing.F) {
	for _, s := range collapseCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isCollapsed(s), collapseCopy(s) == s; got != want {
			t.Fatalf("isCollapsed(%q) = %v, collapseCopy returns %q", s, got, collapseCopy(s))
		}
	})
}

func TestSqueezeUpper(t *testing.T) {
	tests := []struct{ in, want string }{
		{"c o n fidential", "CONFIDENTIAL"},
		{"TOP\tSECRET\r\n", "TOPSECRET"},
		{"SECRET", "SECRET"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, SqueezeUpper(tt.in), "%q", tt.in)
	}
}
