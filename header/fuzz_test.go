package header

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkStrings reports every string reachable from v that is not valid UTF-8.
func checkStrings(t *testing.T, v reflect.Value, path string) {
	switch v.Kind() {
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			t.Errorf("%s: invalid UTF-8 %q", path, v.String())
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			checkStrings(t, v.Elem(), path)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				checkStrings(t, v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			checkStrings(t, v.Index(i), path)
		}
	}
}

// lineNumbers collects every Line/StartLine/EndLine field reachable from v.
func lineNumbers(v reflect.Value, out *[]int) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			lineNumbers(v.Elem(), out)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if (f.Name == "Line" || f.Name == "StartLine" || f.Name == "EndLine") && f.Type.Kind() == reflect.Int {
				if n := int(v.Field(i).Int()); n != 0 {
					*out = append(*out, n)
				}
				continue
			}
			lineNumbers(v.Field(i), out)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			lineNumbers(v.Index(i), out)
		}
	}
}

func addSampleSeeds(f *testing.F) {
	for _, s := range []string{fixtureHeader, "INFO XMT FOOBAR", "P 182318Z FEB 09\nFM SECSTATE WASHDC\nTO PAGE 02        STATE   015113  182333Z \nALL DIPLOMATIC POSTS COLLECTIVE PRIORITY"} {
		f.Add(s)
	}
	for _, name := range []string{"testdata/90CAPETOWN97.txt", "testdata/09STATE63860.txt", "testdata/03ISTANBUL1410.txt", "testdata/01VATICAN5693-excerpt.txt"} {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
}

func FuzzParse(f *testing.F) {
	addSampleSeeds(f)
	f.Add(synthHeader("RUEHQQ/AMEMBASSY PORT SELDEN NOV OSTERLICH 1234\nRUEHBJ/AMEMBASSY FREDONIA"))
	f.Fuzz(func(t *testing.T, text string) {
		p := Parser{FirstLine: 7}
		h, err := p.Parse(text)
		if err != nil {
			t.Fatalf("non-strict Parse returned an error: %v", err)
		}
		if h == nil {
			t.Fatal("nil header")
		}
		if utf8.ValidString(text) {
			checkStrings(t, reflect.ValueOf(h), "Header")
		}
		nlines := strings.Count(text, "\n") + strings.Count(text, "\r") + 1
		var nums []int
		lineNumbers(reflect.ValueOf(h), &nums)
		for _, n := range nums {
			if n < 7 || n >= 7+nlines {
				t.Errorf("line %d outside the input (lines 7..%d)", n, 7+nlines-1)
			}
		}
		if h.Found() != (h.StartLine != 0) || h.StartLine > h.EndLine {
			t.Errorf("bad block %d..%d (found %v)", h.StartLine, h.EndLine, h.Found())
		}
		h2, _ := p.Parse(text)
		if !reflect.DeepEqual(h, h2) {
			t.Error("Parse is not deterministic")
		}
		if !strings.Contains(text, "\r") {
			h3, _ := p.Parse(strings.ReplaceAll(text, "\n", "\r\n"))
			if !reflect.DeepEqual(h, h3) {
				t.Errorf("CRLF changes the result:\n%+v\n%+v", h, h3)
			}
		}
		if _, err := (&Parser{Strict: true}).Parse(text); (err != nil) != (len(h.Warnings) > 0) {
			t.Errorf("strict error %v with %d warnings", err, len(h.Warnings))
		}
	})
}

func FuzzParseDTG(f *testing.F) {
	for _, s := range []string{"O 281431Z SEP 07", "O R 191538Z FEB 10", "P R 281848Z DEC 66", "R 181518Z NOV 09 ZDS", "O 311431Z SEP 07", "R 312400Z DEC 09", "240549Z Sep 03"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDTG(s)
		tm, err2 := ParseDTGTime(s)
		if err != nil {
			if d != nil {
				t.Fatal("DTG returned with an error")
			}
			return
		}
		if err2 != nil && len(d.OpSignals) == 0 {
			t.Errorf("ParseDTG ok but ParseDTGTime failed: %v", err2)
		}
		if err2 == nil && !tm.Equal(d.Time) {
			t.Errorf("ParseDTGTime %v != ParseDTG %v", tm, d.Time)
		}
		if d.Time.Location() != time.UTC || d.Precedence == "" {
			t.Errorf("bad DTG %+v", d)
		}
		if utf8.ValidString(s) {
			checkStrings(t, reflect.ValueOf(d), "DTG")
		}
		// Round trip through the canonical form (2400Z normalises).
		canon := d.Time.Format("021504Z ") + strings.ToUpper(d.Time.Format("Jan")) + d.Time.Format(" 06")
		if d.Time.Year() >= 1966 && d.Time.Year() <= 2065 {
			back, err := ParseDTGTime(canon)
			if err != nil || !back.Equal(d.Time) {
				t.Errorf("round trip %q -> %v (%v), want %v", canon, back, err, d.Time)
			}
		}
	})
}

