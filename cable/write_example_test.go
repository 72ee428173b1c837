package cable_test

import (
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/marking"
	"github.com/cablemeta/cablemeta/paragraph"
)

// writeExampleCable is the metadata of a short cable.
func writeExampleCable() *cable.Cable {
	tid, err := header.ParseTransmissionID("VZCZCXYZ0004")
	if err != nil {
		log.Fatal(err)
	}
	return &cable.Cable{
		ReferenceID: "08PARIS412",
		Header: &header.Header{
			TransmissionID: tid,
			DE:             &header.DELine{RoutingIndicator: "RUEHFR", Section: 1},
			DTG:            &header.DTG{Precedence: header.PrecedencePriority, Time: time.Date(2008, 3, 4, 9, 15, 0, 0, time.UTC)},
			From:           &header.Addressee{Name: "AMEMBASSY PARIS"},
			To:             []header.Addressee{{RoutingIndicator: "RUEHC", Name: "SECSTATE WASHDC", Precedence: header.PrecedencePriority, Serial: "2250"}},
		},
		Classification: &classification.Result{
			Classification: &classification.Classification{Level: marking.Secret, Caveats: []string{"NOFORN"}},
			Declassification: &classification.Declassification{ExecutiveOrder: "12958",
				Date: classification.Date{Year: 2018, Month: 3, Day: 4}},
			ClassifiedBy: &classification.ClassifiedBy{Names: []string{"Grace T. Winslow"}, Title: "Political Counselor",
				Reasons: []classification.Reason{{Section: "1.4", Letter: "b"}, {Section: "1.4", Letter: "d"}}},
		},
		Body: &paragraph.Body{
			Subject:    "HARBOR REFORM DEBATE",
			Paragraphs: []paragraph.Paragraph{{Number: 1, Marking: &marking.Marking{Level: marking.Secret, Controls: []string{"NF"}}, Text: "The harbor council delayed the reform."}},
			Signers:    []string{"HARLOW"},
		},
	}
}

func ExampleWriter_Write() {
	w := &cable.Writer{Layout: cable.LayoutCablegate}
	if err := w.Write(os.Stdout, writeExampleCable()); err != nil {
		panic(err)
	}
	// Output:
	// VZCZCXYZ0004
	// PP RUEHWEB
	//
	// DE RUEHFR #0412/01 0640915
	// ZNY SSSSS ZZH
	// P 040915Z MAR 08
	// FM AMEMBASSY PARIS
	// TO RUEHC/SECSTATE WASHDC PRIORITY 2250
	//
	// S E C R E T PARIS 000412
	//
	// NOFORN
	//
	// E.O. 12958: DECL: 03/04/2018
	// SUBJECT: HARBOR REFORM DEBATE
	//
	// Classified By: Grace T. Winslow, Political Counselor. Reasons 1.4
	// (b/d).
	//
	// 1. (S//NF) The harbor council delayed the reform.
	//
	// HARLOW
}

// Text writes a received copy; Parse reads it back.
func ExampleWriter_Text() {
	c := writeExampleCable()
	c.Header.TransmissionID = nil // received copies have no FL1-FL4
	s, err := (&cable.Writer{Layout: cable.LayoutReceivedCopy}).Text(c)
	if err != nil {
		panic(err)
	}
	fmt.Print(s)
	got, err := cable.Parse(strings.NewReader(s))
	if err != nil {
		panic(err)
	}
	fmt.Println("--")
	fmt.Println(got.ReferenceID, got.DTG().Format(time.RFC3339), got.Classification.Classification, got.Subject(), got.Signers())
	// Output:
	// SECRET
	//
	// PAGE 01        PARIS   00412  01 OF 01  040915Z
	// P 040915Z MAR 08
	// FM AMEMBASSY PARIS
	// TO SECSTATE WASHDC PRIORITY 2250
	//
	// S E C R E T PARIS 000412
	//
	// NOFORN
	//
	// E.O. 12958: DECL: 03/04/2018
	// SUBJECT: HARBOR REFORM DEBATE
	//
	// Classified By: Grace T. Winslow, Political Counselor. Reasons 1.4
	// (b/d).
	//
	// 1. (S//NF) The harbor council delayed the reform.
	//
	// HARLOW
	//
	// SECRET
	// --
	// 08PARIS412 2008-03-04T09:15:00Z SECRET//NOFORN HARBOR REFORM DEBATE [HARLOW]
}

func ExampleWrite() {
	var b strings.Builder
	if err := cable.Write(&b, writeExampleCable()); err != nil {
		panic(err)
	}
	got, err := cable.Parse(strings.NewReader(b.String()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(got.ReferenceID, got.Header.DE.Raw, got.Paragraphs()[0].Marking)
	// Output:
	// 08PARIS412 DE RUEHFR #0412/01 0640915 S//NF
}
