package header

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/marking"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fixtureHeader is the header of 07BEIJING6403 as in the markdown fixture
// (trailing spaces kept).
const fixtureHeader = "\n\nVZCZCXRO1249  \nOO RUEHCN RUEHGH RUEHVC  \nDE RUEHBJ #6403/01 2711431  \nZNY CCCCC ZZH  \n" +
	"O 281431Z SEP 07  \nFM AMEMBASSY BEIJING  \nTO RUEHC/SECSTATE WASHDC IMMEDIATE 2350  \nINFO RUEHOO/CHINA POSTS COLLECTIVE  \n" +
	"RUEHAH/AMEMBASSY ASHGABAT 0713  \nRUEHTA/AMEMBASSY DUSHANBE  \nRUEHNT/AMEMBASSY TASHKENT 1134\n\n" +
	"C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 006403\n\nSIPDIS\n"

func TestParseFixture(t *testing.T) {
	h, err := Parse(fixtureHeader)
	require.NoError(t, err)
	require.True(t, h.Found())
	assert.Equal(t, "VZCZCXRO1249", h.TransmissionID.String())
	assert.Equal(t, []string{"RUEHCN", "RUEHGH", "RUEHVC"}, h.Relay.RoutingIndicators)
	assert.Equal(t, PrecedenceImmediate, h.Relay.Precedence)
	assert.Equal(t, "AMEMBASSY BEIJING", h.DE.Station)
	assert.Equal(t, "6403", h.DE.Serial)
	assert.Equal(t, 1, h.DE.Section)
	assert.Equal(t, 271, h.DE.DayOfYear)
	assert.Equal(t, marking.Confidential, h.Security.Level)
	assert.Equal(t, time.Date(2007, 9, 28, 14, 31, 0, 0, time.UTC), h.DTG.Time)
	assert.Equal(t, "AMEMBASSY BEIJING", h.From.Name)
	require.Len(t, h.To, 1)
	assert.Equal(t, Addressee{RoutingIndicator: "RUEHC", Name: "SECSTATE WASHDC", Precedence: PrecedenceImmediate, Serial: "2350", Station: "SECSTATE WASHDC", Line: 9}, h.To[0])
	require.Len(t, h.Info, 4)
	assert.Equal(t, "AMEMBASSY ASTANA", h.Info[2].Station) // RUEHTA in 2007
	assert.Equal(t, "AMEMBASSY DUSHANBE", h.Info[2].Name)
	assert.Equal(t, 3, h.StartLine)
	assert.Equal(t, 13, h.EndLine)
	// The RI's station (ASTANA) differs from the post written (DUSHANBE).
	require.Len(t, h.Warnings, 1)
	assert.Equal(t, WarnStationMismatch, h.Warnings[0].Kind)
}

func TestParseLineEndingsAndFirstLine(t *testing.T) {
	want, err := Parse(fixtureHeader)
	require.NoError(t, err)
	crlf, err := Parse(strings.ReplaceAll(fixtureHeader, "\n", "\r\n"))
	require.NoError(t, err)
	assert.Equal(t, want, crlf)

	p := Parser{FirstLine: 101}
	h, err := p.Parse(fixtureHeader)
	require.NoError(t, err)
	assert.Equal(t, 103, h.StartLine)
	assert.Equal(t, 113, h.EndLine)
	assert.Equal(t, 109, h.To[0].Line)
	assert.Equal(t, 107, h.DTG.Line)
}

func TestParseNoHeader(t *testing.T) {
	for _, text := range []string{
		"",
		"\n\n",
		"C O N F I D E N T I A L SECTION 01 OF 02 MADRID 000857\n\nSIPDIS\n\nE.O. 12958: DECL: 08/22/2015\nTAGS: PGOV PREL SP\n",
		"1. (C) THE MINISTER SAID\nTO THE AMBASSADOR THAT\nFM GUL WOULD TRAVEL\n",
		"TO THE AMBASSADOR FROM THE MINISTER\nSIPDIS\n",
		"FM Gul said that Turkey's left should take Tony Blair as a model\n",
	} {
		h, err := Parse(text)
		require.NoError(t, err)
		assert.False(t, h.Found(), text)
		assert.Zero(t, h.StartLine)
		assert.Zero(t, h.EndLine)
	}
	var nilHeader *Header
	assert.False(t, nilHeader.Found())
}