func FuzzParseDE(f *testing.F) {
	for _, s := range []string{"DE RUEHBJ #6403/01 2711431", "DE RUEHTRO #0110 0400942", "DE RUEHNT #0902/01 1251259ZNY SSSSS ZZH", "DE RUEHC # 5113 0491842", "DE KLERK WILL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDE(s)
		if d == nil {
			if err == nil {
				t.Fatal("nil DE line without an error")
			}
			return
		}
		if utf8.ValidString(s) {
			checkStrings(t, reflect.ValueOf(d), "DE")
		}
		if !isRI(d.RoutingIndicator) {
			t.Errorf("bad RI %q", d.RoutingIndicator)
		}
		if err == nil {
			if d.DayOfYear < 1 || d.DayOfYear > 366 || len(d.FilingTime) != 4 || !allDigits(d.FilingTime) || !allDigits(d.Serial) {
				t.Errorf("bad DE %+v", d)
			}
			d2, err2 := ParseDE(d.Raw)
			if err2 != nil || !reflect.DeepEqual(d, d2) {
				t.Errorf("re-parse of Raw differs: %+v %v", d2, err2)
			}
		}
	})
}

func FuzzParseAddressee(f *testing.F) {
	for _, s := range []string{"RUEHC/SECSTATE WASHDC IMMEDIATE 2350", "TO ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279", "RHMFISS/DEPT OF ENERGY WASHINGTON DC//NNSA//", "RUEAIIA/CIA WASHINGTON DC// PRIORITY", "XMT/AMEMBASSY SOFIA", "SECSTATE WASHDC PIORITY", "RUEHC/SECSTATE WASHDC0000", "AMEMBASSY MONTEVIDEO PRIORITY 738", "RUEHQQ/AMEMBASSY PORT SELDEN PRIORITY 1234O"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAddressee(s)
		if err != nil {
			if a != nil {
				t.Fatal("addressee returned with an error")
			}
			return
		}
		if len(a.Name) < 3 || a.Name != collapse(a.Name) {
			t.Errorf("bad name %q", a.Name)
		}
		if utf8.ValidString(s) {
			checkStrings(t, reflect.ValueOf(a), "Addressee")
		}
		// The cable form of the result parses back to the same addressee.
		b, _, err := parseAddressee(a.String(), 1)
		if err != nil || !reflect.DeepEqual(*a, b) {
			t.Errorf("round trip of %q: %+v %v, want %+v", a.String(), b, err, *a)
		}
	})
}

func FuzzParseSecurity(f *testing.F) {
	for _, s := range []string{"ZNY CCCCC ZZH", "ZNY TTTTT/AAAAA", "ZNR UUUUU ZZH (CCY AD4143FF MSI9789 538)", "ZNY SSSSS ZZH ZUI RUEHSD 0065W 1252226 H/W ZDS", "ZNY SSSAA ZZH", "ZNR UUUUU (TAO"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sl, err := ParseSecurity(s)
		if sl == nil {
			if err == nil {
				t.Fatal("nil security line without an error")
			}
			return
		}
		if err == nil && (sl.Level == "" || len(sl.Characters) != 5) {
			t.Errorf("bad security line %+v", sl)
		}
		if utf8.ValidString(s) {
			checkStrings(t, reflect.ValueOf(sl), "Security")
		}
	})
}
