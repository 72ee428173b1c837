package lexicon

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPageBreakLine(t *testing.T) {
	for _, tt := range []struct {
		s      string
		ok     bool
		serial int
		rest   string // what follows the mark
	}{
		{"BEIJING 00006403 002 OF 003", true, 6403, ""},
		{"PARIS 00002069 001.2 OF 002", true, 2069, ""},
		{"KABUL 00001239 001.6 of", true, 1239, ""},
		{"  SAN SALVADOR 00000123 003 OF 004", true, 123, ""},
		{"BEIJING 00006403 002\tOf\t003 \r", true, 6403, ""},
		{"LIMA 00001234 002 OF 003 OF THE MINISTRY", true, 1234, "OF THE MINISTRY"},
		{"PAGE 02        CAPE T  00097  01 OF 03  182017Z", true, 0, ""},
		{"PAGE 02 ROME 01725 080532Z CULTURAL", true, 0, "CULTURAL"},
		{"PAGE 02 RUEHFRA0170 S E C R E T", true, 0, ""},
		{"1. (C) THE MINISTER SAID 12345678 003 OF THEM", false, 0, ""},
		{"BEIJING 6403 002 OF 003", false, 0, ""},
		{"BEIJING 00006403 002 PROOF", false, 0, ""},
		{"PAGE TWO", false, 0, ""},
		{"", false, 0, ""},
	} {
		m, ok := PageBreakLine(tt.s)
		if assert.Equal(t, tt.ok, ok, "%q", tt.s) && ok {
			assert.Equal(t, tt.serial, m.Serial, "%q", tt.s)
			assert.Equal(t, tt.serial == 0, m.Header, "%q", tt.s)
			assert.Equal(t, tt.rest, tt.s[m.End:], "%q", tt.s)
			assert.Equal(t, tt.rest == "", m.Alone, "%q", tt.s)
		}
	}
}

// refPageBreakLine is PageBreakLine by the patterns alone, without the
// test of the first byte and the digit run that keeps them off most lines.
func refPageBreakLine(s string) (PageBreak, bool) {
	start := len(s)
	for i := 0; i < len(s); i++ {
		if !isREWhite(s[i]) {
			start = i
			break
		}
	}
	if m := pageBreakRE.FindStringSubmatchIndex(s); m != nil {
		serial, _ := strconv.Atoi(s[m[2]:m[3]])
		return PageBreak{Start: start, End: m[1], Serial: serial, Alone: isBlankText(s[m[1]:])}, true
	}
	if m := pageHeaderRE.FindStringIndex(s); m != nil {
		return PageBreak{Start: start, End: m[1], Header: true, Alone: isBlankText(s[m[1]:])}, true
	}
	if pageHeader2RE.MatchString(s) {
		return PageBreak{Start: start, End: len(s), Header: true, Alone: true}, true
	}
	return PageBreak{}, false
}

func FuzzPageBreakLine(f *testing.F) {
	for _, s := range []string{"BEIJING 00006403 002 OF 003", " \tPAGE 02 ROME 01725 080532Z", "PAGE 02 RUEHFRA0170 S E C R E T", "1. (C) Text.", "KABUL 00001239 001.6 of x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := PageBreakLine(s)
		rm, rok := refPageBreakLine(s)
		if ok != rok || m != rm {
			t.Fatalf("PageBreakLine(%q) = %+v %v, the patterns say %+v %v", s, m, ok, rm, rok)
		}
	})
}
