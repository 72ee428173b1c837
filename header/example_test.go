package header_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/header"
)

// A synthetic cable in the Cablegate layout.
const exampleCable = `VZCZCXRO1249
OO RUEHCN RUEHGH RUEHVC
DE RUEHBJ #6403/01 2711431
ZNY CCCCC ZZH
O 281431Z SEP 07
FM AMEMBASSY BEIJING
TO RUEHC/SECSTATE WASHDC IMMEDIATE 2350
INFO RUEHOO/CHINA POSTS COLLECTIVE
RUEHAH/AMEMBASSY ASHGABAT 0713

C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 006403
`

func ExampleParse() {
	h, err := header.Parse(exampleCable)
	if err != nil {
		panic(err)
	}
	fmt.Println(h.Found(), h.StartLine, h.EndLine)
	fmt.Println(h.TransmissionID, h.DE.Station, h.DE.Serial, h.DE.DayOfYear)
	fmt.Println(h.DTG.Precedence, h.DTG.Time)
	fmt.Println(h.From.Name)
	for _, a := range h.To {
		fmt.Println("TO", a.RoutingIndicator, a.Name, a.Precedence, a.Serial)
	}
	for _, a := range h.Info {
		fmt.Println("INFO", a)
	}
	// Output:
	// true 1 9
	// VZCZCXRO1249 AMEMBASSY BEIJING 6403 271
	// IMMEDIATE 2007-09-28 14:31:00 +0000 UTC
	// AMEMBASSY BEIJING
	// TO RUEHC SECSTATE WASHDC IMMEDIATE 2350
	// INFO RUEHOO/CHINA POSTS COLLECTIVE
	// INFO RUEHAH/AMEMBASSY ASHGABAT 0713
}

func ExampleParser_Parse() {
	// Lines are reported in the caller's coordinates; Strict turns the first
	// warning into an error.
	p := header.Parser{FirstLine: 40, Strict: true}
	h, err := p.Parse("R 250930Z FEB 72\nFM AMEMBASSY TEHRAN\nTO SECSTATE WASHDC PIORITY 7561\n")
	fmt.Println(h.StartLine, h.EndLine, h.To[0].Precedence)
	_, strict := errors.AsType[*diag.StrictError](err)
	fmt.Println(strict, err)
	// Output:
	// 40 42 PRIORITY
	// true line 42: TO: header: precedence-typo: precedence PIORITY read as the nearest precedence word
}

func ExampleHeader_Found() {
	h, _ := header.Parse("C O N F I D E N T I A L MADRID 000857\n\nSIPDIS\n")
	fmt.Println(h.Found())
	// Output: false
}

func ExampleParse_receivedCopy() {
	h, _ := header.Parse(`CONFIDENTIAL

PAGE 01        CAPE T  00097  01 OF 03  182017Z
ACTION AF-00

INFO  LOG-00   ADS-00   INR-05
      P-02     T-01     /037 W
                    ------------------352654  200910Z /23
R 171512Z JAN 90
FM AMCONSUL CAPE TOWN
TO SECSTATE WASHDC 5365
`)
	r := h.Received
	fmt.Println(r.Page.Origin, r.Page.Serial, r.Page.Section, r.Page.Sections, r.Page.Day, r.Page.Hour, r.Page.Minute)
	fmt.Println(r.Action, r.Info, r.InfoTotal, r.Control.ID)
	fmt.Println(h.DTG.Time.Format(time.RFC3339), h.From.Name, h.To[0].Serial)
	// Output:
	// CAPE T 00097 1 3 18 20 17
	// AF-00 [LOG-00 ADS-00 INR-05 P-02 T-01] /037 W 352654
	// 1990-01-17T15:12:00Z AMCONSUL CAPE TOWN 5365
}

func ExampleParseDTG() {
	d, err := header.ParseDTG("P R 281848Z DEC 66")
	fmt.Println(d.Precedence, d.InfoPrecedence, d.Time, err)
	_, err = header.ParseDTG("O 311431Z SEP 07")
	fmt.Println(errors.Is(err, header.ErrDate), err)
	// Output:
	// PRIORITY ROUTINE 1966-12-28 18:48:00 +0000 UTC <nil>
	// true line 1: DTG: malformed date-time group: invalid date: day 31 does not exist in SEP 2007
}

func ExampleParseDTGTime() {
	t, err := header.ParseDTGTime("101632Z NOV 08")
	fmt.Println(t, err)
	// Output: 2008-11-10 16:32:00 +0000 UTC <nil>
}

func ExampleYear() {
	fmt.Println(header.Year(66), header.Year(99), header.Year(7))
	// Output: 1966 1999 2007
}

func ExampleParseDE() {
	d, err := header.ParseDE("DE RUEHBJ #6403/01 2711431")
	fmt.Println(d.RoutingIndicator, d.Serial, d.Section, d.DayOfYear, d.FilingTime, err)
	// Output: RUEHBJ 6403 1 271 1431 <nil>
}

func ExampleParseSecurity() {
	s, _ := header.ParseSecurity("ZNR UUUUU ZZH (CCY AD4143FF MSI9789 538)")
	fmt.Println(s.Signal, s.Level, s.OpSignals, s.Notes, s.Corrected)
	// Output: ZNR UNCLASSIFIED [ZZH] [(CCY AD4143FF MSI9789 538)] true
}

func ExampleParseTransmissionID() {
	id, _ := header.ParseTransmissionID("VZCZCXRO1249")
	fmt.Println(id.Channel, id.Number, id)
	// Output: XRO 1249 VZCZCXRO1249
}

