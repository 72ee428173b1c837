package classification

import (
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// collapseCases are texts on both sides of textutil.CollapseCommas's
// fast path.
var collapseCases = []string{
	"Classified By: Amb. X, Reasons 1.4 (b), (d).", "a  b", " a", "a ", "a\tb", "a ,b", "a,b", "a,,b", "a, ,b", "a,", "a, ",
	",a", ", a", "", " ", ",", "a\nb", "a \n b", "é, ü",
}

// TestCBRaw: cbRaw returns what CollapseCommas returns for the keyword,
// a space and the block.
func TestCBRaw(t *testing.T) {
	for _, s := range collapseCases {
		checkCollapse(t, s, 0, 0, "")
	}
}

// checkCollapse compares cbRaw with the concatenation it replaces, for the keyword s[i:j] (bounded to
// s) followed by block, and by the block that follows it in s up to its
// line end.
func checkCollapse(t *testing.T, s string, i, j int, block string) {
	t.Helper()
	start := min(i, len(s))
	end := min(start+j, len(s))
	line, _ := cutLine(s[end:])
	for _, b := range []string{block, line, trimLineEnd(line), strings.TrimLeft(line, " \t"), ""} {
		if got, want := cbRaw(s, start, end, b), textutil.CollapseCommas(s[start:end]+" "+b); got != want {
			t.Fatalf("cbRaw(%q, %d, %d, %q) = %q, want %q", s, start, end, b, got, want)
		}
	}
}

// FuzzCollapse: cbRaw returns what collapse returns for the keyword, a space and the
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
