package tags

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// findAll is find over every line of text, split up front, the definition
// that find over the lines it splits as it goes must agree with.
func findAll(text string) *Result {
	res := &Result{}
	(&Parser{}).find(lineCursor{split: textutil.SplitLines(text, 1)}, res)
	return res
}

// findHead is find as ParseResult runs it, over the lines it asks for.
func findHead(text string) *Result {
	res := &Result{}
	(&Parser{}).find(newLineCursor(text, 1), res)
	return res
}

// farLine is a line number well past the TAGS line of most bodies (and
// past the 32 lines an earlier line store kept on the stack).
const farLine = 32

func TestHeadLinesSuffice(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cables", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		assert.Equal(t, findAll(string(data)), findHead(string(data)), f)
	}
	// paragraph 1 right after the E.O. line, SUBJECT after it
	s := "E.O. 12958: N/A\n1. TEXT\nSUBJECT: X\n"
	assert.Equal(t, findAll(s), findHead(s))
	// the TAGS line, and the unlabelled form, past the first farLine lines
	for _, s := range []string{
		strings.Repeat("X\n", farLine-2) + "TAGS: PREL,\nPGOV,\nEFIN\nSUBJECT: X\n",
		strings.Repeat("\n", farLine+1) + "E.O. 12958: N/A\n\nEFIN, ECON, CH\nSUBJECT: X\n",
	} {
		assert.Equal(t, findAll(s), findHead(s))
		assert.NotEmpty(t, findHead(s).Tags, s)
	}
}

func FuzzHeadLines(f *testing.F) {
	f.Add("TAGS: PREL, PGOV\nSUBJECT: X\n\n1. (C) TEXT\n")
	f.Add("E.O. 12958: DECL: 1/1/2019\n\nEFIN, ECON, CH\nSUBJECT: X\n1. TEXT")
	f.Add("1. TEXT\nTAGS: PREL\n")
	f.Add("E.O. 12958\n\n\n\n\n\n\n\n\n\n1.\n\n\n\n\n\n\n\n\nPREL, PGOV\nSUBJ: X")
	// the TAGS line and its continuations past the first farLine lines
	f.Add(strings.Repeat("X\n", farLine-2) + "TAGS: PREL,\nPGOV,\nEFIN\nSUBJECT: X\n")
	f.Add(strings.Repeat("\n", farLine+1) + "E.O. 12958: N/A\n\nEFIN, ECON, CH\nSUBJECT: X\n")
	f.Fuzz(func(t *testing.T, s string) {
		if a, h := findAll(s), findHead(s); !assert.ObjectsAreEqual(a, h) {
			t.Fatalf("find over head lines differs on %q:\n%+v\n%+v", s, h, a)
		}
	})
}
