package header

import (
	"testing"
	"time"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/marking"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func utc(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, time.UTC)
}

func TestParseDTG(t *testing.T) {
	tests := []struct {
		in        string
		prec      Precedence
		info      Precedence
		want      time.Time
		opSignals []string
	}{
		{"O 281431Z SEP 07", PrecedenceImmediate, "", utc(2007, 9, 28, 14, 31), nil},                  // 07BEIJING6403
		{"O R 191538Z FEB 10", PrecedenceImmediate, PrecedenceRoutine, utc(2010, 2, 19, 15, 38), nil}, // dual precedence
		{"P R 281848Z DEC 66", PrecedencePriority, PrecedenceRoutine, utc(1966, 12, 28, 18, 48), nil}, // 66BUENOSAIRES2481
		{"R 250930Z FEB 72", PrecedenceRoutine, "", utc(1972, 2, 25, 9, 30), nil},                     // 72TEHRAN1164
		{"O P 190243Z DEC 89", PrecedenceImmediate, PrecedencePriority, utc(1989, 12, 19, 2, 43), nil},
		{"R 181518Z NOV 09 ZDS", PrecedenceRoutine, "", utc(2009, 11, 18, 15, 18), []string{"ZDS"}},
		{"P 090645Z JUL 09 ZDK", PrecedencePriority, "", utc(2009, 7, 9, 6, 45), []string{"ZDK"}}, // 09MADRID673
		{"O 160836Z AUG 08 ZFF4", PrecedenceImmediate, "", utc(2008, 8, 16, 8, 36), []string{"ZFF4"}},
		{"Z 010001Z JAN 00", PrecedenceFlash, "", utc(2000, 1, 1, 0, 1), nil},
		{"R 290000Z FEB 08", PrecedenceRoutine, "", utc(2008, 2, 29, 0, 0), nil}, // leap day
		{"R 171512Z JAN 90  ", PrecedenceRoutine, "", utc(1990, 1, 17, 15, 12), nil},
		{"O 020411Z AUG 1990", PrecedenceImmediate, "", utc(1990, 8, 2, 4, 11), nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDTG(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.prec, d.Precedence)
			assert.Equal(t, tt.info, d.InfoPrecedence)
			assert.Equal(t, tt.want, d.Time)
			assert.Equal(t, tt.opSignals, d.OpSignals)
			assert.Equal(t, "Z", d.Zone)
		})
	}
}

func TestParseDTGErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"O 311431Z SEP 07", ErrDate}, // no 31 September
		{"R 290000Z FEB 09", ErrDate}, // 2009 is not a leap year
		{"O 002200Z SEP 07", ErrDate},
		{"O 282531Z SEP 07", ErrDate},
		{"O 281460Z SEP 07", ErrDate},
		{"O 281431Z SEX 07", ErrDate},
		{"O 281431A SEP 07", ErrDTG}, // zone other than Z
		{"O 2814Z SEP 07", ErrDTG},
		{"O 281431Z SEP", ErrDTG},
		{"X 281431Z SEP 07", ErrDTG},
		{"", ErrDTG},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDTG(tt.in)
			assert.Nil(t, d, "never a wrong date")
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			var pe *diag.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, 1, pe.Line)
			assert.Equal(t, "DTG", pe.Field)
		})
	}
}

func TestParseDTGTime(t *testing.T) {
	got, err := ParseDTGTime("281431Z SEP 07")
	require.NoError(t, err)
	assert.Equal(t, utc(2007, 9, 28, 14, 31), got)
	got, err = ParseDTGTime("240549Z Sep 03") // partial extracts write the month in mixed case
	require.NoError(t, err)
	assert.Equal(t, utc(2003, 9, 24, 5, 49), got)
	got, err = ParseDTGTime("P R 281848Z DEC 66")
	require.NoError(t, err)
	assert.Equal(t, utc(1966, 12, 28, 18, 48), got)
	got, err = ParseDTGTime("010000Z JAN 67") // 67 is 1967, not 2067
	require.NoError(t, err)
	assert.Equal(t, 1967, got.Year())
	got, err = ParseDTGTime("312400Z DEC 09") // 2400 = 0000 of the next day
	require.NoError(t, err)
	assert.Equal(t, utc(2010, 1, 1, 0, 0), got)
	_, err = ParseDTGTime("281431Z SEP 07 XYZ")
	assert.ErrorIs(t, err, ErrDTG)
}