func ExampleTransmissionID_String() {
	id, _ := header.ParseTransmissionID("VZCZCXYZ0019")
	fmt.Println(id.String())
	// Output: VZCZCXYZ0019
}

func ExampleTransmissionID_MarshalText() {
	id, _ := header.ParseTransmissionID("VZCZCXRO1249")
	b, _ := json.Marshal(struct {
		ID *header.TransmissionID `json:"transmission_id"`
	}{id})
	fmt.Println(string(b))
	// Output: {"transmission_id":"VZCZCXRO1249"}
}

func ExampleTransmissionID_UnmarshalText() {
	var v struct {
		ID header.TransmissionID `json:"transmission_id"`
	}
	err := json.Unmarshal([]byte(`{"transmission_id":"VZCZCDOI550"}`), &v)
	fmt.Println(v.ID.Channel, v.ID.Number, err)
	// Output: DOI 550 <nil>
}

func ExampleParseRelay() {
	r, _ := header.ParseRelay("OO RUEHC RUEHAM RUEHRB\nRUEAIIA RHEFDIA")
	fmt.Println(r.Precedence, r.RoutingIndicators)
	// Output: IMMEDIATE [RUEHC RUEHAM RUEHRB RUEAIIA RHEFDIA]
}

func ExampleParseAddressee() {
	a, _ := header.ParseAddressee("TO ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279")
	fmt.Printf("%q %q %q %q\n", a.RoutingIndicator, a.Name, a.Precedence, a.Serial)
	// Output: "ZEN" "AMEMBASSY BELMOPAN" "NIACT IMMEDIATE" "2276-2279"
}

func ExampleAddressee_String() {
	a := header.Addressee{RoutingIndicator: "RUEHC", Name: "SECSTATE WASHDC", Precedence: header.PrecedenceImmediate, Serial: "2350"}
	fmt.Println(a.String())
	// Output: RUEHC/SECSTATE WASHDC IMMEDIATE 2350
}

func ExampleParsePage() {
	p, _ := header.ParsePage("PAGE 02        STATE   015113  182333Z")
	fmt.Println(p.Page, p.Origin, p.Serial, p.Day, p.Hour, p.Minute)
	// Output: 2 STATE 015113 18 23 33
}

func ExampleParseControlLine() {
	c, _ := header.ParseControlLine("------------------A54E38  291401Z /38")
	fmt.Println(c.ID, c.Time, c.Suffix)
	// Output: A54E38 291401Z /38
}

func ExampleParseDateline() {
	t, _ := header.ParseDateline("Wednesday, 19 November 2008, 06:43")
	fmt.Println(t)
	// Output: 2008-11-19 06:43:00 +0000 UTC
}

func ExampleLookupRI() {
	when := time.Date(2006, 5, 5, 0, 0, 0, 0, time.UTC)
	name, ok := header.LookupRI("RUEHTA", when)
	fmt.Println(name, ok)
	name, ok = header.LookupRI("RUEHTA", when.AddDate(2, 0, 0))
	fmt.Println(name, ok)
	// Output:
	// AMEMBASSY ALMATY true
	// AMEMBASSY ASTANA true
}

func ExampleParsePrecedence() {
	p, _ := header.ParsePrecedence("OO")
	fmt.Println(p, p.Rank(), p.Letter())
	// Output: IMMEDIATE 3 O
}

func ExampleParsePrecedenceWord() {
	p, typo, _ := header.ParsePrecedenceWord("PIORITY")
	fmt.Println(p, typo)
	// Output: PRIORITY true
}

func ExamplePrecedence_String() {
	fmt.Println(header.PrecedenceNiact.String())
	// Output: NIACT IMMEDIATE
}

func ExamplePrecedence_Rank() {
	fmt.Println(header.PrecedenceFlash.Rank() > header.PrecedenceRoutine.Rank())
	// Output: true
}

func ExamplePrecedence_Letter() {
	fmt.Println(header.PrecedenceFlash.Letter(), header.PrecedenceRoutine.Letter())
	// Output: Z R
}

func ExamplePrecedence_MarshalText() {
	b, _ := json.Marshal(header.Addressee{Name: "AMEMBASSY KUWAIT", Precedence: header.PrecedenceNiact})
	fmt.Println(string(b))
	// Output: {"routing_indicator":"","name":"AMEMBASSY KUWAIT","precedence":"NIACT IMMEDIATE","serial":""}
}

func ExamplePrecedence_UnmarshalText() {
	var p header.Precedence
	err := p.UnmarshalText([]byte("RR"))
	fmt.Println(p, err)
	// Output: ROUTINE <nil>
}

func ExampleParseError_Error() {
	_, err := header.ParseDE("DE RUEHBJ 6403 2711431")
	var pe *diag.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Line, pe.Field, errors.Is(err, header.ErrDE))
	}
	fmt.Println(err)
	// Output:
	// 1 DE line true
	// line 1: DE line: malformed DE line: want #<serial> after RUEHBJ, got "6403"
}

func ExampleParseError_Unwrap() {
	_, err := header.ParseSecurity("ZNY XXXXX")
	fmt.Println(errors.Unwrap(err) != nil, errors.Is(err, header.ErrSecurity))
	// Output: true true
}

func ExampleHeader_warnings() {
	h, _ := header.Parse("VZCZCXRO1249\nOO RUEHCN\nDE RUEHBJ #6403/01 2701431\nZNY CCCCC ZZH\nO 281431Z SEP 07\nFM AMEMBASSY BEIJING\n")
	for _, w := range h.Warnings {
		fmt.Println(w.Kind, "|", w.String())
	}
	// Output: day-of-year-mismatch | line 3: header: DE line: DE day of year 270 differs from the DTG's 271 (2007-09-28)
}
