package cable

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A cable whose line breaks were lost (every break a space, as a database
// export stores it) is read like its plain text, with a warning.
func TestParseFlattenedCable(t *testing.T) {
	lines := []string{
		"VZCZCXRO1234", "OO RUEHAA", "DE RUEHNT #0456/01 0601200", "ZNY CCCCC ZZH", "O 011200Z MAR 08",
		"FM AMEMBASSY NORTHTOWN", "TO RUEHC/SECSTATE WASHDC IMMEDIATE 0123", "INFO RUEHEP/AMEMBASSY EASTPORT 0456", "",
		"C O N F I D E N T I A L NORTHTOWN 000456", "", "SIPDIS", "", "E.O. 12958: DECL: 03/01/2018",
		"TAGS: PGOV PREL", "SUBJECT: NORTHLAND: MINISTER TO VISIT", "WESTVILLE", "",
		"Classified By: Ambassador Jane Q. Doe for reasons 1.4 (b) and (d).", "",
		"1. (C) The minister said FM Lavrov will come.", "", "2. (C) More.", "", "DOE",
	}
	var p Parser
	plain, err := p.ParseString(strings.Join(lines, "\n"))
	require.NoError(t, err)
	flat, err := p.ParseString(strings.Join(lines, " "))
	require.NoError(t, err)
	for _, c := range []*Cable{plain, flat} {
		assert.Equal(t, "08NORTHTOWN456", c.ReferenceID)
		assert.Equal(t, "AMEMBASSY NORTHTOWN", c.From())
		assert.Equal(t, "NORTHLAND: MINISTER TO VISIT WESTVILLE", c.Subject())
		assert.Len(t, c.Paragraphs(), 2)
	}
	assert.Equal(t, plain.DTG(), flat.DTG())
	assert.Equal(t, plain.Tags, flat.Tags)
	require.NotEmpty(t, flat.Warnings)
	assert.Equal(t, WarnLineBreaksRestored, flat.Warnings[0].Kind)
	for _, w := range plain.Warnings {
		assert.NotEqual(t, WarnLineBreaksRestored, w.Kind)
	}
}