func TestParsePartial(t *testing.T) {
	h, err := Parse("This record is a partial extract of the original cable. The full text of the original cable is not available.\n\nC O N F I D E N T I A L SECTION 01 OF 03 ANKARA 008852\n")
	require.NoError(t, err)
	assert.True(t, h.Partial)
	assert.False(t, h.Found())

	h, err = Parse("This record is a partial extract of the original cable. The full text of the original cable is not available.\n\n240549Z Sep 03\n\nC O N F I D E N T I A L SECTION 01 OF 02 ISTANBUL 001410\n")
	require.NoError(t, err)
	assert.True(t, h.Partial)
	require.NotNil(t, h.DTG)
	assert.Equal(t, time.Date(2003, 9, 24, 5, 49, 0, 0, time.UTC), h.DTG.Time)
	assert.Equal(t, PrecedenceNone, h.DTG.Precedence)
	assert.Equal(t, 3, h.EndLine)
}

func TestParseReceivedCopy(t *testing.T) {
	text := "CONFIDENTIAL\n\nPAGE 01        CAPE T  00097  01 OF 03  182017Z\nACTION AF-00\n\n" +
		"INFO  LOG-00   ADS-00   INR-05   EUR-00   SS-00    CIAE-00  DODE-00\n" +
		"      P-02     T-01     /037 W\n" +
		"                    ------------------352654  200910Z /23\n" +
		"R 171512Z JAN 90\nFM AMCONSUL CAPE TOWN\nTO SECSTATE WASHDC 5365\nINFO AMEMBASSY PRETORIA\nAMCONSUL JOHANNESBURG\n\n" +
		"C O N F I D E N T I A L SECTION 01 OF 03 CAPE TOWN 00097\n"
	h, err := Parse(text)
	require.NoError(t, err)
	require.NotNil(t, h.Received)
	assert.Equal(t, "AF-00", h.Received.Action)
	assert.Equal(t, []string{"LOG-00", "ADS-00", "INR-05", "EUR-00", "SS-00", "CIAE-00", "DODE-00", "P-02", "T-01"}, h.Received.Info)
	assert.Equal(t, "/037 W", h.Received.InfoTotal)
	assert.Equal(t, 18, h.Received.Page.Day)
	assert.Equal(t, 20, h.Received.Page.Hour)
	assert.Equal(t, 17, h.Received.Page.Minute)
	assert.Equal(t, "352654", h.Received.Control.ID)
	// The PAGE time is not the DTG.
	assert.Equal(t, time.Date(1990, 1, 17, 15, 12, 0, 0, time.UTC), h.DTG.Time)
	assert.Equal(t, "AMCONSUL CAPE TOWN", h.From.Name)
	assert.Equal(t, []Addressee{{Name: "SECSTATE WASHDC", Serial: "5365", Line: 11}}, h.To)
	assert.Len(t, h.Info, 2)
	assert.Equal(t, 3, h.StartLine)
	assert.Equal(t, 13, h.EndLine)
}

func TestParsePageBreakInsideAddressBlock(t *testing.T) {
	// A received-copy page break (footer, header, PAGE line, office list)
	// inside the TO block is skipped; the addressees after it are kept.
	text := "P 182318Z FEB 09\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC POSTS COLLECTIVE PRIORITY\nCONFIDENTIAL\n\nCONFIDENTIAL\n\n" +
		"PAGE 02        STATE   015113  182333Z\nINFO  LOG-00   EEB-00\n      /000W\nAMEMBASSY TRIPOLI PRIORITY\n\nC O N F I D E N T I A L STATE 015113\n"
	h, err := Parse(text)
	require.NoError(t, err)
	require.Len(t, h.To, 2)
	assert.Equal(t, "AMEMBASSY TRIPOLI", h.To[1].Name)
	assert.Equal(t, 11, h.EndLine)
}

func TestParseHeaderStarts(t *testing.T) {
	tests := []struct {
		name, text string
		start      int
	}{
		{"banner before FL1 (09STATE119085)", "S E C R E T   STATE   00119085\nVZCZCXRO1706\nPP RUEHAG\nDE RUEHC #9085/01 3221739\nZNY SSSSS ZZH\nP 181729Z NOV 09\nFM SECSTATE WASHDC\nTO ALL DIPLOMATIC AND CONSULAR POSTS COLLECTIVE PRIORITY\n", 2},
		{"Cable Text prefix (09DOHA214)", "Cable Text: VZCZCDOI550\nOO RUEHC\nDE RUEHDO #0214/01 0330800\nZNY CCCCC ZZH\nO 020800Z FEB 09\nFM AMEMBASSY DOHA\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 8540\n", 1},
		{"DTG first (72TEHRAN1164)", "R 250930Z FEB 72\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC 7561\nINFO SECDEF\n", 1},
		{"telegram banner then DTG (07TRIPOLI641)", "TelegramRestricted by caption. UNCLASSIFIED   TRIPOLI   00000641\nO 261520Z JUL 07\nFM AMEMBASSY TRIPOLI\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 2473\n", 2},
		{"XYZ with blank after FL2", "VZCZCXYZ0019\nPP RUEHWEB\n\nDE RUEHSJ #2431/01 3042351\nZNR UUUUU ZZH\nP 312351Z OCT 06\nFM AMEMBASSY SAN JOSE\nTO RUEHC/SECSTATE WASHDC PRIORITY 6493\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, err := Parse(tt.text)
			require.NoError(t, err)
			require.NotNil(t, h.DTG)
			require.NotNil(t, h.From)
			require.NotEmpty(t, h.To)
			assert.Equal(t, tt.start, h.StartLine)
			assert.Equal(t, strings.Count(strings.TrimRight(tt.text, "\n"), "\n")+1, h.EndLine)
			assert.Empty(t, h.Warnings)
		})
	}
}

