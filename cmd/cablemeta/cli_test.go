package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cliPath is the command built by TestMain: the tests below run it as a
// user does, in its own process.
var cliPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "cablemeta-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	cliPath = filepath.Join(dir, "cablemeta")
	if out, err := exec.Command("go", "build", "-o", cliPath, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building the command: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// cli runs the built command in dir with stdin.
func cli(t *testing.T, dir string, stdin []byte, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(cliPath, args...)
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode(), out.String(), errb.String()
	}
	require.NoError(t, err)
	return 0, out.String(), errb.String()
}

// sample returns the bytes of a reader sample of package cable.
func sample(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(samples, name))
	require.NoError(t, err)
	return b
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, b, 0o644))
}

// ids maps each output line's source path to its reference id, or to
// "error: ..." for an error line.
func ids(t *testing.T, out string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, o := range lines(t, out) {
		v, _ := o["reference_id"].(string)
		if e, ok := o["error"].(string); ok {
			v = "error: " + e
		}
		m[source(o)["path"].(string)] = v
	}
	return m
}

func TestCLIOutputIsNeverAnInput(t *testing.T) {
	dir := t.TempDir()
	csv := sample(t, "72TEHRAN1164.csv")
	writeFile(t, filepath.Join(dir, "cables.csv"), csv)
	require.NoError(t, os.Symlink("cables.csv", filepath.Join(dir, "alias.csv")))
	for _, args := range [][]string{
		{"-o", "cables.csv", "cables.csv"},
		{"-o", "cables.csv", "./alias.csv"},
		{"cables.csv", "-o", "./cables.csv"},
		{"-o", "alias.csv", "*.csv"},
	} {
		code, out, stderr := cli(t, dir, nil, args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.Empty(t, out)
		assert.Contains(t, stderr, "refusing to overwrite it (nothing was read)", "%v", args)
		assert.NotContains(t, stderr, "inputs,", "nothing was read")
		got, err := os.ReadFile(filepath.Join(dir, "cables.csv"))
		require.NoError(t, err)
		assert.Equal(t, csv, got, "the input is untouched")
	}

	// An output inside a folder read: the second run does not read the
	// first run's output.
	pages := filepath.Join(dir, "pages")
	writeFile(t, filepath.Join(pages, "10STATE284.html"), sample(t, "10STATE284.html"))
	args := []string{"-format", "csv", "-fields", "reference_id", "-o", filepath.Join("pages", "out.csv"), "pages"}
	code, _, _ := cli(t, dir, nil, args...)
	require.Equal(t, 0, code)
	first, err := os.ReadFile(filepath.Join(pages, "out.csv"))
	require.NoError(t, err)
	code, _, stderr := cli(t, dir, nil, args...)
	assert.Equal(t, 0, code)
	second, err := os.ReadFile(filepath.Join(pages, "out.csv"))
	require.NoError(t, err)
	assert.Equal(t, string(first), string(second))
	assert.Contains(t, stderr, "cablemeta: 1 inputs, ")
	assert.Contains(t, stderr, "cablemeta: 1 skipped in folders: 1 the -o output (first: "+filepath.Join("pages", "out.csv")+")")
}

func TestCLISymlinkedFolders(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	writeFile(t, filepath.Join(data, "2010", "10STATE284.html"), sample(t, "10STATE284.html"))
	writeFile(t, filepath.Join(data, "notes.jsonl"), []byte("{}\n"))
	require.NoError(t, os.Symlink("..", filepath.Join(data, "2010", "up")))              // a loop
	require.NoError(t, os.Symlink("missing.html", filepath.Join(data, "broken.html")))   // broken
	require.NoError(t, os.Symlink("self.html", filepath.Join(data, "self.html")))        // a loop of one
	require.NoError(t, os.Symlink(filepath.Join(dir, "more"), filepath.Join(data, "m"))) // a folder elsewhere
	writeFile(t, filepath.Join(dir, "more", "72TEHRAN1164.csv"), sample(t, "72TEHRAN1164.csv"))
	require.NoError(t, os.Symlink("data", filepath.Join(dir, "link")))

	for _, path := range []string{"link", "data"} {
		code, out, stderr := cli(t, dir, nil, "-fields", "reference_id", path)
		assert.Equal(t, 0, code, stderr)
		assert.Equal(t, map[string]string{
			filepath.Join(path, "2010", "10STATE284.html"): "10STATE284",
			filepath.Join(path, "m", "72TEHRAN1164.csv"):   "72TEHRAN1164",
		}, ids(t, out))
		assert.Contains(t, stderr, "cablemeta: 2 inputs, 2 cables read, 2 parsed")
		assert.Contains(t, stderr, "cablemeta: 4 skipped in folders: 1 not an input file name (first: "+filepath.Join(path, "notes.jsonl")+
			"), 1 folder already read (symbolic link) (first: "+filepath.Join(path, "2010", "up")+
			"), 2 broken symbolic link (first: "+filepath.Join(path, "broken.html")+")")
	}
}

func gzipBytes(t *testing.T, b []byte) []byte {
	var buf bytes.Buffer
	z := gzip.NewWriter(&buf)
	_, err := z.Write(b)
	require.NoError(t, err)
	require.NoError(t, z.Close())
	return buf.Bytes()
}

func TestCLIArchives(t *testing.T) {
	dir := t.TempDir()
	page, csv, md := sample(t, "10STATE284.html"), sample(t, "72TEHRAN1164.csv"), sample(t, "07BEIJING6403.md")

	var tb bytes.Buffer
	tw := tar.NewWriter(&tb)
	for name, b := range map[string][]byte{"2007/07BEIJING6403.md": md} {
		require.NoError(t, tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(b))}))
		_, err := tw.Write(b)
		require.NoError(t, err)
	}
	require.NoError(t, tw.Close())
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	for _, m := range []struct {
		name string
		b    []byte
	}{{"2010/10STATE284.html", page}, {"cables.csv", csv}, {"README.txt", []byte("about")}} {
		f, err := zw.Create(m.name)
		require.NoError(t, err)
		_, err = f.Write(m.b)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	bz2, err := os.ReadFile("../../cable/testdata/container/04THEHAGUE3156.txt.bz2")
	require.NoError(t, err)

	in := filepath.Join(dir, "in")
	writeFile(t, filepath.Join(in, "10STATE284.html.gz"), gzipBytes(t, page))
	writeFile(t, filepath.Join(in, "04THEHAGUE3156.txt.bz2"), bz2)
	writeFile(t, filepath.Join(in, "pages.tar.gz"), gzipBytes(t, tb.Bytes()))
	writeFile(t, filepath.Join(in, "pages.zip"), zb.Bytes())

	code, out, stderr := cli(t, dir, nil, "-fields", "reference_id", "in")
	assert.Equal(t, 0, code, stderr)
	assert.Equal(t, map[string]string{
		"in/04THEHAGUE3156.txt.bz2":             "",
		"in/10STATE284.html.gz":                 "10STATE284",
		"in/pages.tar.gz!2007/07BEIJING6403.md": "07BEIJING6403",
		"in/pages.zip!2010/10STATE284.html":     "10STATE284",
		"in/pages.zip!cables.csv":               "72TEHRAN1164",
	}, ids(t, out))

	// Standard input: a gzip stream is read; a zip archive needs a file.
	code, out, _ = cli(t, dir, gzipBytes(t, page), "-fields", "reference_id")
	assert.Equal(t, 0, code)
	assert.Equal(t, map[string]string{"-": "10STATE284"}, ids(t, out))
	code, out, _ = cli(t, dir, zb.Bytes(), "-fields", "reference_id", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, ids(t, out)["-"], "a zip archive is read from a file")
}

