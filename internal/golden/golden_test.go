package golden

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestJSON(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "g.json")
	assert.NoError(t, os.WriteFile(path, []byte("{\n  \"a\": 1\n}\n"), 0o644))
	JSON(t, path, map[string]int{"a": 1})

	// A different value must fail the comparison.
	ft := &testing.T{}
	done := make(chan struct{})
	go func() { defer close(done); JSON(ft, path, map[string]int{"a": 2}) }()
	<-done
	assert.True(t, ft.Failed())
}
