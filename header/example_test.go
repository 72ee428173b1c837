package header_test

import (
	"errors"
	"fmt"
	"log"
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
	h, err := header.Parse("C O N F I D E N T I A L MADRID 000857\n\nSIPDIS\n")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(h.Found())
	// Output: false
}

func ExampleParse_receivedCopy() {
	h, err := header.Parse(`CONFIDENTIAL

PAGE 01        CAPE T  00097  01 OF 03  182017Z
ACTION AF-00

INFO  LOG-00   ADS-00   INR-05
      P-02     T-01     /037 W
                    ------------------352654  200910Z /23
R 171512Z JAN 90
FM AMCONSUL CAPE TOWN
TO SECSTATE WASHDC 5365
`)
	if err != nil {
		log.Fatal(err)
	}
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
	s, err := header.ParseSecurity("ZNR UUUUU ZZH (CCY AD4143FF MSI9789 538)")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.Signal, s.Level, s.OpSignals, s.Notes, s.Corrected)
	// Output: ZNR UNCLASSIFIED [ZZH] [(CCY AD4143FF MSI9789 538)] true
}

func ExampleParseTransmissionID() {
	id, err := header.ParseTransmissionID("VZCZCXRO1249")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(id.Channel, id.Number, id)
	// Output: XRO 1249 VZCZCXRO1249
}

func ExampleParseRelay() {
	r, err := header.ParseRelay("OO RUEHC RUEHAM RUEHRB\nRUEAIIA RHEFDIA")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(r.Precedence, r.RoutingIndicators)
	// Output: IMMEDIATE [RUEHC RUEHAM RUEHRB RUEAIIA RHEFDIA]
}

func ExampleParseAddressee() {
	a, err := header.ParseAddressee("TO ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%q %q %q %q\n", a.RoutingIndicator, a.Name, a.Precedence, a.Serial)
	// Output: "ZEN" "AMEMBASSY BELMOPAN" "NIACT IMMEDIATE" "2276-2279"
}

func ExampleParsePage() {
	p, err := header.ParsePage("PAGE 02        STATE   015113  182333Z")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p.Page, p.Origin, p.Serial, p.Day, p.Hour, p.Minute)
	// Output: 2 STATE 015113 18 23 33
}

func ExampleParseControlLine() {
	c, err := header.ParseControlLine("------------------A54E38  291401Z /38")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.ID, c.Time, c.Suffix)
	// Output: A54E38 291401Z /38
}

func ExampleParseDateline() {
	t, err := header.ParseDateline("Wednesday, 19 November 2008, 06:43")
	if err != nil {
		log.Fatal(err)
	}
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
	p, err := header.ParsePrecedence("OO")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p, p.Rank(), p.Letter())
	// Output: IMMEDIATE 3 O
}

func ExampleParsePrecedenceWord() {
	p, typo, err := header.ParsePrecedenceWord("PIORITY")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(p, typo)
	// Output: PRIORITY true
}

func ExamplePrecedence_Rank() {
	fmt.Println(header.PrecedenceFlash.Rank() > header.PrecedenceRoutine.Rank())
	// Output: true
}

func ExamplePrecedence_Letter() {
	fmt.Println(header.PrecedenceFlash.Letter(), header.PrecedenceRoutine.Letter())
	// Output: Z R
}

func ExampleHeader_warnings() {
	h, err := header.Parse("VZCZCXRO1249\nOO RUEHCN\nDE RUEHBJ #6403/01 2701431\nZNY CCCCC ZZH\nO 281431Z SEP 07\nFM AMEMBASSY BEIJING\n")
	if err != nil {
		log.Fatal(err)
	}
	for _, w := range h.Warnings {
		fmt.Println(w.Kind, "|", w.String())
	}
	// Output: day-of-year-mismatch | line 3: header: DE line: DE day of year 270 differs from the DTG's 271 (2007-09-28)
}