func TestYear(t *testing.T) {
	assert.Equal(t, 1966, Year(66))
	assert.Equal(t, 1999, Year(99))
	assert.Equal(t, 2000, Year(0))
	assert.Equal(t, 2010, Year(10))
	assert.Equal(t, 2065, Year(65))
}

func TestParseDE(t *testing.T) {
	tests := []struct {
		in   string
		want DELine
	}{
		{"DE RUEHBJ #6403/01 2711431", DELine{RoutingIndicator: "RUEHBJ", Serial: "6403", Section: 1, DayOfYear: 271, FilingTime: "1431", Raw: "DE RUEHBJ #6403/01 2711431", Line: 1}},
		{"DE RUEHTRO #0110 0400942", DELine{RoutingIndicator: "RUEHTRO", Serial: "0110", DayOfYear: 40, FilingTime: "0942", Raw: "DE RUEHTRO #0110 0400942", Line: 1}},
		{"DE RUEHC #5113/01 0491842  ", DELine{RoutingIndicator: "RUEHC", Serial: "5113", Section: 1, DayOfYear: 49, FilingTime: "1842", Raw: "DE RUEHC #5113/01 0491842", Line: 1}},
		{"DE RUEHNT #0902/01 1251259ZNY SSSSS ZZH", DELine{RoutingIndicator: "RUEHNT", Serial: "0902", Section: 1, DayOfYear: 125, FilingTime: "1259", Trailer: "ZNY SSSSS ZZH", Raw: "DE RUEHNT #0902/01 1251259ZNY SSSSS ZZH", Line: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDE(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, *d)
		})
	}
	for _, bad := range []string{"DE", "DE KLERK WILL ANNOUNCE:", "DE RUEHBJ 6403 2711431", "DE RUEHBJ #64X3 2711431", "DE RUEHBJ #6403/01", "DE RUEHBJ #6403/01 3671431", "DE RUEHBJ #6403/01 2712561", "XX RUEHBJ"} {
		_, err := ParseDE(bad)
		assert.ErrorIs(t, err, ErrDE, bad)
	}
	_, err := ParseDE("DE RUEHBJ #6403/01 3671431")
	assert.ErrorIs(t, err, ErrDate)
}

func TestParseSecurity(t *testing.T) {
	s, err := ParseSecurity("ZNY CCCCC ZZH")
	require.NoError(t, err)
	assert.Equal(t, &SecurityLine{Signal: "ZNY", Characters: "CCCCC", Level: "CONFIDENTIAL", OpSignals: []string{"ZZH"}, Trailer: "ZZH", Raw: "ZNY CCCCC ZZH", Line: 1}, s)

	s, err = ParseSecurity("ZNY TTTTT/AAAAA")
	require.NoError(t, err)
	assert.Equal(t, marking.TopSecret, s.Level)
	assert.Equal(t, []string{"AAAAA"}, s.Special)

	s, err = ParseSecurity("ZNR UUUUU ZZH (CCY AD4143FF MSI9789 538)") // 06SANJOSE2431
	require.NoError(t, err)
	assert.Equal(t, marking.Unclassified, s.Level)
	assert.True(t, s.Corrected)
	assert.Equal(t, []string{"(CCY AD4143FF MSI9789 538)"}, s.Notes)
	assert.Equal(t, []string{"ZZH"}, s.OpSignals)

	s, err = ParseSecurity("ZNY SSSSS ZZH ZUI RUEHSD 0065W 1252226 H/W ZDS") // 06TASHKENT902
	require.NoError(t, err)
	assert.Equal(t, marking.Secret, s.Level)
	assert.Equal(t, []string{"ZZH", "ZUI", "RUEHSD", "0065W", "1252226", "H/W", "ZDS"}, s.OpSignals)

	s, err = ParseSecurity("ZNY EEEEE ZZH")
	require.NoError(t, err)
	assert.Equal(t, marking.Unclassified, s.Level)
	assert.Equal(t, "EFTO", s.Caveat, "EEEEE is unclassified EFTO")

	s, err = ParseSecurity("ZNY EEEAA ZZH") // damaged, the level and caveat kept
	assert.ErrorIs(t, err, ErrSecurity)
	require.NotNil(t, s)
	assert.Equal(t, "EFTO", s.Caveat)

	s, err = ParseSecurity("ZNY SSSAA ZZH") // damaged, 06MADRID2908: level kept, error reported
	assert.ErrorIs(t, err, ErrSecurity)
	require.NotNil(t, s)
	assert.Equal(t, marking.Secret, s.Level)
	assert.Empty(t, s.Caveat)

	_, err = ParseSecurity("ZNY XXXXX")
	assert.ErrorIs(t, err, ErrSecurity)
	_, err = ParseSecurity("ZZH")
	assert.ErrorIs(t, err, ErrSecurity)
}

