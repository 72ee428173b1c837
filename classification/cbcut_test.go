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

// cbCutExpr is the pattern cbCut reads by hand: where the "who" part
// ends, matched on the lower-cased block (see cbcut.go).
const cbCutExpr = `` +
	`(?:\b(?:for|fr|f0r|per)\s+)?\b(?:r\s*e\s*a\s*s\s*[o0]\s*n\s*s?|rea[o0]ns?|res[o0]ns?|sea3on)\b` +
	`|(?:\bfor\s+)?\be\.?\s?o\.?\s*1\d{4}` +
	`|\b(?:under\s+)?se\s*ctions?\s+\d` +
	`|\b(?:for|fr|f0r|per|under|based\s+[o0]n|due\s+to)\s+(?:para\s+)?1\s*[.,/]` +
	`|[:;,.]?\s+1\s*[.,/]\s*[2-6]\s*\(?\s*[a-h]\b` +
	"|[#$@!{}~`=<>|]"

var (
	// cbCutRE is the specification of cbCut: the leftmost match of
	// cbCutExpr in the lower-cased text.
	cbCutRE = regexp.MustCompile(cbCutExpr)
	// cbCutAtRE is the specification of cutAt: cbCutExpr anchored.
	cbCutAtRE = regexp.MustCompile(`^(?:` + cbCutExpr + `)`)
)

// cbCutRegexp is cbCut by the pattern.
func cbCutRegexp(s string) int {
	if m := cbCutRE.FindStringIndex(asciiLower(s)); m != nil {
		return m[0]
	}
	return -1
}

// checkCBCut compares cbCut with cbCutRE on s, and cutAt with cbCutAtRE
// on every tail of s.
func checkCBCut(t *testing.T, s string) {
	t.Helper()
	if got, want := cbCut(s), cbCutRegexp(s); got != want {
		t.Fatalf("cbCut(%q) = %d, the regexp says %d", s, got, want)
	}
	for p := range len(s) {
		if got, want := cutAt(s[p:]), cbCutAtRE.MatchString(asciiLower(s[p:])); got != want {
			t.Fatalf("cutAt(%q) = %v, the anchored regexp says %v", s[p:], got, want)
		}
	}
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
		// upper case, read as lower case
		{"CHARGE ROBERT BEECROFT; REASON 1.5 (D).", 24}, {"AMB X FOR REA \n \nSONS 1.4", 6}, {"E.O. 12958", 0}, {"X, 1.4 (B)", 1},
		// the ends of a reason keyword
		{"reasonsx", -1}, {"reason x", 0}, {"reason sx", 0}, {"reasons_", -1}, {"rea0n.", 0}, {"resons", 0}, {"sea3ons", -1},
		{"reasonxyz", -1}, {"r e a s 0 n s", 0}, {"per para 1.4", 0}, {"for  para1.4", -1}, {"; 1 , 4(  h)", 0}, {"; 1 , 4(  i)", -1},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cbCut(tt.in), "%q", tt.in)
		assert.Equal(t, tt.want, cbCutRegexp(tt.in), "regexp %q", tt.in)
		checkCBCut(t, tt.in)
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
		for line := range strings.Lines(string(b)) {
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

// FuzzCBCut: cbCut finds the leftmost match of cbCutRE in the
// lower-cased text, and cutAt matches where the anchored pattern does.
func FuzzCBCut(f *testing.F) {
	for _, s := range []string{
		"ambassador glyn t. davies for reasons 1.4 b and d", "pol/c john doe 1.4(b)", "r e a s o n 1.4", "under section 1.5", "a.smith e.o. 12958",
		"CHARGE ROBERT BEECROFT; REASON 1.5 (D).", "reason sx", "reasons_", "due\tto 1,4", "based 0n para 1/4", "for E.O 12345", "Sea3on", "x @",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 200 {
			s = s[:200]
		}
		checkCBCut(t, s)
	})
}

// asciiLower lower-cases ASCII letters only, so byte offsets are kept:
// the text cbCutExpr is matched on.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
