package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// samples is the reader samples directory of package cable.
const samples = "../../cable/testdata/read"

// runCLI runs the command in-process.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// lines decodes JSON Lines output.
func lines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var objs []map[string]any
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), l)
		objs = append(objs, m)
	}
	return objs
}

func source(m map[string]any) map[string]any {
	s, _ := m["source"].(map[string]any)
	return s
}

func TestRunDirectory(t *testing.T) {
	code, out, stderr := runCLI(t, "", "-j", "3", samples)
	assert.Equal(t, 0, code, stderr)
	objs := lines(t, out)
	// 9 single-cable files and concatenated.txt (3 cables); README.md is skipped.
	var paths []string
	for _, o := range objs {
		paths = append(paths, filepath.Base(source(o)["path"].(string)))
		assert.NotContains(t, o, "error")
	}
	assert.Equal(t, []string{
		"01PRETORIA1173.cp1252.txt", "04BOGOTA11339.html", "04THEHAGUE3156.txt", "05SANJOSE1634.html",
		"07BEIJING6403.md", "08VLADIVOSTOK68.html", "10STATE284.html", "66BUENOSAIRES2481.csv", "72TEHRAN1164.csv",
		"concatenated.txt", "concatenated.txt", "concatenated.txt",
	}, paths, "lexical order")
	assert.Equal(t, "07BEIJING6403", objs[4]["reference_id"])
	assert.Equal(t, "csv", source(objs[7])["format"])
	assert.Equal(t, float64(1), source(objs[7])["row"])
	assert.Contains(t, stderr, "cablemeta: 10 inputs, 12 cables read, 12 parsed,")
	assert.Contains(t, stderr, ", 0 failed\n")
}

func TestRunOrderAcrossWorkers(t *testing.T) {
	args := []string{"-fields", "reference_id"}
	for i := 0; i < 4; i++ {
		args = append(args, samples+"/07BEIJING6403.md", samples+"/72TEHRAN1164.csv", samples+"/10STATE284.html")
	}
	_, want, _ := runCLI(t, "", append([]string{"-j", "1"}, args...)...)
	for _, j := range []string{"2", "7"} {
		code, got, stderr := runCLI(t, "", append([]string{"-j", j}, args...)...)
		assert.Equal(t, 0, code, stderr)
		assert.Equal(t, want, got, "-j %s", j)
	}
	objs := lines(t, want)
	require.Len(t, objs, 12)
	for i, o := range objs {
		assert.Len(t, o, 2, "source and reference_id only")
		assert.Equal(t, []string{"07BEIJING6403", "72TEHRAN1164", "10STATE284"}[i%3], o["reference_id"])
	}
}

func TestRunErrorsGoOn(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	code, out, stderr := runCLI(t, "", filepath.Join(dir, "missing.html"), empty, samples+"/72TEHRAN1164.csv", filepath.Join(dir, "*.nomatch"))
	assert.Equal(t, 1, code)
	objs := lines(t, out)
	require.Len(t, objs, 4)
	assert.Contains(t, objs[0]["error"], "no such file or directory")
	assert.Equal(t, filepath.Join(dir, "missing.html"), source(objs[0])["path"])
	assert.Contains(t, objs[1]["error"], "no cable text")
	assert.Equal(t, "72TEHRAN1164", objs[2]["reference_id"])
	assert.Contains(t, objs[3]["error"], "glob")
	assert.Contains(t, stderr, "4 inputs, 1 cables read, 1 parsed, 0 with warnings, 3 failed")
}

func TestRunPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every file")
	}
	f := filepath.Join(t.TempDir(), "secret.txt")
	require.NoError(t, os.WriteFile(f, []byte("TAGS: PREL\n"), 0o000))
	code, out, _ := runCLI(t, "", f)
	assert.Equal(t, 1, code)
	assert.Contains(t, lines(t, out)[0]["error"], "permission denied")
}

func TestRunStdin(t *testing.T) {
	md, err := os.ReadFile(samples + "/07BEIJING6403.md")
	require.NoError(t, err)
	for _, args := range [][]string{nil, {"-"}} {
		code, out, stderr := runCLI(t, string(md), args...)
		assert.Equal(t, 0, code, stderr)
		objs := lines(t, out)
		require.Len(t, objs, 1)
		assert.Equal(t, "07BEIJING6403", objs[0]["reference_id"])
		assert.Equal(t, "-", source(objs[0])["path"])
		assert.Equal(t, "markdown", source(objs[0])["format"])
	}
}