func TestParseTransmissionID(t *testing.T) {
	tests := []struct{ in, raw, channel, number string }{
		{"VZCZCXRO1249", "VZCZCXRO1249", "XRO", "1249"},
		{"VZCZCXYZ0019 ", "VZCZCXYZ0019", "XYZ", "0019"},
		{"VZCZCDOI550", "VZCZCDOI550", "DOI", "550"},
		{"Cable Text: VZCZCADI319", "VZCZCADI319", "ADI", "319"},
	}
	for _, tt := range tests {
		id, err := ParseTransmissionID(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.raw, id.Raw)
		assert.Equal(t, tt.raw, id.String())
		assert.Equal(t, tt.channel, id.Channel)
		assert.Equal(t, tt.number, id.Number)
	}
	for _, bad := range []string{"", "VZCZC", "VZCZC1234", "VZCZCXRO12A4", "XVZCZCXRO1249", "VZCZCXRO1249 extra"} {
		_, err := ParseTransmissionID(bad)
		assert.ErrorIs(t, err, ErrTransmissionID, bad)
	}
}

func TestParseRelay(t *testing.T) {
	r, err := ParseRelay("OO RUEHCN RUEHGH RUEHVC")
	require.NoError(t, err)
	assert.Equal(t, &Relay{Prosign: "OO", Precedence: PrecedenceImmediate, RoutingIndicators: []string{"RUEHCN", "RUEHGH", "RUEHVC"}, Line: 1}, r)

	r, err = ParseRelay("OO RUEHC RUEHAM RUEHRB RUEHRH RUEHKU RHEHNSC\nRUEAIIA RHEFDIA RUCJACC") // 03ABUDHABI2641
	require.NoError(t, err)
	assert.Len(t, r.RoutingIndicators, 9)

	r, err = ParseRelay("NN RUEHWEB") // 08STATE88235
	require.NoError(t, err)
	assert.Equal(t, PrecedenceNone, r.Precedence)

	_, err = ParseRelay("DE RUEHBJ #6403/01 2711431")
	assert.ErrorIs(t, err, ErrRelay)
	_, err = ParseRelay("OO RUEHCN\nSOMETHING ELSE")
	assert.ErrorIs(t, err, ErrRelay)
	_, err = ParseRelay("")
	assert.ErrorIs(t, err, ErrRelay)
}

