package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPageBreakIn(t *testing.T) {
	for _, tt := range []struct {
		s, origin    string
		ok           bool
		before, rest string // the text around the mark
		serial       int
	}{
		{"the pilot PORTVILLE 00000631 002 OF 002 turned sharply", "", true, "the pilot ", "turned sharply", 631},
		{"the pilot PORTVILLE 00000631 002 OF 002 turned sharply", "PORTVILLE", true, "the pilot ", "turned sharply", 631},
		{"End Comment.) NEW TOWNSH 00007863 002 OF 003", "", true, "End Comment.) ", "", 7863},
		{"near SAN MARCO 00000012 003 OF 004 the border", "", true, "near ", "the border", 12},
		{"with the AMBASSADOR PORTVILLE 00000118 002 OF 006 position", "", true, "with the AMBASSADOR ", "position", 118},
		{"VISIT LAKESIDE: XXXXXXXXXXXXLAKESIDE 00002770 003 OF 003 SMITH", "LAKESIDE", true, "VISIT LAKESIDE: XXXXXXXXXXXX", "SMITH", 2770},
		{"members in the UK. LAKESIDE 00000019 004 OF 004", "LAKESIDE", true, "members in the UK. ", "", 19},
		{"the NGO LAKESIDE 00000168 003 OF 003 leaders", "LAKESIDE", true, "the NGO ", "leaders", 168},
		{"the NGO LAKESIDE 00000168 003 OF 003 leaders", "", true, "the NGO ", "leaders", 168},
		{"the NGO LIMA 00000168 003 OF 003 leaders", "", true, "the ", "leaders", 168}, // the limit of a guessed origin
		{"FLIGHTS TO NEW TOWN 00000123 002 OF 003 ARE FULL", "NEW TOWN", true, "FLIGHTS TO ", "ARE FULL", 123},
		{"said PORTVILLE 00002069 001.2 OF 002. Next", "", true, "said ", ". Next", 2069},
		{"code 12345678 and 00000631 002 OF 002 then PORTVILLE 00000631 003 OF 003 end", "", true, "code 12345678 and 00000631 002 OF 002 then ", "end", 631},
		{"the other PORTVILLE 00000631 002 OF 002 text", "LAKESIDE", false, "", "", 0},
		{"THE MINISTER SAID 12345678 003 OF THEM", "", false, "", "", 0},
		{"account 123456789 002 OF 002", "", false, "", "", 0},
		{"Portville 00000631 002 OF 002", "", false, "", "", 0},
		{"PORTVILLE00000631 002 OF 002", "", false, "", "", 0},
		{"", "", false, "", "", 0},
	} {
		m, ok := PageBreakIn(tt.s, tt.origin)
		if assert.Equal(t, tt.ok, ok, "%q", tt.s) && ok {
			assert.Equal(t, tt.before, tt.s[:m.Start], "%q", tt.s)
			assert.Equal(t, tt.rest, tt.s[m.End:], "%q", tt.s)
			assert.Equal(t, tt.serial, m.Serial, "%q", tt.s)
			assert.Equal(t, tt.rest == "", m.Alone, "%q", tt.s)
		}
	}
}

func TestPageOrigin(t *testing.T) {
	for in, want := range map[string]string{
		"BUENOS AIRES": "BUENOS AIR", "Lakeside": "LAKESIDE", "NEW  TOWN": "NEW TOWN", "PORT OF SPAIN": "PORT OF SP",
		"SANTO DOMINGO": "SANTO DOMI", "RIO DE  JANEIRO": "RIO DE JAN", "": "", "ABCDEFGHI JK": "ABCDEFGHI",
	} {
		assert.Equal(t, want, PageOrigin(in), in)
	}
}

// FuzzPageBreakIn: a mark found lies inside s, starts at a capital letter
// after a blank or the known origin, and names the 8-digit serial it holds.
func FuzzPageBreakIn(f *testing.F) {
	f.Add("the pilot PORTVILLE 00000631 002 OF 002 turned", "")
	f.Add("XXXXLAKESIDE 00002770 003 OF 003", "LAKESIDE")
	f.Add("said PORTVILLE 00002069 001.2 OF 002. Next", "PORTVILLE")
	f.Add("12345678 003 OF 004 A 87654321 001 of 002", "")
	f.Fuzz(func(t *testing.T, s, origin string) {
		m, ok := PageBreakIn(s, origin)
		if !ok {
			return
		}
		if m.Start < 0 || m.Start >= m.End || m.End > len(s) {
			t.Fatalf("PageBreakIn(%q, %q) = %+v: out of range", s, origin, m)
		}
		if origin != "" && !strings.HasPrefix(s[m.Start:], origin) {
			t.Fatalf("PageBreakIn(%q, %q) = %+v: the origin does not start the mark", s, origin, m)
		}
		if origin == "" && (s[m.Start] < 'A' || s[m.Start] > 'Z' && s[m.Start] != '.' && s[m.Start] != '\'' && s[m.Start] != '-' && s[m.Start] != '/' && s[m.Start] != '&') {
			t.Fatalf("PageBreakIn(%q, %q) = %+v: the mark starts with %q", s, origin, m, s[m.Start])
		}
		if m.Alone != isBlankText(s[m.End:]) {
			t.Fatalf("PageBreakIn(%q, %q) = %+v: Alone is wrong", s, origin, m)
		}
	})
}
