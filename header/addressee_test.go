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

// TestMonthForPrecedence: the class of Cablegate damage where a month
// stands in place of the precedence and the next addressee's RI and office
// word are lost, so that its place and serial run on from the line before.
func TestMonthForPrecedence(t *testing.T) {
	tests := []struct {
		name  string
		info  string
		want  []Addressee // RoutingIndicator, Name, Serial only
		warns int
	}{
		{"month swallows the next post", "RUEHQQ/AMEMBASSY PORT SELDEN NOV OSTERLICH 1234", []Addressee{
			{RoutingIndicator: "RUEHQQ", Name: "AMEMBASSY PORT SELDEN"}, {Name: "OSTERLICH", Serial: "1234"}}, 1},
		{"two-word place after the month", "RUEHQQ/AMCONSUL NORTH ZEMBLA FEB SAN LORENZO 0042", []Addressee{
			{RoutingIndicator: "RUEHQQ", Name: "AMCONSUL NORTH ZEMBLA"}, {Name: "SAN LORENZO", Serial: "0042"}}, 1},
		{"month alone", "RUEHQQ/AMEMBASSY PORT SELDEN MAR 3159", []Addressee{
			{RoutingIndicator: "RUEHQQ", Name: "AMEMBASSY PORT SELDEN", Serial: "3159"}}, 1},
		{"no serial", "RUEHQQ/AGENCY PORT SELDEN SEP GRAND FENWICK DC", []Addressee{
			{RoutingIndicator: "RUEHQQ", Name: "AGENCY PORT SELDEN"}, {Name: "GRAND FENWICK DC"}}, 1},
		{"month word too early to be damage", "RUEHQQ/AMEMBASSY MAY LAND 1234", []Addressee{
			{RoutingIndicator: "RUEHQQ", Name: "AMEMBASSY MAY LAND", Serial: "1234"}}, 0},
		{"precedence present", "RUEHQQ/AMEMBASSY PORT SELDEN PRIORITY 1234", []Addressee{
			{RoutingIndicator: "RUEHQQ", Name: "AMEMBASSY PORT SELDEN", Serial: "1234"}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := Parse(synthHeader(tt.info))
			require.NoError(t, err)
			var got []Addressee
			for _, a := range h.Info {
				got = append(got, Addressee{RoutingIndicator: a.RoutingIndicator, Name: a.Name, Serial: a.Serial})
			}
			assert.Equal(t, tt.want, got)
			n := 0
			for _, w := range h.Warnings {
				if w.Kind == WarnMonthForPrecedence {
					n++
					assert.Equal(t, 9, w.Line)
				}
			}
			assert.Equal(t, tt.warns, n, "%v", h.Warnings)
		})
	}
}

// TestSerialLetterO: a serial with a letter O for a zero is a serial.
func TestSerialLetterO(t *testing.T) {
	tests := []struct{ line, name, serial string }{
		{"RUEHQQ/AMEMBASSY PORT SELDEN PRIORITY 1234O", "AMEMBASSY PORT SELDEN", "12340"},
		{"RUEHQQ/AMEMBASSY PORT SELDEN O123", "AMEMBASSY PORT SELDEN", "0123"},
		{"RUEHQQ/AMEMBASSY PORT SELDEN IMMEDIATE 12O4-1206", "AMEMBASSY PORT SELDEN", "1204-1206"},
		{"RUEHQQ/AMEMBASSY OOOO", "AMEMBASSY OOOO", ""},                         // not digits
		{"RUEHQQ/AMEMBASSY PORT SELDEN 1OO4", "AMEMBASSY PORT SELDEN 1OO4", ""}, // two Os
	}
	for _, tt := range tests {
		a, err := ParseAddressee(tt.line)
		require.NoError(t, err, tt.line)
		assert.Equal(t, tt.name, a.Name, tt.line)
		assert.Equal(t, tt.serial, a.Serial, tt.line)
	}
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
		{"RHMFISS/HQ FREDONIA COMMAND", "", false},
		{"RUEHNO/US MISSION NATO ZEMBLA", "USMISSION USNATO", false}, // USNATO is NATO                         // gateway: no station
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
