package cable_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/diag"
)

func ExampleParseFile() {
	c, err := cable.ParseFile("testdata/read/10STATE284.html")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Source.Path, c.Source.Format)
	fmt.Println(c.ReferenceID, c.Level())
	// Output:
	// testdata/read/10STATE284.html html
	// 10STATE284 CONFIDENTIAL
}

func ExampleParser_ParseFile() {
	// A compressed file is read through; a missing file is a *diag.ParseError
	// with its path.
	p := &cable.Parser{}
	c, err := p.ParseFile("testdata/container/04THEHAGUE3156.txt.bz2")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Source.Path, c.Level(), len(c.Paragraphs()))
	_, err = p.ParseFile("testdata/no-such-file.html")
	var pe *diag.ParseError
	fmt.Println(errors.As(err, &pe), pe.Path, errors.Is(err, os.ErrNotExist))
	// Output:
	// testdata/container/04THEHAGUE3156.txt.bz2 SECRET 4
	// true testdata/no-such-file.html true
}

func ExampleParse_file() {
	// The name of an *os.File is the cable's Source.Path.
	f, err := os.Open("testdata/read/07BEIJING6403.md")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	c, err := cable.Parse(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Source.Path, c.Source.Format, c.ReferenceID)
	// Output:
	// testdata/read/07BEIJING6403.md markdown 07BEIJING6403
}

func ExampleParser_ParseString_page() {
	// ParseString detects the format as Parse does: here a page's <pre>
	// block.
	page := "<html><body><pre>UNCLAS STATE 000001\n\nSUBJECT: NEW VISA RULES\n\n1. Text.\n</pre></body></html>"
	c, err := (&cable.Parser{}).ParseString(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Source.Format, c.Subject())
	// Output:
	// html NEW VISA RULES
}

func ExampleParse_notCable() {
	// Text without any landmark of a cable, and binary data, are not
	// cables: ErrNotCable, a kind of ErrNoCable.
	_, err := (&cable.Parser{}).ParseString("Shopping list: bread, milk, eggs.")
	fmt.Println(errors.Is(err, cable.ErrNotCable), errors.Is(err, cable.ErrNoCable))
	_, err = cable.Parse(strings.NewReader("GIF89a\x01\x00\x01\x00\x00\x00\x00"))
	fmt.Println(err)
	// Output:
	// true true
	// not a cable: binary data (NUL byte at byte 7)
}