func TestCLIArchiveStreamed(t *testing.T) {
	// A zip larger than 1 MiB is read by the producer from the file, not
	// whole on a worker: its members are spread over the workers.
	dir := t.TempDir()
	page := sample(t, "10STATE284.html")
	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	for i := range 40 {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("p/%02d.html", i), Method: zip.Store})
		require.NoError(t, err)
		_, err = f.Write(page)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	require.Greater(t, zb.Len(), wholeFileMax)
	writeFile(t, filepath.Join(dir, "pages.zip"), zb.Bytes())
	code, out, stderr := cli(t, dir, nil, "-j", "2", "-fields", "reference_id", "pages.zip")
	assert.Equal(t, 0, code, stderr)
	objs := lines(t, out)
	require.Len(t, objs, 40)
	assert.Equal(t, "pages.zip!p/39.html", source(objs[39])["path"], "archive order")
	assert.Contains(t, stderr, "cablemeta: 1 inputs, 40 cables read, 40 parsed")
}

func TestCLINotACable(t *testing.T) {
	dir := t.TempDir()
	random := make([]byte, 1<<20)
	rng := rand.New(rand.NewPCG(7, 11))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	text := sample(t, "04THEHAGUE3156.txt")
	var u16 []byte
	for _, u := range utf16.Encode([]rune(string(text))) {
		u16 = append(u16, byte(u), byte(u>>8))
	}
	writeFile(t, filepath.Join(dir, "random.txt"), random)
	writeFile(t, filepath.Join(dir, "utf16.txt"), u16)
	writeFile(t, filepath.Join(dir, "utf8.txt"), text)
	writeFile(t, filepath.Join(dir, "letter.txt"), []byte("Dear Maria,\nthe garden is lovely this year.\nSee you soon, Ana\n"))
	writeFile(t, filepath.Join(dir, "bad.html.gz"), append([]byte{0x1f, 0x8b, 0x08}, bytes.Repeat([]byte{0xee}, 64)...))

	code, out, stderr := cli(t, dir, nil, ".")
	assert.Equal(t, 1, code)
	got := ids(t, out)
	assert.Contains(t, got["random.txt"], "error: random.txt: not a cable: binary data (NUL byte at byte ")
	assert.Contains(t, got["letter.txt"], "error: letter.txt: not a cable: none of a cable's landmarks found")
	assert.Contains(t, got["bad.html.gz"], "error: bad.html.gz: not a cable: ")
	assert.Contains(t, stderr, "cablemeta: 5 inputs, 3 cables read, 2 parsed, ")
	assert.Contains(t, stderr, "3 failed\n")

	// UTF-16 without a byte order mark reads as its UTF-8 original.
	objs := lines(t, out)
	var u16obj, u8obj map[string]any
	for _, o := range objs {
		switch source(o)["path"] {
		case "utf16.txt":
			u16obj = o
		case "utf8.txt":
			u8obj = o
		}
	}
	require.NotNil(t, u16obj)
	delete(u16obj, "source")
	delete(u8obj, "source")
	assert.Equal(t, u8obj, u16obj)
}

func TestCLIFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "-odd.txt"), sample(t, "04THEHAGUE3156.txt"))
	page := filepath.Join(samples, "10STATE284.html")
	abs, err := filepath.Abs(page)
	require.NoError(t, err)

	// flags after the path
	code, out, stderr := cli(t, dir, nil, abs, "-fields", "reference_id", "-o", "x.jsonl")
	assert.Equal(t, 0, code, stderr)
	assert.Empty(t, out)
	b, err := os.ReadFile(filepath.Join(dir, "x.jsonl"))
	require.NoError(t, err)
	assert.Equal(t, map[string]string{abs: "10STATE284"}, ids(t, string(b)))

	// "--" ends the flags
	code, out, _ = cli(t, dir, nil, "-fields", "subject", "--", "-odd.txt")
	assert.Equal(t, 0, code)
	assert.Equal(t, "-odd.txt", source(lines(t, out)[0])["path"])

	// the stats word after flags; a -j above the cap still runs
	code, out, stderr = cli(t, dir, nil, "-j", "1000", "stats", "-top", "2", abs)
	assert.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "       1  cables\n")
	// but not after "--", nor after a path
	code, out, _ = cli(t, dir, nil, "--", "stats")
	assert.Equal(t, 1, code)
	assert.Contains(t, ids(t, out)["stats"], "no such file")
	code, _, stderr = cli(t, dir, nil, "-top", "2", abs)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "-top applies to stats only")
	code, _, stderr = cli(t, dir, nil, "stats", "-fields", "subject", abs)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "-fields does not apply to stats")

	code, out, _ = cli(t, dir, nil, "-version")
	assert.Equal(t, 0, code)
	assert.Regexp(t, `^cablemeta (devel|v\S+)\n$`, out)
}

func TestCLINoPathOnTerminal(t *testing.T) {
	// The master side of a pseudo-terminal is a terminal as isTerminal
	// sees it (a character device that is not the null device).
	tty, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer tty.Close()
	cmd := exec.Command(cliPath)
	cmd.Stdin = tty
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err = cmd.Run()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 2, ee.ExitCode())
	assert.True(t, strings.HasPrefix(errb.String(), "cablemeta: no PATH given, and standard input is a terminal\nusage: cablemeta [flags] PATH...\n"), errb.String())
}

func TestMaxWorkers(t *testing.T) {
	o, err := parseArgs([]string{"-j", "1000"}, &bytes.Buffer{})
	require.NoError(t, err)
	assert.Equal(t, 1000, o.workers, "parsed as given; run caps it")
	assert.Equal(t, 2*runtime.GOMAXPROCS(0), maxWorkers())
}
