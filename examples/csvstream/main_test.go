package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var sample = filepath.Join("testdata", "cables.csv")

func csvstream(stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, stdin, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestRows(t *testing.T) {
	code, out, stderr := csvstream(nil, sample)
	assert.Equal(t, 1, code, "a row failed")
	// Subjects and DTGs as written in the rows ("SUBJECT:  EXTENDED ...",
	// "P R 281848Z DEC 66", "R 250930Z FEB 72"); the publisher's columns
	// as found, including its unpadded "2/25/1972 9:30".
	assert.Equal(t, ""+
		"row 1  66BUENOSAIRES2481  1966-12-28 18:48Z  EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS\n"+
		"       published as 66BUENOSAIRES2481, created 12/28/1966 18:48, Embassy Buenos Aires\n"+
		"row 2  error: line 116: csv: malformed cables.csv row: quoted field not closed before the next row (line 119)\n"+
		"row 3  72TEHRAN1164  1972-02-25 09:30Z  ACCELERATION OF F-4ES FOR IRAN\n"+
		"       published as 72TEHRAN1164, created 2/25/1972 9:30, Embassy Tehran\n", out)
	assert.Equal(t, "csvstream: 3 rows, 2 cables, 1 errors (0 rows too large)\n", stderr)
}

func TestTooLarge(t *testing.T) {
	f, err := os.Open(sample)
	require.NoError(t, err)
	defer f.Close()
	code, out, stderr := csvstream(f, "-max", "6000") // from standard input
	assert.Equal(t, 1, code)
	lines := strings.Split(out, "\n")
	require.Len(t, lines, 5)
	assert.True(t, strings.HasPrefix(lines[0], "row 1  66BUENOSAIRES2481  "), lines[0])
	assert.True(t, strings.HasPrefix(lines[2], "row 2  error: "), lines[2])
	assert.Equal(t, "row 3  error: line 119: csv: cable too large: row longer than 6000 bytes; skipped to the next row", lines[3])
	assert.Equal(t, "csvstream: 3 rows, 1 cables, 2 errors (1 rows too large)\n", stderr)
}

// watchedReader counts the bytes read from it.
type watchedReader struct {
	r io.Reader
	n int
}

func (w *watchedReader) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	w.n += n
	return n, err
}

// watchedWriter records, for each output line that starts a row, how many
// input bytes had been read when it was written.
type watchedWriter struct {
	in      *watchedReader
	readAt  []int
	lastRow string
}

func (w *watchedWriter) Write(p []byte) (int, error) {
	for line := range strings.Lines(string(p)) {
		if strings.HasPrefix(line, "row ") {
			w.readAt = append(w.readAt, w.in.n)
			w.lastRow = line
		}
	}
	return len(p), nil
}

// TestStreaming checks that rows are printed while the input is read, not
// after reading it all: when row k is printed, little more than k rows of
// input have been consumed.
func TestStreaming(t *testing.T) {
	data, err := os.ReadFile(sample)
	require.NoError(t, err)
	row := data[bytes.LastIndex(data, []byte("\n\"2\",\""))+1:] // row 3, a whole real row
	const rows = 100
	readers := make([]io.Reader, rows)
	for i := range readers {
		readers[i] = bytes.NewReader(row)
	}
	in := &watchedReader{r: io.MultiReader(readers...)}
	out := &watchedWriter{in: in}
	var errOut bytes.Buffer
	code := run(nil, in, out, &errOut)

	assert.Equal(t, 0, code)
	assert.Equal(t, fmt.Sprintf("csvstream: %d rows, %d cables, 0 errors (0 rows too large)\n", rows, rows), errOut.String())
	require.Len(t, out.readAt, rows)
	assert.True(t, strings.HasPrefix(out.lastRow, fmt.Sprintf("row %d  72TEHRAN1164  ", rows)), out.lastRow)
	const slack = 256 << 10 // read-ahead buffers
	for k, n := range out.readAt {
		if !assert.LessOrEqual(t, n, (k+1)*len(row)+slack, "input read when row %d was printed", k+1) {
			break
		}
	}
	assert.Less(t, out.readAt[0], rows*len(row), "row 1 is printed before the end of the input")
}

func TestUsage(t *testing.T) {
	code, _, stderr := csvstream(nil, "a.csv", "b.csv")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "usage: csvstream")

	missing := filepath.Join(t.TempDir(), "none.csv")
	code, out, stderr := csvstream(nil, missing)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, stderr, "csvstream: open "+missing)
}
