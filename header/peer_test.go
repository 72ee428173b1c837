package header

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Cases from cablemeta's peer-cases recipients.jsonl and
// info_recipients.jsonl (taken from cablemap's tests/test_reader_recipients.py,
// BSD licence; input and expected values only).
type peerRecipient struct {
	route, name, precedence, mcn string
	excluded                     []string
}

func TestPeerRecipients(t *testing.T) {
	tests := []struct {
		name  string
		input string
		to    []peerRecipient
		info  []peerRecipient
	}{
		{
			name:  "test_reader_recipients.py:23 page header after TO",
			input: "P 182318Z FEB 09\nFM SECSTATE WASHDC\nTO PAGE 02        STATE   015113  182333Z \nALL DIPLOMATIC POSTS COLLECTIVE PRIORITY\nAMEMBASSY TRIPOLI PRIORITY",
			to: []peerRecipient{
				{"", "ALL DIPLOMATIC POSTS COLLECTIVE", "PRIORITY", "", nil},
				{"", "AMEMBASSY TRIPOLI", "PRIORITY", "", nil},
			},
		},
		{
			name:  "test_reader_recipients.py:48 page header, then INFO",
			input: "FM SECSTATE WASHDC\nTO PAGE 02        STATE   023763  071504Z\nAMEMBASSY NEW DELHI PRIORITY\nINFO MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE PRIORITY",
			to:    []peerRecipient{{"", "AMEMBASSY NEW DELHI", "PRIORITY", "", nil}},
			info:  []peerRecipient{{"", "MISSILE TECHNOLOGY CONTROL REGIME COLLECTIVE", "PRIORITY", "", nil}},
		},
		{
			name:  "XMT after a collective",
			input: "FM AMEMBASSY FOOBAR\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 3355\nRUEHX/EUROPEAN POLITICAL COLLECTIVE\nXMT AMEMBASSY SOFIA\nAMEMBASSY BUCHAREST",
			to: []peerRecipient{
				{"RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "3355", nil},
				{"RUEHX", "EUROPEAN POLITICAL COLLECTIVE", "", "", []string{"AMEMBASSY SOFIA", "AMEMBASSY BUCHAREST"}},
			},
		},
		{
			name:  "INFO with RI and serial, RI without serial",
			input: "TO AMEMBASSY NEW DELHI PRIORITY\nINFO RUEHTH/AMEMBASSY ATHENS 0121\nRUEUITH/DET 1 39LG ANKARA TU",
			to:    []peerRecipient{{"", "AMEMBASSY NEW DELHI", "PRIORITY", "", nil}},
			info: []peerRecipient{
				{"RUEHTH", "AMEMBASSY ATHENS", "", "0121", nil},
				{"RUEUITH", "DET 1 39LG ANKARA TU", "", "", nil},
			},
		},
		{
			name:  "INFO only after FM",
			input: "R 270230Z NOV 08\nFM SECSTATE WASHDC\nINFO AMEMBASSY PANAMA",
			info:  []peerRecipient{{"", "AMEMBASSY PANAMA", "", "", nil}},
		},
		{
			name:  "bare INFO line",
			input: "INFO AMEMBASSY PANAMA",
			info:  []peerRecipient{{"", "AMEMBASSY PANAMA", "", "", nil}},
		},
		{
			name:  "INFO RI serial then DMS gateway",
			input: "INFO RUEHTH/AMEMBASSY ATHENS 0121\nRHMFIUU/39OS INCIRLIK AB TU",
			info: []peerRecipient{
				{"RUEHTH", "AMEMBASSY ATHENS", "", "0121", nil},
				{"RHMFIUU", "39OS INCIRLIK AB TU", "", "", nil},
			},
		},
		{
			name:  "INFO XMT only",
			input: "INFO XMT FOOBAR",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := Parse(tt.input)
			require.NoError(t, err)
			assert.Equal(t, tt.to, peerList(h.To), "to")
			assert.Equal(t, tt.info, peerList(h.Info), "info")
		})
	}
}

func peerList(as []Addressee) []peerRecipient {
	var out []peerRecipient
	for _, a := range as {
		out = append(out, peerRecipient{a.RoutingIndicator, a.Name, string(a.Precedence), a.Serial, a.Excluded})
	}
	return out
}
