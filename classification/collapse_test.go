package classification

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// collapseCases are texts on both sides of isCollapsed.
var collapseCases = []string{
	"Classified By: Amb. X, Reasons 1.4 (b), (d).", "a  b", " a", "a ", "a\tb", "a ,b", "a,b", "a,,b", "a, ,b", "a,", "a, ",
	",a", ", a", "", " ", ",", "a\nb", "a \n b", "é, ü",
}

func TestCollapse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Classified By: Amb. X, Reasons 1.4 (b), (d).", "Classified By: Amb. X, Reasons 1.4 (b), (d)."},
		{"  a \t b ,c,d  ", "a b, c, d"},
		{"a,,b", "a,, b"},
		{"a,, b", "a,, b"},
		{"a, ,b", "a,, b"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, collapse(tt.in), "%q", tt.in)
		assert.Equal(t, tt.want == tt.in, isCollapsed(tt.in), "%q", tt.in)
	}
	for _, s := range collapseCases {
		checkCollapse(t, s, 0, 0, "")
	}
}

// checkCollapse compares isCollapsed with collapseCopy on s, and cbRaw
// with the concatenation it replaces, for the keyword s[i:j] (bounded to
// s) followed by block, and by the block that follows it in s up to its
// line end.
func checkCollapse(t *testing.T, s string, i, j int, block string) {
	t.Helper()
	if got, want := isCollapsed(s), collapseCopy(s) == s; got != want {
		t.Fatalf("isCollapsed(%q) = %v, collapseCopy returns %q", s, got, collapseCopy(s))
	}
	start := min(i, len(s))
	end := min(start+j, len(s))
	line, _ := cutLine(s[end:])
	for _, b := range []string{block, line, trimLineEnd(line), strings.TrimLeft(line, " \t"), ""} {
		if got, want := cbRaw(s, start, end, b), collapse(s[start:end]+" "+b); got != want {
			t.Fatalf("cbRaw(%q, %d, %d, %q) = %q, want %q", s, start, end, b, got, want)
		}
	}
}

// FuzzCollapse: isCollapsed says whether collapse changes a text, and
// cbRaw returns what collapse returns for the keyword, a space and the
// block.
func FuzzCollapse(f *testing.F) {
	for k, s := range collapseCases {
		f.Add(s, uint8(k%3), uint8(k%7), collapseCases[(k+1)%len(collapseCases)])
	}
	f.Add("x CLASSIFIED BY\nAMB X", uint8(2), uint8(13), "AMB X")
	f.Add("CLASSIFIED BY AMB, X", uint8(0), uint8(14), "AMB, X")
	f.Add("Classified By:Amb", uint8(0), uint8(14), "Amb")
	f.Fuzz(func(t *testing.T, s string, i, j uint8, block string) {
		checkCollapse(t, s, int(i), int(j), block)
	})
}
