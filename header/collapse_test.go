package header

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// collapseCases are clean and unclean header lines: the ones collapse
// returns as they are and the ones it leaves to collapseRuns.
var collapseCases = []string{
	"", "X", "FM AMEMBASSY ROME", "RUEHC/SECSTATE WASHDC IMMEDIATE 2350",
	" X", "X ", "A  B", "A\tB", "A\r", "\nA", "A\vB", "A\fB",
	"\u00a0AMEMBASSY", "AMEMBASSY\u00a0ROME", "AMEMBASSY ROME\u00a0", "A \u00a0B",
	"\n\u00a00", "A\u2003B", "A\u0085", "\xffA B", "A B\xff", "A\x00B", "A\x7fB",
	"INFO  LOG-00   EEB-00   AF-00", "ABCDEFGH IJKLMNOP QRS", "ABCDEFGH  IJKLMNOP",
	"ABCDEFGHIJKLMNO ", "É É", "ÉTÉ  ÉTÉ",
}

// TestCollapseRuns: collapse gives what collapseRuns, the byte-by-byte
// rule it shortcuts, gives.
func TestCollapseRuns(t *testing.T) {
	for _, s := range collapseCases {
		assert.Equal(t, collapseRuns(s), collapse(s), "collapse(%q)", s)
	}
	assert.Equal(t, "A \u00a0B", collapseRuns("A \u00a0B"))
	assert.Equal(t, "AMEMBASSY\u00a0ROME", collapse("AMEMBASSY\u00a0ROME"))
}

// FuzzCollapse: collapse gives what collapseRuns gives, on any input.
func FuzzCollapse(f *testing.F) {
	for _, s := range collapseCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapse(s), collapseRuns(s); got != want {
			t.Fatalf("collapse(%q) = %q, collapseRuns gives %q", s, got, want)
		}
	})
}
