package lexicon

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDTGLine(t *testing.T) {
	for _, tt := range []struct {
		s           string
		ok          bool
		prosigns    int
		zone        byte
		month, year bool
		rest        string // what follows the match
	}{
		{"R 171512Z JAN 90", true, 1, 'Z', true, true, ""},
		{"O R 191538Z FEB 10", true, 2, 'Z', true, true, ""},
		{"  ZZ 241632Z", true, 1, 'Z', false, false, ""},
		{"P 011200Z MAR 79FM AMEMBASSY LIMA", true, 1, 'Z', true, true, "FM AMEMBASSY LIMA"},
		{"P 011200Z MAR 1979 ZDK", true, 1, 'Z', true, true, " ZDK"},
		{"R 011200A JUN 05", true, 1, 'A', true, true, ""},
		{"240549Z Sep 03", true, 0, 'Z', true, true, ""},
		{"R\t011200Z\tMAR\t79", true, 1, 'Z', true, true, ""},
		{"R 011200Z JAN 12345", true, 1, 'Z', true, false, " 12345"},
		{"R 011200z JAN 05", false, 0, 0, false, false, ""},
		{"X 011200Z JAN 05", false, 0, 0, false, false, ""},
		{"R R R 011200Z JAN 05", false, 0, 0, false, false, ""},
		{"ZZZ 011200Z", false, 0, 0, false, false, ""},
		{"R 01120Z JAN 05", false, 0, 0, false, false, ""},
		{"R011200Z JAN 05", false, 0, 0, false, false, ""},
		{"REF 011200Z", false, 0, 0, false, false, ""},
		{"", false, 0, 0, false, false, ""},
	} {
		m, ok := DTGLine(tt.s)
		if !assert.Equal(t, tt.ok, ok, "%q", tt.s) || !ok {
			continue
		}
		assert.Equal(t, tt.prosigns, m.Prosigns, "%q", tt.s)
		assert.Equal(t, tt.zone, m.Zone, "%q", tt.s)
		assert.Equal(t, tt.month, m.Month, "%q", tt.s)
		assert.Equal(t, tt.year, m.Year, "%q", tt.s)
		assert.Equal(t, tt.rest, tt.s[m.End:], "%q", tt.s)
		bm, bok := DTGLine([]byte(tt.s))
		assert.Equal(t, m, bm, "%q as bytes", tt.s)
		assert.True(t, bok)
	}
}

// dtgLineRE is the pattern DTGLine reads: prosigns, group and zone, then
// month, year and a digit that would make the year too long.
var dtgLineRE = regexp.MustCompile(`^([ \t]*)((?:[ZOPRY]{1,2}[ \t]+){0,2})(\d{6})([A-Z])(?:([ \t]+[A-Za-z]{3})([ \t]+\d{2,4})?)?(\d?)`)

// refDTGLine is DTGLine by dtgLineRE.
func refDTGLine(s string) (DTG, bool) {
	g := dtgLineRE.FindStringSubmatchIndex(s)
	if g == nil {
		return DTG{}, false
	}
	m := DTG{Start: g[3], Group: g[6], Zone: s[g[8]], End: g[9]}
	for k := g[4]; k < g[5]; k++ {
		if isPrecedenceLetter(s[k]) && (k == g[4] || !isPrecedenceLetter(s[k-1])) {
			m.Prosigns++
		}
	}
	if g[10] >= 0 {
		m.Month, m.End = true, g[11]
	}
	if g[12] >= 0 && g[14] == g[15] {
		m.Year, m.End = true, g[13]
	}
	return m, true
}

func FuzzDTGLine(f *testing.F) {
	for _, s := range []string{"R 171512Z JAN 90", "O R 191538Z FEB 10", "ZZ 241632Z", "240549Z Sep 03", "R 011200Z JAN 12345", "RR  ZO 011200A x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := DTGLine(s)
		rm, rok := refDTGLine(s)
		if ok != rok || m != rm {
			t.Fatalf("DTGLine(%q) = %+v %v, the pattern says %+v %v", s, m, ok, rm, rok)
		}
	})
}
