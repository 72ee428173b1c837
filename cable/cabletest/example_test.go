package cabletest_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/cable/cabletest"
	"github.com/cablemeta/cablemeta/marking"
)

// A generated cable, its expected metadata and what the parser reads.
func ExampleGenerate() {
	fx, err := cabletest.Generate(7, cabletest.Options{
		Year: 2007, Origin: "BEIJING", Level: marking.Confidential,
		Paragraphs: 2, References: 1, Sections: 1, Summary: cabletest.Off,
	})
	if err != nil {
		panic(err)
	}
	fmt.Print(fx.Text)
	fmt.Println("--")
	fmt.Println(fx.Want.ReferenceID, fx.Want.DTG().Format("2006-01-02 15:04"), fx.Want.Level())

	got, err := cable.Parse(strings.NewReader(fx.Text))
	if err != nil {
		panic(err)
	}
	fmt.Println(got.ReferenceID, got.DTG().Format("2006-01-02 15:04"), got.Level(), got.Subject())
	fmt.Println("mismatches:", len(cabletest.Compare(fx.Want, got)))
	// Output:
	// VZCZCXRO9076
	// OO RUEHWEB
	//
	// DE RUEHBJ #9715/01 1720219
	// ZNY CCCCC ZZH
	// O 210219Z JUN 07
	// FM AMEMBASSY BEIJING
	// TO RUEHC/SECSTATE WASHDC IMMEDIATE 8542
	// INFO RUEHNR/AMEMBASSY NAIROBI 2684
	//
	// C O N F I D E N T I A L BEIJING 009715
	//
	// SIPDIS
	//
	// SIPDIS
	//
	// E.O. 12958: DECL: 06/21/2018
	// TAGS: PHUM CH
	// SUBJECT: PROVINCIAL REFINERY DELAY INVESTMENT PIPELINE COASTAL
	// PARLIAMENT
	//
	// REF: 06 PRETORIA 2336
	//
	// Classified By: Victor W. Vargas, Economic Counselor. Reasons 1.4 (c).
	//
	// 1. (C) Annual officials said the governor welcomed the border plan.
	// Bilateral officials said the ministry opposes the coalition plan.
	// Local officials said the refinery discussed the council plan.
	//
	// 2. (C) The coastal economy postponed the southern security.
	//
	// QUINLAN
	// --
	// 07BEIJING9715 2007-06-21 02:19 CONFIDENTIAL
	// 07BEIJING9715 2007-06-21 02:19 CONFIDENTIAL PROVINCIAL REFINERY DELAY INVESTMENT PIPELINE COASTAL PARLIAMENT
	// mismatches: 0
}

// Each defect is written where the cable has the part it damages, and the
// parser must report it.
func ExampleGenerate_defects() {
	fx, err := cabletest.Generate(3, cabletest.Options{Year: 2008, Layout: cable.LayoutCablegate,
		Defects: cabletest.DefectSerialMismatch | cabletest.DefectDayOfYear})
	if err != nil {
		panic(err)
	}
	fmt.Println(fx.Defects, fx.WantWarnings)
	got, err := cable.Parse(strings.NewReader(fx.Text))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("missing:", cabletest.MissingWarnings(fx.WantWarnings, got))
	// Output:
	// serial-mismatch+day-of-year [serial-mismatch day-of-year-mismatch]
	// missing: []
}

// A sequence of fixtures: each has its own seed, to reproduce it alone.
func ExampleAll() {
	for fx, err := range cabletest.All(1, 3, cabletest.Options{Origin: "PARIS", Year: 2009}) {
		if err != nil {
			panic(err)
		}
		again, err := cabletest.Generate(fx.Seed, fx.Options)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(fx.Want.ReferenceID, again.Text == fx.Text)
	}
	// Output:
	// 09PARIS4820 true
	// 09PARIS326 true
	// 09PARIS9230 true
}

// Compare lists what a parsed cable got wrong.
func ExampleCompare() {
	fx, err := cabletest.Generate(11, cabletest.Options{Year: 2006, Origin: "CAIRO"})
	if err != nil {
		log.Fatal(err)
	}
	got, err := cable.Parse(strings.NewReader(fx.Text))
	if err != nil {
		log.Fatal(err)
	}
	got.Body.Subject = "SOMETHING ELSE"
	for _, m := range cabletest.Compare(fx.Want, got) {
		fmt.Println(m.Field)
	}
	// Output:
	// subject
}

func ExampleStations() {
	fmt.Println(cabletest.Stations()[:4])
	// Output:
	// [STATE BEIJING TOKYO PARIS]
}

func ExampleDefect_String() {
	fmt.Println(cabletest.DefectNoSubject | cabletest.DefectTagsLabel)
	// Output:
	// no-subject+tags-label
}

func ExampleMismatch_String() {
	fmt.Println(cabletest.Mismatch{Field: "paragraph.text", Index: 2, Want: "a", Got: "b"})
	// Output:
	// paragraph.text[2]: want "a", got "b"
}

func ExampleSeedAt() {
	fmt.Println(cabletest.SeedAt(1, 0) != cabletest.SeedAt(1, 1))
	// Output:
	// true
}

func ExampleMissingWarnings() {
	// A cable whose DE line disagrees with its banner must warn about it;
	// MissingWarnings lists the expected kinds that the parse did not report.
	fx, err := cabletest.Generate(3, cabletest.Options{Year: 2008, Layout: cable.LayoutCablegate,
		Defects: cabletest.DefectSerialMismatch})
	if err != nil {
		panic(err)
	}
	got, err := cable.Parse(strings.NewReader(fx.Text))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(fx.WantWarnings, cabletest.MissingWarnings(fx.WantWarnings, got))
	got.Warnings = nil
	fmt.Println(cabletest.MissingWarnings(fx.WantWarnings, got))
	// Output:
	// [serial-mismatch] []
	// [serial-mismatch]
}

func ExampleDefect_Has() {
	d := cabletest.DefectNoSubject | cabletest.DefectTagsLabel
	fmt.Println(d.Has(cabletest.DefectNoSubject), d.Has(cabletest.DefectSerialMismatch))
	// Output:
	// true false
}

func ExampleRender() {
	// A database export that lost the line breaks of a cable, and a
	// PDF-to-text copy of it: what an archive tool must read alike.
	text := "R 011200Z MAR 79\nFM AMEMBASSY LIMA\n\nTO SECSTATE WASHDC 1234\n"
	fmt.Printf("%q\n", cabletest.Render(text, cabletest.LinesJoined))
	fmt.Printf("%q\n", cabletest.Render(text, cabletest.PDFText))
	// Output:
	// "R 011200Z MAR 79 FM AMEMBASSY LIMA  TO SECSTATE WASHDC 1234 "
	// "R 011200Z MAR 79\r\nFM AMEMBASSY LIMA\r\nTO SECSTATE WASHDC 1234\r\n"
}

func ExampleRenderings() {
	// Every rendering of a cable should give the metadata of its plain
	// text.
	text := "R 011200Z MAR 79\nFM AMEMBASSY LIMA\nTO SECSTATE WASHDC 1234\n"
	plain, err := cable.Parse(strings.NewReader(text))
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range cabletest.Renderings() {
		got, err := cable.Parse(strings.NewReader(cabletest.Render(text, r)))
		fmt.Println(r, err == nil && got.From() == plain.From()) // err: not a cable
	}
	// Output:
	// lines-joined false
	// breaks-dropped false
	// blank-lines-dropped true
	// crlf true
	// markdown true
	// pdf-text true
	// wrapped true
}
