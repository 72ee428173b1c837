// Package golden compares test output with reviewed golden files and
// rewrites them when the tests run with -update, for the golden tests of
// every cablemeta package:
//
//	go test ./header -update   # rewrite header/testdata/golden/*.json
//
// A rewritten golden file must be reviewed by eye before it is committed:
// it records what the output must be, not merely what it is.
package golden

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// Updating reports whether the test binary runs with -update.
func Updating() bool { return *update }

// JSON marshals v as indented JSON and compares it with the golden file
// path, or writes it there with -update.
func JSON(t testing.TB, path string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	Bytes(t, path, append(got, '\n'))
}

// Bytes compares got with the golden file path, or writes it there with
// -update (creating the directory).
func Bytes(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file: run go test with -update and review it")
	assert.Equal(t, string(want), string(got))
}