func TestParseBlankLineEndsHeader(t *testing.T) {
	text := "O 231553Z FEB 01\nFM AMEMBASSY PRETORIA\nTO SECSTATE WASHDC IMMEDIATE 7691\nINFO SOUTHERN AFRICAN DEVELOPMENT COMMUNITY PRIORITY\n\n" +
		"Friday, 23 February 2001, 15:53\nC O N F I D E N T I A L SECTION 01 OF 02 PRETORIA 001173\n"
	h, err := Parse(text)
	require.NoError(t, err)
	assert.Equal(t, 4, h.EndLine)
	require.NotNil(t, h.Dateline)
	assert.Equal(t, h.DTG.Time, h.Dateline.Time)
	assert.Equal(t, 6, h.Dateline.Line)

	// A blank line followed by more RI/PLAD lines does not end the block.
	h, err = Parse("O 281431Z SEP 07\nFM AMEMBASSY BEIJING\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 2350\n\nRUEHOO/CHINA POSTS COLLECTIVE\n\nSIPDIS\n")
	require.NoError(t, err)
	assert.Len(t, h.To, 2)
	assert.Equal(t, 5, h.EndLine)
}

func TestParseWarnings(t *testing.T) {
	// DE day 270 vs DTG 28 Sep 2007 (day 271).
	text := "VZCZCXRO1249\nOO RUEHCN\nDE RUEHBJ #6403/01 2701431\nZNY CCCCC ZZH\nO 281431Z SEP 07\nFM AMEMBASSY BEIJING\nTO RUEHC/SECSTATE WASHDC PIORITY 2350\n"
	h, err := Parse(text)
	require.NoError(t, err)
	kinds := map[diag.Kind]int{}
	for _, w := range h.Warnings {
		kinds[w.Kind] = w.Line
	}
	assert.Equal(t, map[diag.Kind]int{WarnDayOfYearMismatch: 3, WarnPrecedenceTypo: 7}, kinds)
	assert.Equal(t, PrecedencePriority, h.To[0].Precedence)

	_, err = (&Parser{Strict: true}).Parse(text)
	require.Error(t, err)
	se, ok := errors.AsType[*diag.StrictError](err)
	require.True(t, ok)
	assert.Equal(t, WarnDayOfYearMismatch, se.Warning.Kind)
	var pe *diag.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, 3, pe.Line)

	// Invalid date: warning, no DTG, never a wrong date.
	h, err = Parse("O 311431Z SEP 07\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC\n")
	require.NoError(t, err)
	assert.Nil(t, h.DTG)
	require.NotEmpty(t, h.Warnings)
	assert.Equal(t, WarnInvalidDTG, h.Warnings[0].Kind)
	assert.Equal(t, 1, h.Warnings[0].Line)
	assert.Equal(t, "AMEMBASSY BEIJING", h.From.Name)
}

func TestParseXMT(t *testing.T) {
	h, err := Parse("P 191717Z JUN 09\nFM SECSTATE WASHDC\nTO SECURITY OFFICER COLLECTIVE PRIORITY\nAMEMBASSY TRIPOLI PRIORITY\nINFO AMCONSUL CASABLANCA PRIORITY\nXMT/AMCONSUL JOHANNESBURG\n")
	require.NoError(t, err)
	require.Len(t, h.Exempt, 1)
	assert.Equal(t, "AMCONSUL JOHANNESBURG", h.Exempt[0].Name)
	assert.Equal(t, []string{"AMCONSUL JOHANNESBURG"}, h.To[0].Excluded, "exemptions go to the collective")
	assert.Empty(t, h.Info[0].Excluded)
}

func TestConcurrentParse(t *testing.T) {
	p := &Parser{}
	want, err := p.Parse(fixtureHeader)
	require.NoError(t, err)
	done := make(chan *Header)
	for range 8 {
		go func() {
			h, _ := p.Parse(fixtureHeader)
			done <- h
		}()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}
