package classification

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWhoEnds: the name ends where the reason part starts, in any of its
// forms, and a name cut by a wrap is joined; titles in any spelling stay
// titles. Names and titles are invented.
func TestWhoEnds(t *testing.T) {
	tests := []struct {
		line  string
		names []string
		title string
	}{
		{"Classified By: POLITICAL COUNSELOR JOHN ZEMLAK - 1.5 B,D", []string{"JOHN ZEMLAK"}, "POLITICAL COUNSELOR"},
		{"Classified By: Ambassador Jane Zemlak-reasons 1.4 (b) and (d)", []string{"Jane Zemlak"}, "Ambassador"},
		{"Classified By: DCM Jane Zemlak BASED UPON 1.4 (b)", []string{"Jane Zemlak"}, "DCM"},
		{"Classified By: DCM Jane Zemlak based on reason 1.4 (b)", []string{"Jane Zemlak"}, "DCM"},
		{"Classified By: Jane Zemlak for 12958 1.4 (b)", []string{"Jane Zemlak"}, ""},
		{"Classified By: POLOFF JANE ZEMLAK, RASONS 1.4 (B)", []string{"JANE ZEMLAK"}, "POLOFF"},
		{"Classified By: Pol Chief Jane Zemlak for Reas\n(b) and (d)", []string{"Jane Zemlak"}, "Pol Chief"},
		{"Classified By: DCM Jane Zemlak (acting), reasons 1.4 (b)", []string{"Jane Zemlak"}, "DCM"},
		{"Classified By: Jane Zem\nlak, reasons 1.4 (b)", []string{"Jane Zemlak"}, ""},
		{"Classified By: Minister-Counsellor Jane Zemlak for reasons 1.4 (b)", []string{"Jane Zemlak"}, "Minister-Counsellor"},
		{"Classified By: Counselour Jane Zemlak for reasons 1.4 (b)", []string{"Jane Zemlak"}, "Counselour"},
		{"Classified By: Econ Min Jane Zemlak for reasons 1.4 (b)", []string{"Jane Zemlak"}, "Econ Min"},
		{"Classified By: POL/C JOHN PAUL ZEMLAK, REASONS 1.4 (B)", []string{"JOHN PAUL ZEMLAK"}, "POL/C"},
		{"Classified By: JOHN ZEMLAK, RSO, REASONS: 1.4 (B)", []string{"JOHN ZEMLAK"}, "RSO"},
		{"Classified By: CHARGE D’AFFAIRES JOHN R. ZEMLAK. REASONS: 1.4 (B, D)", []string{"JOHN R. ZEMLAK"}, "CHARGE D’AFFAIRES"},
	}
	for _, tt := range tests {
		cb, ok := ParseClassifiedBy(tt.line)
		if assert.True(t, ok, tt.line) {
			assert.Equal(t, tt.names, cb.Names, tt.line)
			assert.Equal(t, tt.title, cb.Title, tt.line)
		}
	}
}

// TestSplitNameNotAWord: a whole word on the next line is not the rest of
// a name.
func TestSplitNameNotAWord(t *testing.T) {
	assert.Equal(t, "Embassy Zembla\nclassification: X", joinSplitNames("Embassy Zembla\nclassification: X"))
	assert.Equal(t, "Jane Zemlak for", joinSplitNames("Jane Zem\nlak for"))
}
