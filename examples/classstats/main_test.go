package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func classstats(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestTable(t *testing.T) {
	code, out, stderr := classstats("testdata")
	assert.Equal(t, 1, code, "09SANAA2230.txt is not a cable")
	assert.Equal(t, "classstats: "+filepath.Join("testdata", "09SANAA2230.txt")+": not a cable: none of a cable's landmarks found "+
		"(telegraphic header, date-time group, classification, E.O. line, TAGS, subject, references, numbered paragraphs, summary, signers)\n", stderr)
	// Checked by eye against the banners and DTGs of the test cables (see
	// testdata/README): 07LONDON519 counts in 2007 by its dateline; the
	// two fragments without a date are counted under "unknown" although
	// their ids name a year.
	assert.Equal(t, ""+
		"     year  UNCLASSIFIED  CONFIDENTIAL  SECRET  total  NOFORN\n"+
		"     1966             1             0       0      1       0\n"+
		"     1972             1             0       0      1       0\n"+
		"     2007             1             1       1      3       2\n"+
		"     2009             0             0       2      2       1\n"+
		"  unknown             1             0       1      2       0\n"+
		"    total             4             1       4      9       3\n", out)
}

func TestUnknownOnly(t *testing.T) {
	// 04THEHAGUE3156 is a 2004 cable by its id, but the fragment gives no
	// date: its year is unknown, not guessed.
	code, out, _ := classstats(filepath.Join("testdata", "04THEHAGUE3156.txt"))
	assert.Equal(t, 0, code)
	assert.Equal(t, ""+
		"     year  SECRET  total  NOFORN\n"+
		"  unknown       1      1       0\n"+
		"    total       1      1       0\n", out)
}

func TestSeveralPaths(t *testing.T) {
	code, out, _ := classstats(filepath.Join("testdata", "cables.csv"), filepath.Join("testdata", "07PARIS186.html"))
	assert.Equal(t, 0, code)
	lines := strings.Split(out, "\n")
	assert.Equal(t, "   year  UNCLASSIFIED  CONFIDENTIAL  total  NOFORN", lines[0])
	assert.Equal(t, "  total             2             1      3       1", lines[4])
}

func TestErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "none")
	code, out, stderr := classstats(missing)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "classstats: "+missing)
	assert.Equal(t, "   year  total  NOFORN\n  total      0       0\n", out, "an empty table still has its header and totals")

	code, _, stderr = classstats()
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "usage: classstats")
}
