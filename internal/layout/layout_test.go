package layout

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sample is a synthetic cable body: invented post, serials and names.
const sample = `C O N F I D E N T I A L SECTION 01 OF 02 PORTVILLE 000123

SIPDIS

E.O. 12958: DECL: 01/02/2019
TAGS: PREL, PGOV, XX
SUBJECT: TALKS WITH THE MINISTER

REF: STATE 4567

1. (C) Summary text.
PORTVILLE 00000123 002 OF 002
2. (C) More text
OTHERTOWN 00000999 002 OF 002 glued text
                       CONFIDENTIAL
PAGE 02 PORTVI 00123 01 OF 02 021700Z
INFO  LOG-00   EEB-00  /000W
R 011200Z MAR 09
SUBJECT: NOT A PREAMBLE LINE
`

func TestScan(t *testing.T) {
	l := Scan(sample, 10)
	var got []string
	for _, s := range l.Spans {
		got = append(got, sample[s.Start:s.End])
	}
	assert.Equal(t, []string{
		"C O N F I D E N T I A L SECTION 01 OF 02 PORTVILLE 000123",
		"E.O. 12958: DECL: 01/02/2019",
		"TAGS:",
		"SUBJECT:",
		"1. ",
		"PORTVILLE 00000123 002 OF 002",
		"2. ",
		"OTHERTOWN 00000999 002 OF 002 ",
		"PAGE 02 PORTVI 00123 01 OF 02 021700Z",
	}, got)
	assert.Equal(t, 20, l.ParagraphOne)

	var breaks []Span
	for s := range l.All(PageBreak) {
		breaks = append(breaks, s)
	}
	require.Len(t, breaks, 2)
	assert.Equal(t, Span{Kind: PageBreak, Line: 21, LineStart: breaks[0].LineStart, LineEnd: breaks[0].LineEnd,
		Start: breaks[0].LineStart, End: breaks[0].LineEnd, N: 123, Alone: true}, breaks[0])
	assert.Equal(t, "PORTVILLE 00000123 002 OF 002", sample[breaks[0].LineStart:breaks[0].LineEnd])
	assert.Equal(t, 999, breaks[1].N)
	assert.False(t, breaks[1].Alone)
	assert.Equal(t, 23, breaks[1].Line)
}

func TestScanEmpty(t *testing.T) {
	l := Scan("", 0)
	assert.Empty(t, l.Spans)
	assert.Zero(t, l.ParagraphOne)
	l = Scan("no landmark here\n\n", 0)
	assert.Empty(t, l.Spans)
}

// FuzzScan: every span lies inside its line, and the lines are in order.
func FuzzScan(f *testing.F) {
	f.Add(sample)
	f.Add("1.\n\nX 12345678 001 OF\r\nPAGE 01")
	f.Fuzz(func(t *testing.T, s string) {
		l := Scan(s, 1)
		prev := 0
		for _, sp := range l.Spans {
			if sp.Line < prev || sp.LineStart > sp.Start || sp.Start > sp.End || sp.End > sp.LineEnd || sp.LineEnd > len(s) {
				t.Fatalf("%q: bad span %+v", s, sp)
			}
			prev = sp.Line
		}
	})
}
