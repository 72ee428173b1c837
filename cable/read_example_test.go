package cable_test

import (
	"fmt"
	"os"
	"strings"
	"testing/fstest"

	"github.com/cablemeta/cablemeta/cable"
)

// Two cables.csv rows in the dump's dialect: \" escapes, raw newlines.
const exampleCSV = `"1","2/25/1972 9:30","72TEHRAN1164","Embassy Tehran","UNCLASSIFIED","72TEHRAN1091","R 250930Z FEB 72
FM AMEMBASSY TEHRAN
TO SECSTATE WASHDC 7561","UNCLASSIFIED TEHRAN 1164
TAGS: MASS, MARR, IR
SUBJECT: ACCELERATION OF F-4ES FOR IRAN
1. SHAH\'S \"CONCERN\" OVER SOVIET AMBITIONS.
HECK"
"2","12/28/1966 18:48","66BUENOSAIRES2481","Embassy Buenos Aires","UNCLASSIFIED","","P R 281848Z DEC 66
FM AMEMBASSY BUENOS AIRES","UNCLASSIFIED BUENOS AIRES 2481
TAGS: EFIS, PBTS, AR
SUBJECT:  EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS"
`

func ExampleParser_Documents_csv() {
	p := &cable.Parser{}
	for doc, err := range p.Documents(strings.NewReader(exampleCSV), "cables.csv") {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(doc.Source, doc.Published.ReferenceID, doc.Published.References)
		fmt.Print(doc.Text)
	}
	// Output:
	// cables.csv row 1 72TEHRAN1164 [72TEHRAN1091]
	// R 250930Z FEB 72
	// FM AMEMBASSY TEHRAN
	// TO SECSTATE WASHDC 7561
	//
	// UNCLASSIFIED TEHRAN 1164
	// TAGS: MASS, MARR, IR
	// SUBJECT: ACCELERATION OF F-4ES FOR IRAN
	// 1. SHAH'S "CONCERN" OVER SOVIET AMBITIONS.
	// HECK
	// cables.csv row 2 66BUENOSAIRES2481 []
	// P R 281848Z DEC 66
	// FM AMEMBASSY BUENOS AIRES
	//
	// UNCLASSIFIED BUENOS AIRES 2481
	// TAGS: EFIS, PBTS, AR
	// SUBJECT:  EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS
}

func ExampleParser_Documents_html() {
	page := `<table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th></tr>
<tr><td><a href='/cable/2004/11/04BOGOTA11339.html'>04BOGOTA11339</a></td><td>2004-11-02 18:06</td>
<td><a href='/classification/3_0.html' title='secret'>CONFIDENTIAL</a></td></tr></table>
<code><pre>O 021831Z NOV 04&#x000A;FM AMEMBASSY BOGOTA</pre></code>
<code><pre>C O N F I D E N T I A L BOGOTA 011339 &#x000A;TAGS: <a href='/tag/PGOV_0.html'>PGOV</a> <a href='/tag/CO_0.html'>CO</a>&#x000A;&#x000A;<a id='par1' href='#par1'>¶</a>1. (C) SUMMARY: AMBASSADOR MET THE UN&#8217;S ADVISOR.</pre></code>`
	for doc, err := range (&cable.Parser{}).Documents(strings.NewReader(page), "04BOGOTA11339.html") {
		fmt.Println(err, doc.Source.Format, doc.Published.ReferenceID, doc.Published.Created, doc.Published.Classification)
		fmt.Print(doc.Text)
	}
	// Output:
	// <nil> html 04BOGOTA11339 2004-11-02 18:06 CONFIDENTIAL
	// O 021831Z NOV 04
	// FM AMEMBASSY BOGOTA
	//
	// C O N F I D E N T I A L BOGOTA 011339
	// TAGS: PGOV CO
	//
	// ¶1. (C) SUMMARY: AMBASSADOR MET THE UN’S ADVISOR.
}

func ExampleParser_Documents_windows1252() {
	text := "UNCLAS STATE 000001\nSUBJECT: THE PRESIDENT\x92S VISIT\n" // Windows-1252 bytes
	for doc, err := range (&cable.Parser{}).Documents(strings.NewReader(text), "") {
		fmt.Println(err)
		fmt.Print(doc.Text)
		fmt.Println(doc.Warnings[0])
	}
	// Output:
	// <nil>
	// UNCLAS STATE 000001
	// SUBJECT: THE PRESIDENT’S VISIT
	// line 2: read: charset: not valid UTF-8 (first bad byte 0x92 at byte 42); decoded as Windows-1252
}

