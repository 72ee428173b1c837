package cable_test

import (
	"fmt"
	"strings"

	"github.com/cablemeta/cablemeta/cable"
)

// accessorCable is an invented cable with every part the accessors read.
const accessorCable = `VZCZCXRO0412
PP RUEHC
DE RUEHNP #0412/01 0640915
ZNY SSSSS ZZH
P 040915Z MAR 08
FM AMEMBASSY NORTHPORT
TO RUEHC/SECSTATE WASHDC PRIORITY 2250
INFO RUEHEL/AMEMBASSY EASTLAKE 0117
XMT AMCONSUL WESTBAY

S E C R E T NORTHPORT 000412

NOFORN
SIPDIS

E.O. 12958: DECL: 03/04/2018
TAGS: PREL PGOV
SUBJECT: (S) HARBOR COUNCIL DELAYS PORT REFORM

Classified By: Political Counselor Grace T. Winslow. Reasons 1.4 (b/d).

1. (S) SUMMARY: The harbor council delayed the port reform. END
SUMMARY.

2. (S//NF) Council members told PolOff the vote moves to May.
COMMENT: The delay helps the opposition. END COMMENT.

HARLOW
`

// fragment is a body without header or banner: most accessors give
// their zero value.
const fragment = "SUBJECT: HARBOR VISIT\n\n1. The visit went well.\n"

func parseExample(s string) *cable.Cable {
	c, err := cable.Parse(strings.NewReader(s))
	if err != nil {
		panic(err)
	}
	return c
}

func ExampleCable_ID() {
	fmt.Printf("%q %q\n", parseExample(accessorCable).ID(), parseExample(fragment).ID())
	// Output:
	// "08NORTHPORT412" ""
}

func ExampleCable_DTG() {
	c := parseExample(accessorCable)
	fmt.Println(c.DTG().Format("2006-01-02 15:04 MST"), parseExample(fragment).DTG().IsZero())
	// Output:
	// 2008-03-04 09:15 UTC true
}

func ExampleCable_Precedence() {
	fmt.Println(parseExample(accessorCable).Precedence())
	// Output:
	// PRIORITY
}

func ExampleCable_DayTime() {
	// A received copy without DTG: the PAGE line gives day and time.
	c := parseExample("UNCLASSIFIED\n\nPAGE 01        NORTHP  00412  01 OF 01  041015Z\n\nSUBJECT: HARBOR VISIT\n\n1. The visit went well.\n")
	if dt := c.DayTime(); dt != nil {
		fmt.Println(dt.Day, dt.Hour, dt.Minute, dt.From)
	}
	fmt.Println(parseExample(accessorCable).DayTime() == nil) // it has a DTG
	// Output:
	// 4 10 15 PAGE line
	// true
}

func ExampleCable_TransmissionID() {
	fmt.Println(parseExample(accessorCable).TransmissionID())
	// Output:
	// VZCZCXRO0412
}

func ExampleCable_From() {
	fmt.Printf("%q %q\n", parseExample(accessorCable).From(), parseExample(fragment).From())
	// Output:
	// "AMEMBASSY NORTHPORT" ""
}

func ExampleCable_To() {
	for _, a := range parseExample(accessorCable).To() {
		fmt.Println(a.RoutingIndicator, a.Name, a.Precedence, a.Serial)
	}
	// Output:
	// RUEHC SECSTATE WASHDC PRIORITY 2250
}

func ExampleCable_Info() {
	for _, a := range parseExample(accessorCable).Info() {
		fmt.Println(a)
	}
	// Output:
	// RUEHEL/AMEMBASSY EASTLAKE 0117
}

func ExampleCable_Exempt() {
	for _, a := range parseExample(accessorCable).Exempt() {
		fmt.Println(a.Name)
	}
	// Output:
	// AMCONSUL WESTBAY
}

func ExampleCable_Level() {
	// A cable without a banner has no level; Level still answers.
	fmt.Printf("%s %q\n", parseExample(accessorCable).Level(), parseExample(fragment).Level())
	// Output:
	// SECRET ""
}

func ExampleCable_Caveats() {
	fmt.Println(parseExample(accessorCable).Caveats(), len(parseExample(fragment).Caveats()))
	// Output:
	// [NOFORN] 0
}

func ExampleCable_Captions() {
	for _, cp := range parseExample(accessorCable).Captions() {
		fmt.Println(cp.Kind, cp.Text)
	}
	// Output:
	// noforn NOFORN
	// sipdis SIPDIS
}

func ExampleCable_Declassification() {
	d := parseExample(accessorCable).Declassification()
	fmt.Println(d.ExecutiveOrder, d.Date, parseExample(fragment).Declassification() == nil)
	// Output:
	// 12958 2018-03-04 true
}

func ExampleCable_ClassifiedBy() {
	cb := parseExample(accessorCable).ClassifiedBy()
	fmt.Println(cb.Names, cb.Title)
	// Output:
	// [Grace T. Winslow] Political Counselor
}

func ExampleCable_Subject() {
	fmt.Println(parseExample(accessorCable).Subject())
	// Output:
	// HARBOR COUNCIL DELAYS PORT REFORM
}

func ExampleCable_SubjectTitle() {
	fmt.Println(parseExample(accessorCable).SubjectTitle())
	// Output:
	// Harbor Council Delays Port Reform
}

func ExampleCable_Paragraphs() {
	for _, p := range parseExample(accessorCable).Paragraphs() {
		fmt.Println(p.Number, p.Marking, p.Line)
	}
	// Output:
	// 1 S 22
	// 2 S//NF 25
}

func ExampleCable_Summary() {
	fmt.Println(parseExample(accessorCable).Summary())
	// Output:
	// The harbor council delayed the port reform.
}

func ExampleCable_Comment() {
	fmt.Println(parseExample(accessorCable).Comment())
	// Output:
	// The delay helps the opposition.
}

func ExampleCable_Signers() {
	fmt.Println(parseExample(accessorCable).Signers())
	// Output:
	// [HARLOW]
}

func ExampleCable_accessorsOnNil() {
	// The accessors are safe on a nil *Cable, as on a cable without the
	// part they read.
	var c *cable.Cable
	fmt.Printf("%q %q %q %v\n", c.ID(), c.From(), c.Level(), c.DTG().IsZero())
	// Output:
	// "" "" "" true
}
