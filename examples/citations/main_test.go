package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func citations(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// fragment is how the body-only fragment, which has no reference id, is
// named in the graph.
var fragment = "[" + filepath.Join("testdata", "09REYKJAVIK49.txt") + "]"

func TestEdges(t *testing.T) {
	code, out, stderr := citations("testdata")
	assert.Equal(t, 0, code)
	assert.Empty(t, stderr)

	edges, report, ok := strings.Cut(out, "\n\n")
	require.True(t, ok, "edges, a blank line, the report:\n%s", out)
	// The REF lines of the test cables, read by eye in the pages:
	// 08GENEVA504 "REF: A. GENEVA 256 B. GENEVA 495", 10CARACAS69 "REF: 10
	// CARACAS 9; 09 CARACAS 1374; ...", 10THEHAGUE108 "A. THE HAGUE 097
	// B. THE HAGUE 15 C. 09 THE HAGUE 758 ..." (A and B take the year of
	// the fragment's dateline, 2010), 09REYKJAVIK49 "A) STATE 5577 B) 08
	// STATE 132759" (A has no year, and neither has the fragment).
	assert.Equal(t, []string{
		"07GENEVA2626 -> 07GENEVA2373",
		"07GENEVA2626 -> 07GENEVA2355",
		"08GENEVA256 -> 07GENEVA2626",
		"08GENEVA504 -> 08GENEVA256",
		"08GENEVA504 -> 08GENEVA495",
		"09CARACAS1551 -> 09CARACAS1374",
		"09CARACAS1551 -> 09CARACAS1256",
		fragment + " -> 08STATE132759",
		"10CARACAS69 -> 10CARACAS9",
		"10CARACAS69 -> 09CARACAS1374",
		"10CARACAS69 -> 10CARACAS27",
		"10CARACAS69 -> 10CARACAS39",
		"10CARACAS69 -> 10CARACAS35",
		"10CARACAS69 -> 10CARACAS5",
		"10THEHAGUE108 -> 10THEHAGUE97",
		"10THEHAGUE108 -> 10THEHAGUE15",
		"10THEHAGUE108 -> 09THEHAGUE758",
		"10THEHAGUE108 -> 09THEHAGUE663",
		"10THEHAGUE108 -> 09THEHAGUE271",
	}, strings.Split(edges, "\n"))

	lines := strings.Split(strings.TrimSuffix(report, "\n"), "\n")
	require.GreaterOrEqual(t, len(lines), 7)
	assert.Equal(t, "7 cables, 19 citations of 18 cable ids: 2 in the archive, 16 not", lines[0])
	assert.Equal(t, "not drawn: 1 cable REF items without a known id, 0 REF items that are not cables", lines[1])
	assert.Equal(t, []string{"cited ids in the archive:", "  07GENEVA2626", "  08GENEVA256", "most cited:"}, lines[2:6])
	assert.Equal(t, "    2  09CARACAS1374        not in the archive", lines[6])
	assert.Len(t, lines[7:], 9, "-top defaults to 10")
	assert.Contains(t, lines[7:], "    1  07GENEVA2626         in the archive")
}

func TestTop(t *testing.T) {
	code, out, _ := citations("-top", "2", "testdata")
	assert.Equal(t, 0, code)
	_, most, ok := strings.Cut(out, "most cited:\n")
	require.True(t, ok)
	// Ties are broken by id: 07GENEVA2355 comes before the other ids cited once.
	assert.Equal(t, "    2  09CARACAS1374        not in the archive\n"+
		"    1  07GENEVA2355         not in the archive\n", most)
}

func TestDOT(t *testing.T) {
	code, out, stderr := citations("-dot", "testdata")
	assert.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "digraph citations {\n"))
	assert.True(t, strings.HasSuffix(out, "}\n"))
	assert.Contains(t, out, "\n  \"08GENEVA504\" -> \"08GENEVA256\" [label=\"A\"];\n")
	assert.Contains(t, out, "\n  \"08GENEVA256\" -> \"07GENEVA2626\";\n", "an item without a letter has no label")
	assert.Contains(t, out, "\n  \"08GENEVA256\" [style=filled, fillcolor=lightblue];\n")
	assert.Contains(t, out, "\n  \"09CARACAS1374\" [style=dashed];\n")
	assert.Contains(t, out, "\n  \""+fragment+"\" -> \"08STATE132759\" [label=\"B\"];\n")
	assert.Contains(t, out, "\n  \"10THEHAGUE108\" -> \"10THEHAGUE97\" [label=\"A\"];\n")
	assert.Equal(t, 19, strings.Count(out, " -> "))
	assert.Equal(t, 7+16, strings.Count(out, "style="), "one node per cable read and per cited id outside")
	assert.True(t, strings.HasPrefix(stderr, "7 cables, 19 citations"), "the report goes to stderr: %q", stderr)
}

func TestDotID(t *testing.T) {
	assert.Equal(t, `"07PARIS186"`, dotID("07PARIS186"))
	assert.Equal(t, `"[a \"b\" c]"`, dotID(`[a "b" c]`))
}

func TestErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none")
	code, out, stderr := citations(missing, filepath.Join("testdata", "08GENEVA504.html"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "citations: "+missing)
	assert.True(t, strings.HasPrefix(out, "08GENEVA504 -> 08GENEVA256\n08GENEVA504 -> 08GENEVA495\n\n1 cables"), out)

	code, _, stderr = citations()
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "usage: citations")
}