func TestRunInputFormatAndCharset(t *testing.T) {
	// Forced text format: the page is read as plain text, tags and all.
	code, out, _ := runCLI(t, "", "-input-format", "text", "-fields", "subject", samples+"/04THEHAGUE3156.txt")
	assert.Equal(t, 0, code)
	assert.Equal(t, "text", source(lines(t, out)[0])["format"])

	code, out, _ = runCLI(t, "", "-charset", "windows-1252", "-fields", "subject,warnings", samples+"/01PRETORIA1173.cp1252.txt")
	assert.Equal(t, 0, code)
	o := lines(t, out)[0]
	assert.Equal(t, "THIN-SKINNED MBEKI WILL REQUIRE DEFT HANDLING", o["subject"])
	assert.NotContains(t, fmt.Sprint(o["warnings"]), "charset-fallback")
}

func TestRunStrict(t *testing.T) {
	// The page's leaked database row is a reader warning: strict makes it an error.
	code, out, stderr := runCLI(t, "", "-strict", samples+"/04BOGOTA11339.html", samples+"/72TEHRAN1164.csv")
	assert.Equal(t, 1, code)
	objs := lines(t, out)
	require.Len(t, objs, 2)
	assert.Contains(t, objs[0]["error"], "leaked-database-row")
	assert.Contains(t, objs[0], "classification", "the partial cable is kept")
	assert.Contains(t, stderr, "2 inputs, 2 cables read, ")
	assert.Contains(t, stderr, " 1 failed\n")
}

func TestRunUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-format", "xml"}, {"-j", "0"}, {"-input-format", "pdf"}, {"-charset", "klingon"}, {"-nosuchflag"},
		{"stats", "-format", "jsonl"}, {"stats", "-top", "-1"},
	} {
		code, out, stderr := runCLI(t, "", args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.Empty(t, out)
		assert.Contains(t, stderr, "usage:", "%v", args)
	}
	code, _, stderr := runCLI(t, "", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, stderr, "-input-format")
}

func TestRunJSONAndCSV(t *testing.T) {
	code, out, _ := runCLI(t, "", "-format", "json", "-fields", "reference_id", samples+"/72TEHRAN1164.csv", samples+"/66BUENOSAIRES2481.csv")
	assert.Equal(t, 0, code)
	var arr []map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &arr))
	require.Len(t, arr, 2)
	assert.Equal(t, "66BUENOSAIRES2481", arr[1]["reference_id"])

	code, out, _ = runCLI(t, "", "-format", "json", filepath.Join(t.TempDir(), "*.none"))
	assert.Equal(t, 1, code)
	require.NoError(t, json.Unmarshal([]byte(out), &arr))

	code, out, _ = runCLI(t, "", "-format", "csv", samples+"/07BEIJING6403.md")
	assert.Equal(t, 0, code)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, 2)
	assert.Equal(t, defaultCSVColumns, recs[0])
	row := map[string]string{}
	for i, c := range recs[0] {
		row[c] = recs[1][i]
	}
	assert.Equal(t, "07BEIJING6403", row["reference_id"])
	assert.Equal(t, "markdown", row["source.format"])
	assert.Equal(t, "PREL;PTER;ETRD;ENRG;MARR;ZK;XD;CH;RS", row["tags.code"])
	assert.Equal(t, "CONFIDENTIAL", row["classification.level"])
	assert.Equal(t, "2007-09-28T14:31:00Z", row["dtg"])

	code, out, _ = runCLI(t, "", "-format", "csv", "-fields", "reference_id,tags.code", samples+"/07BEIJING6403.md")
	assert.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "source.path,source.format,source.row,reference_id,tags.code\n"), out)
}

