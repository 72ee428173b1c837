package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestOfficeLine(t *testing.T) {
	for _, tt := range []struct {
		s    string
		ok   bool
		rest string // what follows the list
	}{
		{"ACTION AF-00", true, ""},
		{"ORIGIN DS-00", true, ""},
		{"INFO  LOG-00   EEB-00  /000W", true, ""},
		{"INFO\tLOG-00 (H-00 PM-00) W", true, ""},
		{"INFO LOG-00 NP-00 /009W ------------------392832 021704Z /38", true, " ------------------392832 021704Z /38"},
		{"INFO RUEHC/SECSTATE", false, ""},
		{"ORIGINAL DS-00", false, ""},
		{"ACTION", false, ""},
		{"ACTION\u00a0AF-00", false, ""},
		{"INFO W /037", false, ""},
	} {
		end, ok := OfficeLine(tt.s)
		if assert.Equal(t, tt.ok, ok, "%q", tt.s) && ok {
			assert.Equal(t, tt.rest, tt.s[end:], "%q", tt.s)
		}
	}
}

func TestOfficeContinuation(t *testing.T) {
	for _, s := range []string{"H-01  NSCE-00 /037 W", "LOG-00", "/009W", "(TEDE)"} {
		assert.True(t, OfficeContinuation(s), s)
	}
	for _, s := range []string{"", "LOG-00 AND MORE", "SECSTATE WASHDC", "LOG-0"} {
		assert.False(t, OfficeContinuation(s), s)
	}
	assert.True(t, OfficeToken("NSCE-00"))
	assert.True(t, OfficeToken("(H-00"))
	assert.True(t, OfficeToken("EUR/WE-01)"))
	assert.False(t, OfficeToken("-00"))
	assert.False(t, OfficeToken("log-00"))
}
