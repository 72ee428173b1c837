package cable

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// member is one file of a test archive.
type member struct{ name, path string }

// readTestFile reads a file of testdata.
func readTestFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", path))
	require.NoError(t, err)
	return b
}

func gzipOf(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	_, err := z.Write(b)
	require.NoError(t, err)
	require.NoError(t, z.Close())
	return buf.Bytes()
}

func tarOf(t testing.TB, ms ...member) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := tar.NewWriter(&buf)
	require.NoError(t, w.WriteHeader(&tar.Header{Name: "2010/", Typeflag: tar.TypeDir, Mode: 0o755}))
	for _, m := range ms {
		b := readTestFile(t, m.path)
		require.NoError(t, w.WriteHeader(&tar.Header{Name: m.name, Mode: 0o644, Size: int64(len(b))}))
		_, err := w.Write(b)
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

func zipOf(t testing.TB, ms ...member) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, m := range ms {
		f, err := w.Create(m.name)
		require.NoError(t, err)
		_, err = f.Write(readTestFile(t, m.path))
		require.NoError(t, err)
	}
	require.NoError(t, w.Close())
	return buf.Bytes()
}

// cableIDs parses every cable of r and returns "source: id" per cable
// and the errors.
func cableIDs(t testing.TB, r io.Reader, name string) (ids []string, errs []error) {
	t.Helper()
	for c, err := range (&Parser{}).Cables(r, name) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ids = append(ids, c.Source.Path+": "+c.ReferenceID)
	}
	return ids, errs
}

func TestContainers(t *testing.T) {
	page := member{"2010/10STATE284.html", "read/10STATE284.html"}
	csv := member{"dump/cables.csv", "read/72TEHRAN1164.csv"}
	readme := member{"README.md", "read/README.md"} // not an input file name: skipped
	tarball := tarOf(t, page, readme, csv)
	for _, tt := range []struct {
		name string
		data []byte
		want []string
	}{
		{"page.html.gz", gzipOf(t, readTestFile(t, "read/10STATE284.html")), []string{"page.html.gz: 10STATE284"}},
		{"cable.txt.bz2", readTestFile(t, "container/04THEHAGUE3156.txt.bz2"), []string{"cable.txt.bz2: "}},
		{"pages.tar", tarball, []string{"pages.tar!2010/10STATE284.html: 10STATE284", "pages.tar!dump/cables.csv: 72TEHRAN1164"}},
		{"pages.tar.gz", gzipOf(t, tarball), []string{"pages.tar.gz!2010/10STATE284.html: 10STATE284", "pages.tar.gz!dump/cables.csv: 72TEHRAN1164"}},
		{"pages.zip", zipOf(t, page, readme, csv), []string{"pages.zip!2010/10STATE284.html: 10STATE284", "pages.zip!dump/cables.csv: 72TEHRAN1164"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// read whole (a reader with a length) and as a stream
			for _, r := range []io.Reader{bytes.NewReader(tt.data), io.MultiReader(bytes.NewReader(tt.data))} {
				if tt.name == "pages.zip" {
					if _, ok := r.(io.ReaderAt); !ok {
						continue // see TestZipNeedsReaderAt
					}
				}
				ids, errs := cableIDs(t, r, tt.name)
				assert.Empty(t, errs)
				assert.Equal(t, tt.want, ids)
			}
		})
	}
}

func TestContainerMemberText(t *testing.T) {
	// The bzip2 member gives the very cable the plain file gives.
	plain, err := (&Parser{}).Parse(bytes.NewReader(readTestFile(t, "read/04THEHAGUE3156.txt")))
	require.NoError(t, err)
	packed, err := (&Parser{}).Parse(bytes.NewReader(readTestFile(t, "container/04THEHAGUE3156.txt.bz2")))
	require.NoError(t, err)
	assert.Equal(t, plain.Paragraphs(), packed.Paragraphs())
	assert.Equal(t, plain.Classification, packed.Classification)
}

func TestZipFromFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pages.zip")
	require.NoError(t, os.WriteFile(path, zipOf(t, member{"a/10STATE284.html", "read/10STATE284.html"}), 0o644))
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	ids, errs := cableIDs(t, f, path)
	assert.Empty(t, errs)
	assert.Equal(t, []string{path + "!a/10STATE284.html: 10STATE284"}, ids)
}

func TestZipNeedsReaderAt(t *testing.T) {
	data := zipOf(t, member{"a/10STATE284.html", "read/10STATE284.html"})
	_, errs := cableIDs(t, io.MultiReader(bytes.NewReader(data)), "-")
	require.Len(t, errs, 1)
	assert.ErrorContains(t, errs[0], "zip archive is read from a file")
}

func TestContainerNotCable(t *testing.T) {
	page := readTestFile(t, "read/10STATE284.html")
	deep := page
	for range maxContainerDepth + 1 {
		deep = gzipOf(t, deep)
	}
	truncated := gzipOf(t, page)[:40]
	for _, tt := range []struct {
		name string
		data []byte
		msg  string
	}{
		{"bad.gz", append([]byte{0x1f, 0x8b, 0x08}, bytes.Repeat([]byte{0xff}, 40)...), "not a cable: "},
		{"bad.zip", []byte("PK\x03\x04 not really a zip archive"), "not a cable: zip: "},
		{"deep.gz", deep, "nested more than 4 deep"},
		{"truncated.gz", truncated, "unexpected EOF"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ids, errs := cableIDs(t, bytes.NewReader(tt.data), tt.name)
			assert.Empty(t, ids)
			require.Len(t, errs, 1)
			assert.ErrorContains(t, errs[0], tt.msg)
			var pe *diag.ParseError
			require.ErrorAs(t, errs[0], &pe)
			assert.Contains(t, pe.Path, tt.name)
		})
	}
}

func TestSniffContainer(t *testing.T) {
	ustar := make([]byte, 512)
	copy(ustar[257:], "ustar\x0000")
	for _, tt := range []struct {
		head []byte
		want container
	}{
		{[]byte{0x1f, 0x8b, 0x08, 0}, containerGzip},
		{[]byte("BZh91AY&SY..."), containerBzip2},
		{[]byte("BZh9\x17rE8P\x90"), containerBzip2},
		{[]byte("BZh9 is how a cable might start"), ""},
		{[]byte("PK\x03\x04"), containerZip},
		{[]byte("PK\x05\x06"), containerZip},
		{ustar, containerTar},
		{[]byte("<html>"), ""},
		{nil, ""},
	} {
		assert.Equal(t, tt.want, sniffContainer(tt.head), "%q", tt.head)
	}
}

// FuzzContainers checks that any bytes after a container's magic end
// without a panic and with every document's text valid.
func FuzzContainers(f *testing.F) {
	f.Add([]byte{0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff})
	f.Add(gzipOf(f, []byte("TAGS: PREL\n")))
	f.Add([]byte("BZh91AY&SY\x00\x00"))
	f.Add([]byte("PK\x05\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"))
	f.Add(tarOf(f, member{"a.txt", "read/04THEHAGUE3156.txt"}))
	f.Fuzz(func(t *testing.T, data []byte) {
		for c, err := range (&Parser{}).Cables(bytes.NewReader(data), "f") {
			if err == nil && c == nil {
				t.Fatal("nil cable without an error")
			}
		}
	})
}
