package cable_test

import (
	"errors"
	"fmt"
	"log"
	"strings"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/diag"
)

const exampleCable = `VZCZCXRO1249
OO RUEHCN RUEHGH RUEHVC
DE RUEHBJ #6403/01 2711431
ZNY CCCCC ZZH
O 281431Z SEP 07
FM AMEMBASSY BEIJING
TO RUEHC/SECSTATE WASHDC IMMEDIATE 2350
INFO RUEHOO/CHINA POSTS COLLECTIVE

C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 006403

SIPDIS

E.O. 12958: DECL: 09/28/2032
TAGS: PREL PTER CH RS
SUBJECT: SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO
MANDATE

Classified By: Political Minister Counselor Aubrey Carlson. Reasons 1.4
(b/d).

1. (C) SUMMARY: Central Asian staff at the SCO secretariat and
Chinese scholars offered clashing views on the SCO's mission.
END SUMMARY.

2. (C) Umad Azizov told Poloff September 17 that security
cooperation has always been the primary focus of the SCO.

RANDT
`

func ExampleParse() {
	c, err := cable.Parse(strings.NewReader(exampleCable))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.ReferenceID)
	fmt.Println(c.DTG().Format("2006-01-02 15:04"), c.Precedence())
	fmt.Println(c.From(), "->", c.To()[0].Name, c.To()[0].Serial)
	fmt.Println(c.Level(), c.Declassification().Date)
	fmt.Println(c.ClassifiedBy().Names)
	fmt.Println(c.Subject())
	fmt.Println(len(c.Paragraphs()), c.Paragraphs()[1].Marking, c.Signers())
	// Output:
	// 07BEIJING6403
	// 2007-09-28 14:31 IMMEDIATE
	// AMEMBASSY BEIJING -> SECSTATE WASHDC 2350
	// CONFIDENTIAL 2032-09-28
	// [Aubrey Carlson]
	// SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO MANDATE
	// 2 C [RANDT]
}

func ExampleParser_Parse() {
	// A body fragment: no telegraphic header, so no DTG and no id. Nothing
	// is guessed; the fields the text carries are still read.
	fragment := "UNCLAS SECTION 01 OF 02 STATE 015113\n\nSUBJECT: TRAVEL WARNING\n\n1. Text.\n"
	c, err := (&cable.Parser{}).Parse(strings.NewReader(fragment))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("id=%q no dtg=%v level=%s subject=%q\n", c.ReferenceID, c.DTG().IsZero(), c.Level(), c.Subject())
	// Output:
	// id="" no dtg=true level=UNCLASSIFIED subject="TRAVEL WARNING"
}

func ExampleParser_Parse_strict() {
	// The DE line says serial 6404, the banner 006403: a warning by
	// default, an error in strict mode. The id follows the intact DE
	// serial of the same station.
	text := strings.Replace(exampleCable, "#6403/01", "#6404/01", 1)
	c, err := (&cable.Parser{Strict: true}).Parse(strings.NewReader(text))
	fmt.Println(err)
	if se, ok := errors.AsType[*diag.StrictError](err); ok {
		fmt.Println(se.Warning.Line, se.Warning.Kind)
	}
	fmt.Println(c.ReferenceID) // the partial result is still there
	// Output:
	// line 3: DE line: cable: serial-mismatch: DE serial #6404 does not match banner serial 006403
	// 3 serial-mismatch
	// 07BEIJING6404
}

func ExampleParser_ParseString() {
	c, err := (&cable.Parser{}).ParseString("TAGS: [PREL](#) [KDEM](#)\nSUBJECT: ELECTIONS\n")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range c.Tags {
		fmt.Println(t.Code, t.Kind)
	}
	fmt.Println(c.Subject())
	// Output:
	// PREL subject
	// KDEM program
	// ELECTIONS
}

func ExampleParser_ParseDocument() {
	p := &cable.Parser{}
	doc := cable.Document{
		Text:   "R 171512Z JAN 90\nFM AMCONSUL CAPE TOWN\nTO SECSTATE WASHDC 5365\n\nC O N F I D E N T I A L CAPE TOWN 00097\n",
		Source: cable.Source{Path: "90CAPETOWN97.txt", Format: cable.FormatText},
	}
	c, err := p.ParseDocument(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Source.Path, c.ReferenceID, c.From(), c.DTG().Year())
	// Output:
	// 90CAPETOWN97.txt 90CAPETOWN97 AMCONSUL CAPE TOWN 1990
}

func ExampleParse_noCable() {
	_, err := cable.Parse(strings.NewReader("   \n\n"))
	fmt.Println(errors.Is(err, cable.ErrNoCable))
	fmt.Println(err)
	// Output:
	// true
	// text: no cable text
}

// The Go snippet of the README, on a file the repository ships.
func ExampleParseFile_readme() {
	c, err := cable.ParseFile("testdata/read/07BEIJING6403.md") // format and charset are detected
	if err != nil {
		log.Fatal(err) // a *diag.ParseError with file, row, line and field
	}
	fmt.Println(c.ID(), c.DTG(), c.From())
	fmt.Println(c.Level(), c.Subject())
	// Output:
	// 07BEIJING6403 2007-09-28 14:31:00 +0000 UTC AMEMBASSY BEIJING
	// CONFIDENTIAL SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO MANDATE
}
