package classification

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cbCutRE is the specification of cbCut: the leftmost match of cbCutExpr.
var cbCutRE = regexp.MustCompile(cbCutExpr)

func cbCutRegexp(s string) int {
	if m := cbCutRE.FindStringIndex(s); m != nil {
		return m[0]
	}
	return -1
}

func TestCBCut(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"ambassador glyn t. davies for reasons 1.4 b and d", 26},
		{"charge robert beecroft; reason 1.5 (d).", 24},
		{"pol/c john doe, 1.4 (b)", 14},
		{"pol/c john doe 1.4(b)", 14},
		{"joe preasons", -1}, // no word boundary before "reasons"
		{"joe_reasons", -1},  // '_' is a word character for \b
		{"a.smith e.o. 12958", 8},
		{"x #garbled", 2},
		{"under section 1.5", 0},
		{"due to 1.4", 0},
		{"based on 1/4", 0},
		{"r e a s o n 1.4", 0},
		{"pol counselor for rea\n\nsons", 14}, // wrapped and spaced out
		{"", -1},
		{"1.4 (b)", -1}, // needs white space before the 1
		// words on both sides of cutWordMayStart
		{"political robert smith, r \t\neason 1.4", 24},
		{"fr 1.4", 0}, {"f0r reason", 0}, {"fo reasons", 3}, {"per 1/4", 0}, {"pe reason", 3}, {"sea3on", 0},
		{"se ctions 1", 0}, {"sections1", -1}, {"e. o 12345", 0}, {"e.o12345", 0}, {"e . o 12345", -1},
		{"base on 1.4", -1}, {"based 0n 1.4", 0}, {"undr 1.4", -1}, {"under para 1.4", 0}, {"du to 1.4", -1}, {"due\tto 1,4", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cbCut(tt.in), "%q", tt.in)
		assert.Equal(t, tt.want, cbCutRegexp(tt.in), "regexp %q", tt.in)
	}
}

// TestCBCutMatchesRegexp checks cbCut against the regexp on every tail of
// every line of the real texts in testdata.
func TestCBCutMatchesRegexp(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*")
	require.NoError(t, err)
	n := 0
	for _, f := range files {
		if st, err := os.Stat(f); err != nil || st.IsDir() {
			continue
		}
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for line := range strings.Lines(asciiLower(string(b))) {
			for i := 0; i < len(line); i += 7 {
				s := line[i:]
				if got, want := cbCut(s), cbCutRegexp(s); got != want {
					t.Fatalf("%s: cbCut(%q) = %d, the regexp says %d", f, s, got, want)
				}
				n++
			}
		}
	}
	assert.Greater(t, n, 1000)
}

// FuzzCBCut: cbCut, which runs the anchored regexp only where the byte
// tests allow a match, finds the leftmost match of cbCutRE.
func FuzzCBCut(f *testing.F) {
	for _, s := range []string{"ambassador glyn t. davies for reasons 1.4 b and d", "pol/c john doe 1.4(b)", "r e a s o n 1.4", "under section 1.5", "a.smith e.o. 12958"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cbCut(s), cbCutRegexp(s); got != want {
			t.Fatalf("cbCut(%q) = %d, the regexp says %d", s, got, want)
		}
	})
}
