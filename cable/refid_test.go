package cable

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/diag"
)

// refidCable builds a synthetic cable: DE line, DTG, FM line, then body.
func refidCable(de, fm, body string) string {
	var b strings.Builder
	b.WriteString("VZCZCXRO1234\nRR RUEHWEB\n")
	if de != "" {
		b.WriteString(de + "\n")
	}
	b.WriteString("ZNY CCCCC ZZH\nR 141203Z MAR 08\n")
	if fm != "" {
		b.WriteString("FM " + fm + "\n")
	}
	b.WriteString("TO RUEHC/SECSTATE WASHDC 4321\n\n")
	b.WriteString(body)
	b.WriteString("\nE.O. 12958: DECL: 03/14/2018\nTAGS: PREL PGOV\nSUBJECT: A MEETING\n\n1. (C) The minister met the delegation.\n\nDOE\n")
	return b.String()
}

// TestReferenceIDAgreement: the id takes the origin and serial the
// banner, page-break lines, DE and FM lines agree on.
func TestReferenceIDAgreement(t *testing.T) {
	tests := []struct {
		name, de, fm, body, want string
		warn                     diag.Kind
	}{
		{"banner agrees", "DE RUEHPE #4512/01 0741203", "AMEMBASSY LIMA", "C O N F I D E N T I A L LIMA 004512", "08LIMA4512", ""},
		{"zero-padded page-break serial", "DE RUEHPE #0045 0741203", "AMEMBASSY LIMA", "SECRET//NOFORN\n\nLIMA 00000045 001.2 OF 002\n", "08LIMA45", WarnIDFromHeader},
		{"caption glued to the banner serial", "DE RUEHPE #1673 0741203", "AMEMBASSY LIMA", "UNCLAS LIMA 00167SIPDIS", "08LIMA1673", WarnSerialMismatch},
		{"banner off from the DE serial", "DE RUEHPE #0981 0741203", "AMEMBASSY LIMA", "C O N F I D E N T I A L LIMA 000918", "08LIMA981", WarnSerialMismatch},
		{"garbled SECTION word", "DE RUEHSO #0335/02 0741203", "AMCONSUL SAO PAULO", "C O N F I D E N T I A L SCTION 02 OF 02 SAO PAULO 000335", "08SAOPAULO335", ""},
		{"section total glued to the origin", "DE RUEHTRO #0583/02 0741203", "AMEMBASSY TRIPOLI", "S E C R E T SECTION 02 OF 03QRIPOLI 000583", "08TRIPOLI583", WarnIDFromHeader},
		{"redacted origin", "DE RUEHPE #0123 0741203", "AMEMBASSY LIMA", "S E C R E T XXXXXXXXXXXX 000123", "08LIMA123", WarnIDFromHeader},
		{"no banner origin: FM and DE", "DE RUEHPE #0077 0741203", "AMEMBASSY LIMA", "CONFIDENTIAL//NOFORN", "08LIMA77", WarnIDFromHeader},
		{"mission banner", "DE RUEHNO #1234 0741203", "USMISSION USNATO", "C O N F I D E N T I A L USMISSION NATO 01234", "08USNATO1234", ""},
		{"year before the station", "", "AMEMBASSY DAKAR", "C O N F I D E N T I A L 08 DAKAR 1234", "08DAKAR1234", ""},
		{"Department serial cut by the DE line", "DE RUEHC #9085 0741203", "SECSTATE WASHDC", "SECRET//NOFORN", "", ""},
		{"Department banner", "DE RUEHC #9085 0741203", "SECSTATE WASHDC", "S E C R E T STATE 00119085", "08STATE119085", ""},
		{"relayed copy keeps the banner", "DE RUEHC #0003 0741203", "AMEMBASSY LIMA", "C O N F I D E N T I A L LIMA 000561", "08LIMA561", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := (&Parser{}).ParseString(refidCable(tt.de, tt.fm, tt.body))
			require.NoError(t, err)
			assert.Equal(t, tt.want, c.ReferenceID)
			if tt.warn != "" {
				assert.True(t, slices.ContainsFunc(c.Warnings, func(w diag.Warning) bool { return w.Kind == tt.warn }), "want a %s warning: %v", tt.warn, c.Warnings)
			}
		})
	}
}

func TestPladStation(t *testing.T) {
	for in, want := range map[string]string{
		"AMEMBASSY MEXICO":     "MEXICO",
		"SECSTATE WASHDC":      "STATE",
		"AMCONSUL SAO PAULO":   "SAOPAULO",
		"USMISSION NATO":       "USNATO",
		"AMEMBASSY TRIPOLI LY": "TRIPOLI",
		"AMEMBASSY ZEMBLA":     "ZEMBLA",
		"JOINT STAFF WASHDC":   "",
	} {
		assert.Equal(t, want, pladStation(in), in)
	}
}

// TestLevelWithoutBanner: without a banner the level comes from the
// security line, else from the highest portion marking.
func TestLevelWithoutBanner(t *testing.T) {
	body := "TAGS: PREL\nSUBJECT: A VISIT\n\n1. (SBU) The minister arrived.\n\n2. (U) He left.\n\nROE\n"
	withSec := "VZCZCXRO1234\nRR RUEHWEB\nDE RUEHZZ #0412 0741203\nZNY SSSSS ZZH\nR 141203Z MAR 08\nFM AMEMBASSY ZEMBLA\nTO SECSTATE WASHDC 4321\n\n" + body
	c, err := (&Parser{}).ParseString(withSec)
	require.NoError(t, err)
	require.NotNil(t, c.Classification.Classification)
	assert.Equal(t, "SECRET", c.Level().String())
	assert.Equal(t, classification.SourceSecurityLine, c.Classification.Classification.Source)

	c, err = (&Parser{}).ParseString("R 141203Z MAR 08\nFM AMEMBASSY ZEMBLA\nTO SECSTATE WASHDC 4321\n\n" + body)
	require.NoError(t, err)
	require.NotNil(t, c.Classification.Classification)
	assert.Equal(t, "UNCLASSIFIED", c.Level().String())
	assert.Equal(t, []string{"SBU"}, c.Caveats())
	assert.Equal(t, classification.SourcePortionMarking, c.Classification.Classification.Source)
	assert.True(t, slices.ContainsFunc(c.Warnings, func(w diag.Warning) bool { return w.Kind == classification.WarnLevelFromPortionMarking }))
}
