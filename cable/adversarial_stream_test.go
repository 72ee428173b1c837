package cable

import (
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The inputs below are streamed from generators, never held in memory, so
// that the tests check what matters for unattended runs over huge dumps:
// reading ends, reports the bad part with its position, and allocates in
// proportion to MaxCableSize, not to the input.

// genReader yields parts in turn, each repeated times[i] times.
type genReader struct {
	parts []string
	times []int
	i, k  int    // current part, repetitions done
	cur   string // rest of the current repetition
}

func (g *genReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if g.cur == "" {
			for g.i < len(g.parts) && g.k >= g.times[g.i] {
				g.i, g.k = g.i+1, 0
			}
			if g.i >= len(g.parts) {
				if n == 0 {
					return 0, io.EOF
				}
				return n, nil
			}
			g.cur, g.k = g.parts[g.i], g.k+1
		}
		c := copy(p[n:], g.cur)
		g.cur, n = g.cur[c:], n+c
	}
	return n, nil
}

// allocatedDuring returns the bytes allocated on the heap while f ran.
func allocatedDuring(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestHundredMegabyteLine streams a 100 MB line (no line end) after a
// cable: the cable is read, the line is reported as too large with its
// line number, and memory stays bounded by MaxCableSize.
func TestHundredMegabyteLine(t *testing.T) {
	const size = 100 << 20
	p := &Parser{MaxCableSize: 1 << 20, Format: FormatText}
	in := &genReader{
		parts: []string{"VZCZC\nO 281431Z SEP 07\nFM AMEMBASSY BEIJING\nSUBJECT: ONE\n\n1. (C) Text.\n", "VZCZC\n", strings.Repeat("A", 1<<16)},
		times: []int{1, 1, size >> 16},
	}
	var docs []Document
	var errs []error
	alloc := allocatedDuring(func() {
		for d, err := range p.Documents(in, "huge.txt") {
			docs, errs = append(docs, d), append(errs, err)
		}
	})
	require.Len(t, docs, 2, "the cable, then the oversized one")
	assert.NoError(t, errs[0])
	assert.Contains(t, docs[0].Text, "SUBJECT: ONE")
	require.ErrorIs(t, errs[1], ErrTooLarge)
	var pe *diag.ParseError
	require.True(t, errors.As(errs[1], &pe))
	assert.Equal(t, 7, pe.Line, "the oversized cable starts on line 7")
	assert.Less(t, alloc, uint64(size/4), "memory must not grow with the line (allocated %d bytes)", alloc)
}

// TestCSVUnterminatedQuoteAtEndOfLongStream streams cables.csv rows, then
// a row whose last field opens a quote that is never closed: every good
// row is read, the last one is reported as a bad row with its number, and
// allocations do not grow with the stream. The stream is 1 GB without
// the race detector and 64 MB with it (whose overhead is per byte).
func TestCSVUnterminatedQuoteAtEndOfLongStream(t *testing.T) {
	size := 1 << 30
	if raceEnabled || testing.Short() {
		size = 64 << 20
	}
	row := `"1","12/31/2008 10:00","08STATE1","Secretary of State","UNCLASSIFIED","","H","` +
		strings.Repeat("TEXT OF THE CABLE, LINE AFTER LINE.\n", 1800) + `"` + "\n"
	rows := size / len(row)
	bad := `"2","1/1/2009 10:00","09STATE2","Secretary of State","UNCLASSIFIED","","H","` +
		strings.Repeat("NEVER CLOSED\n", 100)
	in := &genReader{parts: []string{row, bad}, times: []int{rows, 1}}
	p := &Parser{Format: FormatCSV}
	good, last := 0, error(nil)
	var lastSrc Source
	alloc := allocatedDuring(func() {
		for d, err := range p.Documents(in, "cables.csv") {
			if err == nil {
				good++
				continue
			}
			last, lastSrc = err, d.Source
		}
	})
	assert.Equal(t, rows, good)
	require.ErrorIs(t, last, ErrBadRow)
	assert.Equal(t, rows+1, lastSrc.Row, "the bad row is the last one")
	// Each row's text is a new string (about len(row) bytes, a few times
	// over while decoded and normalised); nothing else may grow.
	assert.Less(t, alloc/uint64(rows+1), uint64(8*len(row)), "bytes allocated per row")
}

// TestPathologicalHTML: deeply nested and unclosed elements. The reader
// looks for <pre> blocks and the metadata table without building a tree,
// so depth costs nothing; an unclosed <pre> runs to the end with a
// warning.
func TestPathologicalHTML(t *testing.T) {
	tests := []struct {
		name    string
		page    string
		wantErr error
		want    string // in Document.Text
	}{
		{"a million nested divs", strings.Repeat("<div>", 1_000_000) + "<pre>SUBJECT: DEEP\n</pre>" + strings.Repeat("</div>", 10), nil, "SUBJECT: DEEP"},
		{"100,000 unclosed pre", strings.Repeat("<pre>", 100_000) + "SUBJECT: X\n", nil, "SUBJECT: X"},
		{"unclosed tags everywhere", strings.Repeat("<table><tr><td><a href='x'", 50_000), ErrNoCable, ""},
		{"unclosed comment", "<html><!-- " + strings.Repeat("<pre>", 1000), nil, ""},
		{"tag never ends", "<html><pre" + strings.Repeat(" a=b", 200_000), ErrNoCable, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Parser{Format: FormatHTML, MaxCableSize: 8 << 20}
			n := 0
			for d, err := range p.Documents(strings.NewReader(tt.page), "page.html") {
				n++
				if tt.wantErr != nil {
					assert.ErrorIs(t, err, tt.wantErr)
					continue
				}
				if err != nil {
					assert.ErrorIs(t, err, ErrNoCable) // only blank blocks
					continue
				}
				assert.Contains(t, d.Text, tt.want)
			}
			assert.Equal(t, 1, n, "one page, one document or one error")
		})
	}
}