func TestRunOutputFileAtomic(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.jsonl")
	require.NoError(t, os.WriteFile(target, []byte("old\n"), 0o644))
	code, out, _ := runCLI(t, "", "-o", target, samples+"/72TEHRAN1164.csv")
	assert.Equal(t, 0, code)
	assert.Empty(t, out)
	b, err := os.ReadFile(target)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"reference_id":"72TEHRAN1164"`)
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file left")

	// An output directory that does not exist: clear error, status 1.
	code, _, stderr := runCLI(t, "", "-o", filepath.Join(dir, "no", "such", "out.jsonl"), samples+"/72TEHRAN1164.csv")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "cannot create output")
}

func TestAtomicFileAbort(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "x.json")
	a, err := createAtomic(target)
	require.NoError(t, err)
	_, err = a.Write([]byte("partial"))
	require.NoError(t, err)
	a.abort()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Empty(t, entries, "target absent, temp removed")
	assert.Error(t, a.commit())
}

// failingWriter fails every write after the first n bytes.
type failingWriter struct {
	n   int
	err error
}

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, f.err
	}
	f.n -= len(p)
	return len(p), nil
}

func TestRunBrokenPipe(t *testing.T) {
	var errb bytes.Buffer
	args := []string{samples}
	code := run(args, strings.NewReader(""), &failingWriter{err: &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.EPIPE}}, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "output closed early (broken pipe)")

	errb.Reset()
	code = run(args, strings.NewReader(""), &failingWriter{err: errors.New("disk full")}, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "writing output: disk full")
}

func TestRunStats(t *testing.T) {
	code, out, stderr := runCLI(t, "", "stats", samples)
	assert.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "      12  cables\n")
	assert.Contains(t, out, "   count  TAGS\n       7  PGOV\n")
	assert.Contains(t, out, "       1  1966\n")

	code, out, _ = runCLI(t, "", "stats", "-format", "json", "-top", "0", samples)
	assert.Equal(t, 0, code)
	var st archiveStats
	require.NoError(t, json.Unmarshal([]byte(out), &st))
	assert.Equal(t, 12, st.Cables)
	assert.Contains(t, st.ByYear, entry{"1972", 1})
	assert.Contains(t, st.ByOrigin, entry{"AMEMBASSY BEIJING", 1})
	assert.Contains(t, st.ByClass, entry{"CONFIDENTIAL", 6})
}

func TestPipelineOrder(t *testing.T) {
	// A fake parser that takes a random time: the output stays in input order.
	dir := t.TempDir()
	var inputs []input
	for i := range 30 {
		p := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		require.NoError(t, os.WriteFile(p, []byte(fmt.Sprintf("VZCZC%d\nTAGS: A\n", i)), 0o644))
		inputs = append(inputs, input{path: p})
	}
	inputs = append(inputs, input{path: "bad", err: errors.New("boom")})
	parse := func(doc cable.Document) (*cable.Cable, int, error) {
		time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond)
		return &cable.Cable{ReferenceID: strings.TrimSpace(doc.Text)}, 0, nil
	}
	rd, err := newRenderer("jsonl", []string{"reference_id"}, false)
	require.NoError(t, err)
	finish := rd.render
	pl := newPipeline(&cable.Parser{}, parse, finish, 8, nil)
	var got []string
	c, err := pl.run(inputs, func(r *result) error { got = append(got, string(r.out)); return nil })
	require.NoError(t, err)
	require.Len(t, got, 31)
	for i := range 30 {
		assert.Equal(t, fmt.Sprintf(`{"source":{},"reference_id":"VZCZC%d\nTAGS: A"}`, i), got[i])
	}
	assert.Equal(t, `{"source":{"path":"bad"},"error":"boom"}`, got[30])
	assert.Equal(t, counts{inputs: 31, read: 30, parsed: 30, failed: 1}, c)

	// Stopping early (a failed write) ends the run without deadlock.
	pl = newPipeline(&cable.Parser{}, parse, finish, 4, nil)
	n := 0
	_, err = pl.run(inputs, func(*result) error {
		n++
		if n == 3 {
			return io.ErrClosedPipe
		}
		return nil
	})
	assert.ErrorIs(t, err, io.ErrClosedPipe)
	assert.Equal(t, 3, n)
}

func TestExpandPaths(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b/2.html", "b/1.csv", "a.txt", ".hidden/x.txt", "notes.jsonl", "c/.d.txt"} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644))
	}
	var got []string
	inputs, skipped := expandPaths([]string{dir, filepath.Join(dir, "b", "*.html"), "-", filepath.Join(dir, "notes.jsonl")}, nil)
	for _, in := range inputs {
		require.NoError(t, in.err)
		got = append(got, strings.TrimPrefix(in.path, dir))
	}
	assert.Equal(t, []string{"/a.txt", "/b/1.csv", "/b/2.html", "/b/2.html", "-", "/notes.jsonl"}, got)
	assert.Equal(t, "3 skipped in folders: 1 not an input file name (first: "+filepath.Join(dir, "notes.jsonl")+
		"), 2 hidden (first: "+filepath.Join(dir, ".hidden")+")", skipped.String())
}

func TestProgressLine(t *testing.T) {
	assert.Equal(t, "cablemeta: 500 cables, 100/s, 25% of 4.0 MB, ETA 15s", progressLine(500, 1<<20, 4<<20, 5*time.Second))
	assert.Equal(t, "cablemeta: 10 cables, 5/s", progressLine(10, 100, 0, 2*time.Second))
	assert.False(t, isTerminal(&bytes.Buffer{}))
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	require.NoError(t, err)
	defer devnull.Close()
	assert.False(t, isTerminal(devnull))
	assert.Nil(t, startProgress(&bytes.Buffer{}, nil, 0))
}
