package header

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/internal/golden"
	"github.com/stretchr/testify/require"
)

// samples returns the real header samples of testdata/.
func samples(t testing.TB) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{"testdata/*.txt", "testdata/*.md"} {
		m, err := filepath.Glob(pat)
		require.NoError(t, err)
		files = append(files, m...)
	}
	files = slicesWithout(files, "testdata/README.md")
	require.GreaterOrEqual(t, len(files), 25)
	return files
}

func slicesWithout(s []string, x string) []string {
	out := s[:0]
	for _, v := range s {
		if v != x {
			out = append(out, v)
		}
	}
	return out
}

func TestGolden(t *testing.T) {
	for _, f := range samples(t) {
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			h, err := Parse(string(src))
			require.NoError(t, err)
			golden.JSON(t, filepath.Join("testdata", "golden", name+".json"), h)
		})
	}
}
