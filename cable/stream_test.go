package cable

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCables(t *testing.T) {
	data, err := os.ReadFile("testdata/read/concatenated.txt")
	require.NoError(t, err)
	var ids []string
	for c, err := range (&Parser{}).Cables(bytes.NewReader(data), "all.txt") {
		require.NoError(t, err)
		ids = append(ids, c.ReferenceID)
		assert.Equal(t, "all.txt", c.Source.Path)
	}
	assert.Equal(t, []string{"08VLADIVOSTOK68", "10STATE284", "01PRETORIA1173"}, ids)
}

func TestCablesErrorsGoOn(t *testing.T) {
	in := `"1","x"` + "\n" + row(2, "R 011200Z JAN 09\nFM SECSTATE WASHDC", "UNCLAS STATE 000002\nTAGS: PREL\nSUBJECT: X")
	var got []string
	for c, err := range (&Parser{}).Cables(strings.NewReader(in), "c.csv") {
		if err != nil {
			assert.ErrorIs(t, err, ErrBadRow)
			got = append(got, "error")
			continue
		}
		got = append(got, c.ReferenceID)
		assert.Equal(t, 2, c.Source.Row)
		require.NotNil(t, c.Published)
		assert.Equal(t, "09STATE2", c.Published.ReferenceID)
	}
	assert.Equal(t, []string{"error", "09STATE2"}, got)
}

func TestCablesLeakedRowWarning(t *testing.T) {
	for c, err := range (&Parser{}).Cables(bytes.NewReader(mustRead(t, "04BOGOTA11339.html")), "p.html") {
		require.NoError(t, err)
		assert.Contains(t, warningKinds(c.Warnings), WarnReadLeakedRow, "reader warnings reach the cable")
	}
	// Strict: the reader's warning is enough to fail.
	for _, err := range (&Parser{Strict: true}).Cables(bytes.NewReader(mustRead(t, "04BOGOTA11339.html")), "p.html") {
		se, ok := errors.AsType[*diag.StrictError](err)
		require.True(t, ok, "%v", err)
		assert.Equal(t, WarnReadLeakedRow, se.Warning.Kind)
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/read/" + name)
	require.NoError(t, err)
	return b
}