func TestParseAddressee(t *testing.T) {
	tests := []struct {
		in   string
		want Addressee
	}{
		{"RUEHC/SECSTATE WASHDC IMMEDIATE 2350", Addressee{RoutingIndicator: "RUEHC", Name: "SECSTATE WASHDC", Precedence: PrecedenceImmediate, Serial: "2350"}},
		{"TO RUEHC/SECSTATE WASHDC IMMEDIATE 2350  ", Addressee{RoutingIndicator: "RUEHC", Name: "SECSTATE WASHDC", Precedence: PrecedenceImmediate, Serial: "2350"}},
		{"TO ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279", Addressee{RoutingIndicator: "ZEN", Name: "AMEMBASSY BELMOPAN", Precedence: PrecedenceNiact, Serial: "2276-2279"}}, // 08STATE103511
		{"RHMFISS/DEPT OF ENERGY WASHINGTON DC//NNSA//", Addressee{RoutingIndicator: "RHMFISS", Name: "DEPT OF ENERGY WASHINGTON DC//NNSA//"}},
		{"RUEAIIA/CIA WASHINGTON DC// PRIORITY", Addressee{RoutingIndicator: "RUEAIIA", Name: "CIA WASHINGTON DC//", Precedence: PrecedencePriority}},
		{"RUEHTA/AMEMBASSY DUSHANBE", Addressee{RoutingIndicator: "RUEHTA", Name: "AMEMBASSY DUSHANBE"}},
		{"FM AMEMBASSY BEIJING", Addressee{Name: "AMEMBASSY BEIJING"}},
		{"XMT/AMEMBASSY SOFIA", Addressee{Name: "AMEMBASSY SOFIA"}},
		{"XMT AMEMBASSY SOFIA", Addressee{Name: "AMEMBASSY SOFIA"}},
		{"AMEMBASSY NEW DELHI PRIORITY", Addressee{Name: "AMEMBASSY NEW DELHI", Precedence: PrecedencePriority}},
		{"SECSTATE WASHDC PIORITY 1234", Addressee{Name: "SECSTATE WASHDC", Precedence: PrecedencePriority, Serial: "1234"}}, // typo seen in 09BAKU179
		{"RUEUITH/DET 1 39LG ANKARA TU", Addressee{RoutingIndicator: "RUEUITH", Name: "DET 1 39LG ANKARA TU"}},
		{"RUEHC/SECSTATE WASHDC0000", Addressee{RoutingIndicator: "RUEHC", Name: "SECSTATE WASHDC", Serial: "0000"}}, // 07CAIRO1417
		{"RUEHMN/AMEMBASSY MONTEVIDEO PRIORITY 738", Addressee{RoutingIndicator: "RUEHMN", Name: "AMEMBASSY MONTEVIDEO", Precedence: PrecedencePriority, Serial: "738"}},
		{"TO SECSTATE WASHDC 5365", Addressee{Name: "SECSTATE WASHDC", Serial: "5365"}}, // 90CAPETOWN97
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, err := ParseAddressee(tt.in)
			require.NoError(t, err)
			tt.want.Line = 1
			assert.Equal(t, tt.want, *a)
		})
	}
	for _, bad := range []string{"", "TO", "RUEHC/", "R"} {
		_, err := ParseAddressee(bad)
		assert.ErrorIs(t, err, ErrAddressee, bad)
	}
}

func TestAddresseeString(t *testing.T) {
	a := Addressee{RoutingIndicator: "ZEN", Name: "AMEMBASSY BELMOPAN", Precedence: PrecedenceNiact, Serial: "2276-2279"}
	assert.Equal(t, "ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279", a.String())
	b, err := ParseAddressee(a.String())
	require.NoError(t, err)
	b.Line = 0
	assert.Equal(t, a, *b)
}

