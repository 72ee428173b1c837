package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cablemeta/cablemeta/cable/cabletest"
)

func renderings(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeCables writes n synthetic cables into a new directory.
func writeCables(t *testing.T, n int) string {
	dir := t.TempDir()
	for fx, err := range cabletest.All(5, n, cabletest.Options{}) {
		require.NoError(t, err)
		name := filepath.Join(dir, fx.Want.ReferenceID+".txt")
		require.NoError(t, os.WriteFile(name, []byte(fx.Text), 0o644))
	}
	return dir
}

func TestTable(t *testing.T) {
	code, out, stderr := renderings(writeCables(t, 8))
	require.Equal(t, 0, code, stderr)
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	require.Len(t, lines, 1+1+len(cabletest.Renderings()))
	assert.Equal(t, strings.Fields("rendering cables reference_id dtg from class subject tags page breaks in text"), strings.Fields(lines[0]))
	// The plain parse agrees with itself; CRLF changes nothing a parser
	// may see.
	for _, l := range []string{lines[1], lines[1+int(cabletest.CRLF)]} {
		f := strings.Fields(l)
		assert.Equal(t, []string{"8", "100.0%", "100.0%", "100.0%", "100.0%", "100.0%", "100.0%", "0"}, f[1:], l)
	}
	assert.Equal(t, "lines-joined", strings.Fields(lines[1+int(cabletest.LinesJoined)])[0])
}

func TestUsage(t *testing.T) {
	code, _, stderr := renderings()
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "usage")

	code, _, stderr = renderings(filepath.Join(t.TempDir(), "missing"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "renderings:")
}
