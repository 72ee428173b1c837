package header

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A banner right after the last addressee, with no blank line between
// them (copies that drop blank lines), ends the address block: it is not
// an INFO addressee.
func TestParseBannerAfterLastAddressee(t *testing.T) {
	const head = "R 011200Z MAR 08\nFM AMEMBASSY NORTHTOWN\nTO RUEHC/SECSTATE WASHDC 0123\n" +
		"INFO RUEHAA/AMEMBASSY EASTPORT 0456\nRUEHBB/AMEMBASSY WESTVILLE 0789\n"
	for _, banner := range []string{
		"CONFIDENTIAL SECTION 01 OF 03 NORTHTOWN 001234",
		"CONFIDENTIAL NORTHTOWN 001234",
		"C O N F I D E N T I A L NORTHTOWN 001234",
		"SS E C R E T NORTHTOWN 000546",
		"O N F I D E N T I A L NORTHTOWN 000290",
		"CO N F I D E N T I A L SECTION 01 OF 06 NORTHTOWN 001501",
		"UNCLAS NORTHTOWN 001234",
	} {
		h, err := Parse(head + banner + "\nSIPDIS\nE.O. 12958: DECL: 03/01/2018\n")
		require.NoError(t, err, banner)
		assert.Len(t, h.Info, 2, banner)
		assert.Equal(t, 5, h.EndLine, banner)
	}
}
