package refs

import (
	"encoding/json"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseID(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"07BEIJING6403", "07BEIJING6403"},
		{" 07beijing006403 ", "07BEIJING6403"},
		{"10-OTTAWA-57", "10OTTAWA57"},
		{"10SHANGHAI60_a", "10SHANGHAI60"},
		{"1975DACCA00292_b", "75DACCA292"},
		{"1976STATE213536_b2", "76STATE213536"},
		{"66BUENOSAIRES2481", "66BUENOSAIRES2481"},
		{"08ECTION01OF02MANAMA492", "08MANAMA492"},
		{"08SECTION01GF02BISHIEK21", "08BISHKEK1021"}, // data/id-malformed.tsv
		{"09SECTION0QF05HANOI297", "09HANOI297"},
		{"06EFTOBAKU1165", "06BAKU1165"},
		{"85NOFORNMOGADISHU1643", "85MOGADISHU1643"},
		{"09AMEMBASSYHANOI1284", "09HANOI1284"},
		{"90STATE255723TOSEC140328", "90STATE255723"},
		{"07OSLO000160ZDK164", "07OSLO160"},
		{"7575LIBREVILLE1895", "75LIBREVILLE1895"},
		{"06SECSTATE123", "06STATE123"},
		{"05RIODEJAN123", "05RIODEJANEIRO123"},
		{"07USUN2", "07USUNNEWYORK2"},
		{"09BEIRT96", "09BEIRUT96"},
		{"09GUATEMLA692", "09GUATEMALA692"}, // transposition
		{"07USMISSIONGENEVA2626", "07GENEVA2626"},
		{"09USEUBRUSSELS1332", "09USEUBRUSSELS1332"},
		{"09BRUSSELS1332", "09BRUSSELS1332"}, // the origin is not guessed
		{"08KIEV1", "08KIEV1"},
		{"08KYIV2173", "08KYIV2173"},
		{"05XYZZYQ1", "05XYZZYQ1"}, // unknown station kept
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			id, err := ParseID(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, id.String())
		})
	}
}

func TestParseIDErrors(t *testing.T) {
	for _, in := range []string{"", "BEIJING6403", "7BEIJING6403", "07BEIJING", "07 6403", "07BEIJING0",
		"07BEIJING6403X", "07BEIJING6403 AND MORE", "123456", "07BEIJING123456789012", strings.Repeat("A", 100)} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseID(in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrInvalidID), "%v", err)
		})
	}
}

func TestMakeID(t *testing.T) {
	tests := []struct {
		year   int
		origin string
		serial int
		want   string
	}{
		{2007, "BEIJING", 6403, "07BEIJING6403"},
		{7, "BEIJING", 6403, "07BEIJING6403"},
		{1966, "BUENOS AIRES", 2481, "66BUENOSAIRES2481"},
		{2009, "SAN SALVADOR", 12, "09SANSALVADOR12"},
		{1990, "CAPE TOWN", 97, "90CAPETOWN97"},
		{2009, "USUN NEW YORK", 827, "09USUNNEWYORK827"},
		{2009, "USEU BRUSSELS", 1332, "09USEUBRUSSELS1332"},
		{2009, "UNVIE VIENNA", 553, "09UNVIEVIENNA553"},
		{2006, "PORT-AU-PRINCE", 1407, "06PORTAUPRINCE1407"},
		{2009, "SECSTATE", 1, "09SECSTATE1"}, // no alias for a cable's own id
	}
	for _, tt := range tests {
		id, err := MakeID(tt.year, tt.origin, tt.serial)
		require.NoError(t, err)
		assert.Equal(t, tt.want, id.String())
	}
	for _, bad := range []struct {
		year   int
		origin string
		serial int
	}{{2007, "", 1}, {2007, "123", 1}, {2007, "ROME", 0}, {2007, "ROME", -4}, {-1, "ROME", 1}, {12345, "ROME", 1}} {
		_, err := MakeID(bad.year, bad.origin, bad.serial)
		assert.ErrorIs(t, err, ErrInvalidID, "%+v", bad)
	}
}

