package header

import (
	"testing"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// synthHeader is an invented header whose INFO block is the lines given.
func synthHeader(info string) string {
	return "VZCZCXYZ0001\nPP RUEHWEB\n\nDE RUEHZZ #0123/01 0881941\nZNY CCCCC ZZH\nP 291941Z MAR 06\n" +
		"FM AMEMBASSY FREDONIA\nTO RUEHC/SECSTATE WASHDC PRIORITY 9475\nINFO " + info +
		"\n\nC O N F I D E N T I A L FREDONIA 000123\n"
}

// TestStationMismatch: when the station of an addressee's RI is another
// post than the one written, the written name, the RI's station and a
// warning are kept. The RIs are real (their stations come from the
// embedded table), the posts written are invented.
func TestStationMismatch(t *testing.T) {
	tests := []struct {
		line    string
		station string
		warn    bool
	}{
		{"RUEHBJ/AMEMBASSY FREDONIA", "AMEMBASSY BEIJING", true},
		{"RUEHBJ/AMCONSUL OSTERLICH 0101", "AMEMBASSY BEIJING", true},
		{"RUEHBJ/AMEMBASSY BEIJING PRIORITY 0101", "AMEMBASSY BEIJING", false},
		{"RUEHBN/AMCONSUL MELBOURNE", "AMCONSUL MELBOURNE VIC", false},     // a run of the station's words
		{"RUEHC/DEPT OF ZEMBLAN AFFAIRS WASHDC", "SECSTATE WASHDC", false}, // an agency routed through State
		{"RHMFISS/HQ FREDONIA COMMAND", "", false},                         // gateway: no station
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			h, err := Parse(synthHeader(tt.line))
			require.NoError(t, err)
			require.Len(t, h.Info, 1)
			a, _ := ParseAddressee(tt.line)
			assert.Equal(t, a.Name, h.Info[0].Name, "the name as written")
			assert.Equal(t, tt.station, h.Info[0].Station)
			var kinds []diag.Kind
			for _, w := range h.Warnings {
				kinds = append(kinds, w.Kind)
			}
			if tt.warn {
				assert.Contains(t, kinds, WarnStationMismatch)
			} else {
				assert.NotContains(t, kinds, WarnStationMismatch)
			}
		})
	}
}
