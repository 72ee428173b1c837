package tags

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/internal/golden"
	"github.com/stretchr/testify/require"
)

// TestGolden parses the real cable excerpts of testdata/cables and compares
// the results with testdata/golden.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/cables/*.txt")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 30)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(f)
			require.NoError(t, err)
			res, err := (&Parser{}).ParseResult(string(in))
			require.NoError(t, err)
			golden.JSON(t, filepath.Join("testdata", "golden", name+".json"), res)
		})
	}
}
