package paragraph

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestScratchNotRetained: no result of Parse refers to the scratch memory
// it lends and takes back. Each body is parsed, then every other body
// (which reuses and clears that memory), and the first result must still
// equal a fresh parse and hold no zero byte.
func TestScratchNotRetained(t *testing.T) {
	files, err := filepath.Glob("testdata/cables/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		texts = append(texts, string(b))
	}
	for i, s := range texts {
		first, _ := Parse(s)
		for j, o := range texts {
			if j != i {
				_, _ = Parse(o)
			}
		}
		again, _ := Parse(s)
		require.True(t, reflect.DeepEqual(first, again), "%s: the result changed after other parses", files[i])
		checkNoZero(t, files[i], first)
	}
}

// checkNoZero fails when a text of b holds a zero byte (cleared scratch
// memory; the inputs have none).
func checkNoZero(t *testing.T, name string, b *Body) {
	t.Helper()
	texts := []string{b.Subject, b.SubjectTitle, b.Summary, b.Comment}
	for _, p := range b.Paragraphs {
		texts = append(texts, p.Text, p.Heading)
	}
	for _, sp := range b.Spans {
		texts = append(texts, sp.Text)
	}
	texts = append(texts, b.Signers...)
	for _, w := range b.Warnings {
		texts = append(texts, w.Message)
	}
	for _, s := range texts {
		require.False(t, strings.Contains(s, "\x00"), "%s: %q", name, s)
	}
}
