package cable

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIsInputFile(t *testing.T) {
	for name, want := range map[string]bool{
		"a.html": true, "A.HTM": true, "x/y.txt": true, "c.csv": true, "d.md": true, "e.markdown": true, "f.text": true,
		"truth.jsonl": false, "README.md": false, "readme.txt": false, ".hidden.txt": false, "noext": false, `dir\win.html`: true,
		"p.html.gz": true, "cables.CSV.bz2": true, "pages.zip": true, "pages.tar": true, "pages.tar.gz": true, "pages.tgz": true,
		"p.tbz2": true, "notes.gz": false, "x.jsonl.gz": false, "p.gz.html": true, "p.zip.gz": false, "README.md.gz": false,
	} {
		assert.Equal(t, want, IsInputFile(name), name)
	}
}

func TestInputFiles(t *testing.T) {
	fsys := fstest.MapFS{
		"cable/2010/12/10STATE284.html": {}, "cable/2001/02/01PRETORIA1173.html": {}, "cables.csv": {},
		"truth.jsonl": {}, ".cache/x.html": {}, "cable/.DS_Store": {},
	}
	files, err := InputFiles(fsys, ".")
	require.NoError(t, err)
	assert.Equal(t, []string{"cable/2001/02/01PRETORIA1173.html", "cable/2010/12/10STATE284.html", "cables.csv"}, files)

	files, err = InputFiles(fsys, "truth.jsonl") // a single file is listed whatever its name
	require.NoError(t, err)
	assert.Equal(t, []string{"truth.jsonl"}, files)

	_, err = InputFiles(fsys, "nope")
	assert.Error(t, err)
}

func TestParseFS(t *testing.T) {
	md, err := os.ReadFile("testdata/read/07BEIJING6403.md")
	require.NoError(t, err)
	csv, err := os.ReadFile("testdata/read/72TEHRAN1164.csv")
	require.NoError(t, err)
	fsys := fstest.MapFS{"b/07BEIJING6403.md": {Data: md}, "a/72TEHRAN1164.csv": {Data: csv}, "c/empty.txt": {Data: nil}}
	var ids, errs []string
	for c, err := range (&Parser{}).ParseFS(fsys, ".") {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		ids = append(ids, c.Source.Path+" "+c.ReferenceID)
	}
	assert.Equal(t, []string{"a/72TEHRAN1164.csv 72TEHRAN1164", "b/07BEIJING6403.md 07BEIJING6403"}, ids)
	assert.Equal(t, []string{"c/empty.txt: text: no cable text"}, errs)

	n := 0
	for range (&Parser{}).ParseFS(fsys, ".") {
		n++
		break
	}
	assert.Equal(t, 1, n, "stops when the loop breaks")

	for _, err := range (&Parser{}).ParseFS(fsys, "missing") {
		var pe *diag.ParseError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, "missing", pe.Path)
	}
}

func TestParseDir(t *testing.T) {
	var paths []string
	for c, err := range (&Parser{}).ParseDir("testdata/read") {
		require.NoError(t, err)
		paths = append(paths, c.Source.Path)
	}
	require.Len(t, paths, 12)
	assert.Equal(t, filepath.Join("testdata", "read", "01PRETORIA1173.cp1252.txt"), paths[0])

	for c, err := range (&Parser{}).ParseDir("testdata/read/72TEHRAN1164.csv") {
		require.NoError(t, err)
		assert.Equal(t, "testdata/read/72TEHRAN1164.csv", c.Source.Path)
	}
	for _, err := range (&Parser{}).ParseDir("testdata/nope") {
		assert.ErrorIs(t, err, os.ErrNotExist)
	}
}
