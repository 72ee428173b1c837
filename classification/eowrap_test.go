package classification

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEOWrapped: an E.O. line wrapped after its order number is one line;
// an E.O. label without order number before a code is an E.O. line.
func TestEOWrapped(t *testing.T) {
	tests := []struct{ text, order, event, raw string }{
		{"C O N F I D E N T I A L ZEMBLA 001234\n\nE.O. 12958:\nDECL: 08/11/2015\nTAGS: PREL\nSUBJECT: X\n", "12958", "", "DECL: 08/11/2015"},
		{"UNCLAS ZEMBLA 001234\n\nE.O. 12958:\nN/A\nTAGS: PREL\nSUBJECT: X\n", "12958", "N/A", "N/A"},
		{"C O N F I D E N T I A L ZEMBLA 1234\n\nE. O. GDS\nTAGS: PREL\nSUBJECT: X\n", "", "GDS", "GDS"},
	}
	for _, tt := range tests {
		r, err := Parse(tt.text)
		require.NoError(t, err)
		require.NotNil(t, r.Declassification, tt.text)
		d := r.Declassification
		assert.Equal(t, []string{tt.order, tt.event, tt.raw}, []string{d.ExecutiveOrder, d.Event, d.Raw}, tt.text)
		assert.Equal(t, 3, d.Line)
	}
	r, _ := Parse("C O N F I D E N T I A L ZEMBLA 001234\n\nE.O. 12958:\nDECL: 08/11/2015\nTAGS: PREL\nSUBJECT: X\n")
	assert.False(t, r.Declassification.Date.IsZero(), "the wrapped date is read")
}