func ExampleParser_Cables() {
	p := &cable.Parser{}
	for c, err := range p.Cables(strings.NewReader(exampleCSV), "cables.csv") {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(c.Source.Row, c.ReferenceID, c.DTG().Format("2006-01-02 15:04"), c.From())
	}
	// Output:
	// 1 72TEHRAN1164 1972-02-25 09:30 AMEMBASSY TEHRAN
	// 2 66BUENOSAIRES2481 1966-12-28 18:48 AMEMBASSY BUENOS AIRES
}

func ExampleParser_ParseFS() {
	fsys := fstest.MapFS{
		"1972/02/72TEHRAN1164.csv": {Data: []byte(exampleCSV)},
		"1966/12/blank.txt":        {Data: []byte("\n")},
		"truth.jsonl":              {Data: []byte("{}")},
	}
	for c, err := range (&cable.Parser{}).ParseFS(fsys, ".") {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(c.Source, c.ReferenceID)
	}
	// Output:
	// error: 1966/12/blank.txt: text: no cable text
	// 1972/02/72TEHRAN1164.csv row 1 72TEHRAN1164
	// 1972/02/72TEHRAN1164.csv row 2 66BUENOSAIRES2481
}

func ExampleParser_ParseDir() {
	dir, err := os.MkdirTemp("", "cables")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	text := "VZCZCXRO1249\nO 281431Z SEP 07\nFM AMEMBASSY BEIJING\n\nC O N F I D E N T I A L BEIJING 006403\n" +
		"TAGS: [PREL](#) [CH](#)\nSUBJECT: SCO SECRETARIAT\n"
	if err := os.WriteFile(dir+"/07BEIJING6403.md", []byte(text), 0o644); err != nil {
		panic(err)
	}
	for c, err := range (&cable.Parser{}).ParseDir(dir) {
		fmt.Println(err, strings.TrimPrefix(c.Source.Path, dir), c.Source.Format, c.ReferenceID, c.Subject())
	}
	// Output:
	// <nil> /07BEIJING6403.md markdown 07BEIJING6403 SCO SECRETARIAT
}

func ExampleDetectFormat() {
	fmt.Println(cable.DetectFormat([]byte("<code><pre>S E C R E T THE HAGUE 003156"), "04THEHAGUE3156.txt"))
	fmt.Println(cable.DetectFormat([]byte(`"1","12/28/1966 18:48","66BUENOSAIRES2481"`), ""))
	fmt.Println(cable.DetectFormat([]byte("TAGS: [PREL](#) [PTER](#)"), ""))
	fmt.Println(cable.DetectFormat([]byte("VZCZCXRO1249\n"), "cable.txt"))
	// Output:
	// html
	// csv
	// markdown
	// text
}

func ExampleParseFormat() {
	f, err := cable.ParseFormat("HTM")
	fmt.Println(f, err)
	_, err = cable.ParseFormat("pdf")
	fmt.Println(err)
	// Output:
	// html <nil>
	// unknown input format "pdf" (want auto, html, csv, text or markdown)
}

func ExampleFormat_UnmarshalText() {
	var f cable.Format
	err := f.UnmarshalText([]byte("md"))
	fmt.Println(f, err)
	// Output: markdown <nil>
}

func ExampleSource_String() {
	fmt.Println(cable.Source{Path: "cables.csv", Format: cable.FormatCSV, Row: 1234})
	fmt.Println(cable.Source{Path: "all.txt", Format: cable.FormatText, Line: 87})
	// Output:
	// cables.csv row 1234
	// all.txt line 87
}

func ExampleIsInputFile() {
	for _, name := range []string{"cable/2010/12/10STATE284.html", "cables.csv", "cables.csv.gz", "pages.zip", "truth.jsonl", "README.md", ".x.txt"} {
		fmt.Println(name, cable.IsInputFile(name))
	}
	// Output:
	// cable/2010/12/10STATE284.html true
	// cables.csv true
	// cables.csv.gz true
	// pages.zip true
	// truth.jsonl false
	// README.md false
	// .x.txt false
}

func ExampleInputFiles() {
	fsys := fstest.MapFS{
		"b/2.html": {}, "a/1.csv": {}, "a/notes.jsonl": {}, ".git/x.txt": {}, "c.md": {},
	}
	files, err := cable.InputFiles(fsys, ".")
	fmt.Println(files, err)
	// Output: [a/1.csv b/2.html c.md] <nil>
}
