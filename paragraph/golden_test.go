package paragraph

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGolden parses every testdata/cables/*.txt and compares the Body with
// testdata/golden/NAME.json.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "cables", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			b, err := Parse(string(data))
			require.NoError(t, err)
			got, err := json.MarshalIndent(b, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			// stable output: parse and marshal again
			b2, _ := Parse(string(data))
			again, _ := json.MarshalIndent(b2, "", "  ")
			require.Equal(t, string(got), string(append(again, '\n')))
			golden.Bytes(t, filepath.Join("testdata", "golden", name+".json"), got)
			// the JSON reads back into the same Body
			var back Body
			require.NoError(t, json.NewDecoder(bytes.NewReader(got)).Decode(&back))
			assert.Equal(t, len(b.Paragraphs), len(back.Paragraphs))
		})
	}
}
