package header

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLookupRI(t *testing.T) {
	d := func(s string) time.Time {
		tm, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return tm
	}
	tests := []struct {
		ri   string
		when time.Time
		want string
		ok   bool
	}{
		{"RUEHC", time.Time{}, "SECSTATE WASHDC", true},                          // observed over ACP "DEPT OF STATE WASHINGTON DC"
		{"RUEHBJ", d("2007-09-28"), "AMEMBASSY BEIJING", true},                   // ACP and observed agree
		{"RUEHTA", d("2006-05-05"), "AMEMBASSY ALMATY", true},                    // dated row
		{"RUEHTA", d("2007-09-28"), "AMEMBASSY ASTANA", true},                    // dated row
		{"RUEHDIR", d("2009-01-01"), "RPO DUBAI", true},                          // observed, ACP 2010 says NAGOYA
		{"RUEHPO", time.Time{}, "AMEMBASSY PARAMARIBO", true},                    // ACP typo PARAMIARBO
		{"RUEHZL", time.Time{}, "EUROPEAN POLITICAL COLLECTIVE", true},           // not in ACP
		{"RUEKJCS", time.Time{}, "JOINT STAFF WASHINGTON DC", true},              // many observed names: ACP
		{"RHMFISS", time.Time{}, "", false},                                      // gateway: no name of its own
		{"RHMFIUU", time.Time{}, "", false},                                      // gateway; heuristic rows ignored
		{"RUEATRS", time.Time{}, "DEPT OF TREASURY WASHINGTON DC", true},         // spellings of one name: the most frequent
		{"RHEFHLC", time.Time{}, "HOMELAND SECURITY CENTER WASHINGTON DC", true}, // tie: the first in file order
		{"RUEHWEB", time.Time{}, "", false},                                      // only a note row
		{"RXXXXX", time.Time{}, "", false},
		{"", time.Time{}, "", false},
	}
	for _, tt := range tests {
		got, ok := LookupRI(tt.ri, tt.when)
		assert.Equal(t, tt.ok, ok, tt.ri)
		assert.Equal(t, tt.want, got, tt.ri)
	}
}

// TestLookupRINoNotes asks LookupRI for every RI of the embedded tables,
// undated and on dates around every dated row, and fails on a name that
// looks like one of our notes rather than a station name.
func TestLookupRINoNotes(t *testing.T) {
	whens := []time.Time{{}, time.Date(1975, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)}
	n := 0
	for _, src := range []string{riTSV, riOverridesTSV} {
		for line := range strings.Lines(src) {
			ri, _, _ := strings.Cut(line, "\t")
			if ri == "" || ri[0] == '#' || ri == "routing_indicator" {
				continue
			}
			for _, when := range whens {
				name, ok := LookupRI(ri, when)
				assert.Equal(t, ok, name != "", ri)
				assert.Empty(t, noteLike(name), "%s: %q", ri, name)
				n++
			}
		}
	}
	require.Greater(t, n, 2000)
}

// TestNoteLike checks the note detector of the tests on notes the
// tables held as names and on station names, which have to pass.
func TestNoteLike(t *testing.T) {
	for _, s := range []string{
		"(DMS gateway; appears as RI prefix of many non-State addressees)",
		"(unknown; sole FL2 RI on every VZCZCXYZ-transmission cable)",
		"count=3 in 1295-cable sample", "USMISSION USNATO (likely WRONG)",
		"AMEMBASSY FOO unverified", "heuristic name",
	} {
		assert.NotEmpty(t, noteLike(s), s)
	}
	for _, s := range []string{
		"SECSTATE WASHDC", "COMJSOTF REAR (TACTICAL)", "AB VOLKEL,76(NL)AFU VOLKEL",
		"HQ USEUCOM VAIHINGEN GE//J5 DIRECTORATE (MC)//", "",
	} {
		assert.Empty(t, noteLike(s), s)
	}
}