func TestParsePrecedence(t *testing.T) {
	for in, want := range map[string]Precedence{
		"O": PrecedenceImmediate, "OO": PrecedenceImmediate, "immediate": PrecedenceImmediate,
		"ZZ": PrecedenceFlash, "FLASH": PrecedenceFlash, "R": PrecedenceRoutine, "PP": PrecedencePriority,
		"NIACT  IMMEDIATE": PrecedenceNiact, "Y": PrecedenceEmergency,
	} {
		got, err := ParsePrecedence(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	p, typo, err := ParsePrecedenceWord("PIORITY")
	require.NoError(t, err)
	assert.True(t, typo)
	assert.Equal(t, PrecedencePriority, p)
	_, err = ParsePrecedence("SOON")
	assert.ErrorIs(t, err, ErrPrecedence)

	assert.Greater(t, PrecedenceFlash.Rank(), PrecedenceNiact.Rank())
	assert.Greater(t, PrecedenceNiact.Rank(), PrecedenceImmediate.Rank())
	assert.Greater(t, PrecedenceImmediate.Rank(), PrecedencePriority.Rank())
	assert.Greater(t, PrecedencePriority.Rank(), PrecedenceRoutine.Rank())
	assert.Equal(t, 0, PrecedenceNone.Rank())
	assert.Equal(t, "O", PrecedenceNiact.Letter())

	var q Precedence
	require.NoError(t, q.UnmarshalText([]byte("PP")))
	assert.Equal(t, PrecedencePriority, q)
	b, err := q.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "PRIORITY", string(b))
	assert.Error(t, q.UnmarshalText([]byte("XX")))
}

func TestParsePage(t *testing.T) {
	p, err := ParsePage("PAGE 01        CAPE T  00097  01 OF 03  182017Z")
	require.NoError(t, err)
	assert.Equal(t, &PageLine{Page: 1, Origin: "CAPE T", Serial: "00097", Section: 1, Sections: 3, Time: "182017Z", Day: 18, Hour: 20, Minute: 17, Raw: "PAGE 01 CAPE T 00097 01 OF 03 182017Z", Line: 1}, p)

	p, err = ParsePage("PAGE 02        STATE   015113  182333Z")
	require.NoError(t, err)
	assert.Equal(t, "STATE", p.Origin)
	assert.Equal(t, "015113", p.Serial)
	assert.Equal(t, 0, p.Section)
	assert.Equal(t, 23, p.Hour)

	p, err = ParsePage("PAGE 01 STATE 123456") // short PlusD form
	require.NoError(t, err)
	assert.Empty(t, p.Time)

	_, err = ParsePage("PAGE ONE")
	assert.ErrorIs(t, err, ErrPage)
	_, err = ParsePage("PAGE 02 VATICA 05693 01 OF 02 021700Z CULTURAL AFFAIRS")
	assert.ErrorIs(t, err, ErrPage)
}

func TestParseControlLine(t *testing.T) {
	c, err := ParseControlLine("                    ------------------352654  200910Z /23")
	require.NoError(t, err)
	assert.Equal(t, &ControlLine{ID: "352654", Time: "200910Z", Day: 20, Hour: 9, Minute: 10, Suffix: "/23", Raw: "------------------352654 200910Z /23", Line: 1}, c)
	c, err = ParseControlLine("------------------ 281431Z 012345 /64") // 1970s form
	require.NoError(t, err)
	assert.Equal(t, "281431Z", c.Time)
	assert.Equal(t, "012345", c.Number)
	_, err = ParseControlLine("PAGE 01")
	assert.ErrorIs(t, err, ErrPage)
}

func TestParseDateline(t *testing.T) {
	got, err := ParseDateline("Wednesday, 19 November 2008, 06:43")
	require.NoError(t, err)
	assert.Equal(t, utc(2008, 11, 19, 6, 43), got)
	_, err = ParseDateline("Tuesday, 19 November 2008, 06:43") // wrong weekday
	assert.ErrorIs(t, err, ErrDate)
	_, err = ParseDateline("Wednesday, 31 November 2008, 06:43")
	assert.ErrorIs(t, err, ErrDate)
}

// A bad line in a header is a warning that carries the line's error.
func TestWarningCarriesError(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"O 311431Z SEP 07\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC\n", ErrDate},
		{"VZCZCXRO1249\nOO RUEHCN\nDE RUEHBJ #6403/01 2711431\nZNY CCCXX ZZH\nO 281431Z SEP 07\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC\n", ErrSecurity},
	}
	for _, tt := range tests {
		h, err := Parse(tt.in)
		require.NoError(t, err)
		assert.ErrorIs(t, h.Warnings.Err(), tt.want, "%q", tt.in)
		_, err = (&Parser{Strict: true}).Parse(tt.in)
		assert.ErrorIs(t, err, tt.want, "%q", tt.in)
	}
}

// TestCollapse checks that collapse trims every white space it collapses,
// so that it is idempotent (fuzz crasher FuzzParseAddressee/07f09029a4933ab3:
// a '\n' before a non-breaking space left the NBSP in the name).
func TestCollapse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"AMEMBASSY ROME", "AMEMBASSY ROME"},
		{"  AMEMBASSY   ROME \t", "AMEMBASSY ROME"},
		{"\u00a0AMEMBASSY ROME", "AMEMBASSY ROME"},
		{"\n\u00a00", "0"},
		{"\n\u00a0AMEMBASSY ROME\n", "AMEMBASSY ROME"},
		{"\r\n \u00a0SECSTATE\nWASHDC", "SECSTATE WASHDC"},
	}
	for _, tt := range tests {
		got := collapse(tt.in)
		assert.Equal(t, tt.want, got, "collapse(%q)", tt.in)
		assert.Equal(t, got, collapse(got), "collapse(%q) is not idempotent", tt.in)
	}
	a, err := ParseAddressee("\n\u00a0AMEMBASSY ROME PRIORITY 0123")
	require.NoError(t, err)
	assert.Equal(t, "AMEMBASSY ROME", a.Name)
}