// TestMakeIDDevCorpus rebuilds the WikiLeaks id of every dev-corpus cable
// from its DTG year and banner origin and serial (testdata/refs/dev-ids.tsv)
// and checks that ParseID leaves every published id as it is.
func TestMakeIDDevCorpus(t *testing.T) {
	b, err := os.ReadFile("testdata/dev-ids.tsv")
	require.NoError(t, err)
	made, same := 0, 0
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "id\t") {
			continue
		}
		f := strings.Split(l, "\t")
		require.Len(t, f, 5, l)
		want := f[0]
		id, err := ParseID(want)
		require.NoError(t, err, want)
		if assert.Equal(t, want, id.String(), "ParseID must keep the published id") {
			same++
		}
		if f[2] == "" {
			continue
		}
		year, _ := strconv.Atoi(f[1])
		serial, _ := strconv.Atoi(strings.TrimLeft(f[3], "0"))
		got, err := MakeID(year, f[2], serial)
		require.NoError(t, err, l)
		if f[4] != "" { // known damage in the text
			assert.NotEqual(t, want, got.String(), "note: %s", f[4])
			continue
		}
		if assert.Equal(t, want, got.String(), l) {
			made++
		}
	}
	t.Logf("MakeID rebuilt %d dev ids; ParseID kept %d dev ids", made, same)
	assert.GreaterOrEqual(t, made, 260)
}

func TestIDText(t *testing.T) {
	var v struct {
		ID  ID  `json:"id"`
		Opt *ID `json:"opt,omitempty"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"id":"08SECSTATE1234"}`), &v))
	assert.Equal(t, ID{Year: 2008, Station: "STATE", Serial: 1234}, v.ID)
	out, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"08STATE1234"}`, string(out))
	assert.Error(t, json.Unmarshal([]byte(`{"id":"nonsense"}`), &v))
	var z ID
	require.NoError(t, z.UnmarshalText(nil))
	assert.True(t, z.IsZero())
	txt, err := z.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, txt)
	_, err = ID{Year: 2008}.MarshalText()
	assert.ErrorIs(t, err, ErrInvalidID)
}

func TestCanonicalStation(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"RIO DE JAN", "RIODEJANEIRO", true},
		{"Sao Paulo", "SAOPAULO", true},
		{"PORT-OF-SPAIN", "PORTOFSPAIN", true},
		{"N'DJAMENA", "NDJAMENA", true},
		{"ST. PETERSBURG", "STPETERSBURG", true},
		{"SECSTATE", "STATE", true},
		{"BRASILA", "BRASILIA", true},
		{"0TTAWA", "OTTAWA", true},
		{"MAIL", "MAIL", false},
		{"ATLANTIS", "ATLANTIS", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := CanonicalStation(tt.in)
		assert.Equal(t, tt.want, got, tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
	}
	assert.True(t, KnownStation("BEIJING"))
	assert.False(t, KnownStation("SECSTATE"), "an alias is not a canonical station")
}

func TestStationTable(t *testing.T) {
	st := stationData()
	require.Greater(t, len(st.byName), 300)
	for name, canon := range st.byName {
		assert.Equal(t, canon, st.byName[canon], "alias %s must map to a canonical station", name)
		assert.Equal(t, compactLetters(name), name, "spelling %q must be letters only", name)
		assert.False(t, isBlacklisted(name), "station %s is blacklisted", name)
	}
}

func FuzzParseID(f *testing.F) {
	for _, s := range []string{"07BEIJING6403", "08ECTION01OF02MANAMA492", "1975DACCA00292_b", "10-OTTAWA-57", "7575LIBREVILLE1895", "092OF5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := ParseID(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidID) {
				t.Fatalf("error %v does not wrap ErrInvalidID", err)
			}
			return
		}
		out := id.String()
		if out == "" {
			t.Fatalf("ParseID(%q) = %+v: empty text form", s, id)
		}
		again, err := ParseID(out)
		if err != nil || again != id {
			t.Fatalf("ParseID(%q) = %q, which parses to %+v, %v", s, out, again, err)
		}
	})
}

func BenchmarkParseID(b *testing.B) {
	ids := []string{"07BEIJING6403", "08ECTION01OF02MANAMA492", "09BEIRT96", "05RIODEJAN123", "09USUNNEWYORK827"}
	n := 0
	for _, s := range ids {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range ids {
			if _, err := ParseID(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestDocNumber: the 1970s document number (four-digit year, station cut
// to six letters, serial padded to five) is given and read back.
func TestDocNumber(t *testing.T) {
	tests := []struct{ id, doc string }{
		{"74SANTIAGO5678", "1974SANTIA05678"},
		{"76BUENOSAIRES123", "1976BUENOS00123"},
		{"75STATE212345", "1975STATE212345"},
		{"77ROME4", "1977ROME00004"},
	}
	for _, tt := range tests {
		id, err := ParseID(tt.id)
		require.NoError(t, err)
		assert.Equal(t, tt.doc, id.DocNumber())
		back, err := ParseID(tt.doc)
		require.NoError(t, err)
		assert.Equal(t, id, back, tt.doc)
	}
}