// noteLike returns why a station name looks like a note of ours ("" when
// it does not): station names are written in capitals in cables and in
// ACP 117, so a lower-case letter, a name that opens with a parenthesis,
// or one of the words of our notes gives a note away.
func noteLike(s string) string {
	if strings.HasPrefix(s, "(") {
		return "opens with a parenthesis"
	}
	if strings.ToUpper(s) != s {
		return "lower case"
	}
	u := strings.ToUpper(s)
	for _, w := range []string{"SEEN WITH", "TRANSCRIBED", "TRUNCATED IN", "SHARED FIXTURE", "PER BLOG",
		"UNCONFIRMED", "HEURISTIC", "LIKELY WRONG", "COUNT=", "UNVERIFIED", "DMS GATEWAY", "SAMPLE",
		"NOT IN ACP", "DIFFERS FROM"} {
		if strings.Contains(u, w) {
			return w
		}
	}
	return ""
}

// TestStationRule checks the rule for an RI with several rows on invented
// rows: dominant observed name, then ACP 117, then the most frequent
// observed name unless the RI is a gateway, then the collective name;
// heuristic and name-less rows are never a name.
func TestStationRule(t *testing.T) {
	const rows = "routing_indicator\tname\tkind\tcount\tsource\tnote\n" +
		"RQQA\tAMEMBASSY FREDONIA\tacp117_2010\t\tacp117\t\n" +
		"RQQA\tEMBASSY FREDONIA\tobserved_addressee\t7\tcablegate\t\n" +
		"RQQA\tAMEMBASSY FREDONIA\tobserved_addressee\t2\tcablegate\t\n" + // 7 of 9: observed wins
		"RQQB\tAMCONSUL OSTERLICH\tacp117_2010\t\tacp117\t\n" +
		"RQQB\tOSTERLICH ONE\tobserved_addressee\t3\tcablegate\t\n" +
		"RQQB\tOSTERLICH TWO\tobserved_addressee\t4\tcablegate\t\n" +
		"RQQB\tOSTERLICH THREE\tobserved_DE_FM\t2\tcablegate\t\n" + // 4 of 9: ACP wins
		"RQQC\tDEPT OF ZEMBLA\tobserved_addressee\t5\tcablegate\t\n" +
		"RQQC\tDEPT OF ZEMBLA WASHDC\tobserved_addressee\t4\tcablegate\t\n" +
		"RQQC\tZEMBLA DEPT\tobserved_addressee\t2\tcablegate\t\n" + // 5 of 11, no ACP: most frequent
		"RQQD\tHQ FREDONIA COMMAND\tobserved_addressee\t5\tcablegate\t\n" +
		"RQQD\tDEPT OF ZEMBLA\tobserved_addressee\t4\tcablegate\t\n" +
		"RQQD\tOSTERLICH ONE\tobserved_addressee\t2\tcablegate\t\n" +
		"RQQD\t\tgateway\t\tcablegate\troutes for many addressees\n" + // gateway: no name
		"RQQE\tGRAND FENWICK COLLECTIVE\tcollective_observed\t\tcablemap-2011\t\n" +
		"RQQE\tAMEMBASSY GRAND FENWICK\tcablemap_2011_heuristic\t\tcablemap-2011\tunverified\n" +
		"RQQF\tAMEMBASSY NOWHERE\tcablemap_2011_heuristic\t\tcablemap-2011\tunverified\n" +
		"RQQG\t\tobserved_FL2\t\tcablegate\tunknown feed\n"
	const overrides = "routing_indicator\tname\tvalid_from\tvalid_until\tsource\tnote\n" +
		"RQQA\tAMEMBASSY OLD FREDONIA\t\t2001-01-01\tcablegate\t\n"
	tab := parseStations(rows, overrides)
	want := map[string]string{
		"RQQA": "EMBASSY FREDONIA", "RQQB": "AMCONSUL OSTERLICH", "RQQC": "DEPT OF ZEMBLA",
		"RQQD": "", "RQQE": "GRAND FENWICK COLLECTIVE", "RQQF": "", "RQQG": "",
	}
	for ri, name := range want {
		e := tab[ri]
		assert.Equal(t, name, e.name, ri)
		assert.Equal(t, name != "", e.named, ri)
	}
	require.Len(t, tab["RQQA"].overrides, 1)
	assert.Equal(t, "AMEMBASSY OLD FREDONIA", tab["RQQA"].overrides[0].name)
}
