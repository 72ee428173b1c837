package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// line holds the fields of an output line that the tests look at: a cable
// object, or an error line (whose source is a string).
type line struct {
	Source         json.RawMessage `json:"source"`
	Error          string          `json:"error"`
	ReferenceID    string          `json:"reference_id"`
	DTG            string          `json:"dtg"`
	Classification *struct {
		Level   string   `json:"level"`
		Caveats []string `json:"caveats"`
	} `json:"classification"`
	References []struct {
		ID string `json:"id"`
	} `json:"references"`
}

// convert runs the program and decodes its standard output.
func convert(t *testing.T, stdin string, args ...string) (code int, lines []line, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l line
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l), "each output line is one JSON object: %s", sc.Text())
		lines = append(lines, l)
	}
	require.NoError(t, sc.Err())
	return code, lines, errOut.String()
}

// errorSource is the source of an error line, "" for a cable line.
func errorSource(t *testing.T, l line) string {
	if l.Error == "" {
		return ""
	}
	var s string
	require.NoError(t, json.Unmarshal(l.Source, &s), "the source of an error line is a string")
	return s
}

func TestDirectory(t *testing.T) {
	code, lines, stderr := convert(t, "", "testdata")
	assert.Equal(t, 1, code, "one cable failed, so the exit status is 1")
	// Files in lexical order, rows in input order; the damaged CSV row is
	// an error line between its neighbours.
	require.Len(t, lines, 7)
	var ids []string
	for _, l := range lines {
		ids = append(ids, l.ReferenceID)
	}
	assert.Equal(t, []string{"", "07PARIS186", "", "", "66BUENOSAIRES2481", "", "72TEHRAN1164"}, ids)

	paris := lines[1]
	assert.Empty(t, paris.Error)
	assert.Equal(t, "2007-01-18T10:35:00Z", paris.DTG)
	require.NotNil(t, paris.Classification)
	assert.Equal(t, "CONFIDENTIAL", paris.Classification.Level)
	assert.Equal(t, []string{"NOFORN"}, paris.Classification.Caveats)

	fragment := lines[0] // 04THEHAGUE3156.txt: a body without header
	assert.Empty(t, fragment.Error)
	assert.Empty(t, fragment.DTG, "no date-time group in a fragment, none guessed")
	require.NotNil(t, fragment.Classification)
	assert.Equal(t, "SECRET", fragment.Classification.Level)

	tehran := lines[6]
	var refs []string
	for _, r := range tehran.References {
		refs = append(refs, r.ID)
	}
	assert.Equal(t, []string{"72TEHRAN1091", "72TEHRAN263", "72MOSCOW1603"}, refs)

	bad := lines[5]
	assert.Equal(t, filepath.Join("testdata", "cables.csv")+" row 2", errorSource(t, bad))
	assert.Contains(t, bad.Error, "malformed cables.csv row")
	assert.True(t, strings.HasPrefix(bad.Error, "line 116: "), "the error names the row's first line: %s", bad.Error)
	assert.NotContains(t, bad.Error, "cables.csv:", "the path is in the source, not repeated in the message")

	notCable := lines[2] // 09SANAA2230.txt: a page fragment without cable text
	assert.Contains(t, notCable.Error, "not a cable")

	assert.Regexp(t, regexp.MustCompile(`^jsonl: 5 cables, \d+ warnings, 2 errors\n$`), stderr)
}

func TestStrict(t *testing.T) {
	code, lines, stderr := convert(t, "", "-strict", "testdata")
	assert.Equal(t, 1, code)
	failed := map[string]string{}
	for _, l := range lines {
		if src := errorSource(t, l); src != "" {
			failed[filepath.Base(src)] = l.Error
		}
	}
	// The fragment whose REF items have no year carries warnings, which
	// -strict turns into errors; the damaged row and the page fragment
	// that is not a cable fail in both modes.
	assert.Contains(t, failed, "09SANAA2230.txt")
	assert.Contains(t, failed["09STATE77662.txt"], "line 10: REF:")
	assert.Contains(t, failed, "cables.csv row 2")
	assert.NotContains(t, failed, "07PARIS186.html", "a cable without warnings passes -strict")
	m := regexp.MustCompile(`^jsonl: (\d+) cables, 0 warnings, (\d+) errors \((\d+) strict\)\n$`).FindStringSubmatch(stderr)
	require.NotNil(t, m, "stderr: %q", stderr)
	assert.Equal(t, m[2], strconv.Itoa(len(failed)))
	assert.Equal(t, strconv.Itoa(len(failed)-2), m[3], "every error but the damaged row and the non-cable is a strict one")
}

func TestStdin(t *testing.T) {
	csv, err := os.ReadFile(filepath.Join("testdata", "cables.csv"))
	require.NoError(t, err)
	code, lines, stderr := convert(t, string(csv), "-")
	assert.Equal(t, 1, code)
	require.Len(t, lines, 3)
	assert.Equal(t, "66BUENOSAIRES2481", lines[0].ReferenceID)
	assert.Equal(t, "- row 2", errorSource(t, lines[1]))
	assert.Equal(t, "72TEHRAN1164", lines[2].ReferenceID)
	assert.Equal(t, "jsonl: 2 cables, 0 warnings, 1 errors\n", stderr)
}

func TestSingleFile(t *testing.T) {
	code, lines, stderr := convert(t, "", filepath.Join("testdata", "07PARIS186.html"))
	assert.Equal(t, 0, code)
	require.Len(t, lines, 1)
	assert.Equal(t, "07PARIS186", lines[0].ReferenceID)
	assert.Equal(t, "jsonl: 1 cables, 0 warnings, 0 errors\n", stderr)
}

func TestMissingPath(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-dir")
	code, lines, _ := convert(t, "", missing, filepath.Join("testdata", "07PARIS186.html"))
	assert.Equal(t, 1, code)
	require.Len(t, lines, 2, "the run goes on after a path that cannot be read")
	assert.Equal(t, missing, errorSource(t, lines[0]))
	assert.Contains(t, lines[0].Error, "no such file")
	assert.Equal(t, "07PARIS186", lines[1].ReferenceID)
}

func TestUsage(t *testing.T) {
	code, lines, stderr := convert(t, "")
	assert.Equal(t, 2, code)
	assert.Empty(t, lines)
	assert.Contains(t, stderr, "usage: jsonl")

	code, _, _ = convert(t, "", "-no-such-flag", "testdata")
	assert.Equal(t, 2, code)
}
