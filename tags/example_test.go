package tags_test

import (
	"errors"
	"fmt"
	"log"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/tags"
)

// A synthetic cable preamble in the usual Cablegate layout.
const preamble = `C O N F I D E N T I A L BERN 000123

SIPDIS

E.O. 12958: DECL: 01/01/2019
TAGS: PREL PGOV KNNP OVIP CLINTON HILLARY
SZ, IR
SUBJECT: SWISS VIEWS ON IRAN
`

func ExampleParse() {
	list, err := tags.Parse(preamble)
	if err != nil {
		panic(err)
	}
	for _, t := range list {
		fmt.Printf("%-16s %s\n", t.Code, t.Kind)
	}
	// Output:
	// PREL             subject
	// PGOV             subject
	// KNNP             program
	// OVIP             subject
	// CLINTON, HILLARY person
	// SZ               geographic
	// IR               geographic
}

func ExampleParseLine() {
	list, err := tags.ParseLine("TAGS PHUMPGOV, POGOV, HUMAN RIGHTS, RU")
	if err != nil {
		log.Fatal(err)
	}
	for _, t := range list {
		fmt.Printf("%s (raw %q)\n", t.Code, t.Raw)
	}
	// Output:
	// PHUM (raw "PHUMPGOV")
	// PGOV (raw "PHUMPGOV")
	// HUMAN RIGHTS (raw "")
	// RS (raw "RU")
}

func ExampleParser_Parse() {
	p := &tags.Parser{Strict: true}
	_, err := p.Parse("E.O. 12958: N/A\nTAGE: PREL, JO\nSUBJECT: X\n")
	fmt.Println(err)
	if se, ok := errors.AsType[*diag.StrictError](err); ok {
		fmt.Println(se.Warning.Kind)
	}
	// Output:
	// line 2: TAGS: tags: label-variant: TAGS keyword written TAGE
	// label-variant
}

func ExampleParser_ParseResult() {
	p := &tags.Parser{FirstLine: 40}
	res, err := p.ParseResult(preamble)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Line, res.EndLine, res.Label)
	fmt.Printf("%q\n", res.Raw)
	fmt.Println(res.Codes())
	// Output:
	// 45 46 TAGS
	// "TAGS: PREL PGOV KNNP OVIP CLINTON HILLARY\nSZ, IR"
	// [PREL PGOV KNNP OVIP CLINTON, HILLARY SZ IR]
}

func ExampleParser_ParseLine() {
	p := &tags.Parser{}
	list, err := p.ParseLine("ovip (steinberg, james b.), prel, ch")
	if err != nil {
		log.Fatal(err)
	}
	for _, t := range list {
		fmt.Println(t)
	}
	// Output:
	// OVIP
	// STEINBERG, JAMES B.
	// PREL
	// CH
}

func ExampleResult_Codes() {
	res, err := (&tags.Parser{}).ParseResult("TAGS: PREL PREL MARR")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Codes())
	fmt.Println(res.Warnings[0])
	// Output:
	// [PREL MARR]
	// line 1: tags: TAGS: removed 1 repeated tags (PREL)
}

func ExampleLookup() {
	for _, code := range []string{"CH", "SZ", "PGOV", "NATO"} {
		e, _ := tags.Lookup(code)
		fmt.Printf("%s %s %q\n", e.Code, e.Kind, e.Meaning)
	}
	// Output:
	// CH geographic "China (Mainland)"
	// SZ geographic "Switzerland"
	// PGOV subject "Political Affairs--Government; Internal Governmental Affairs"
	// NATO organization ""
}

func ExampleKindOf() {
	fmt.Println(tags.KindOf("KIPR"), tags.KindOf("OBAMA, BARACK"), tags.KindOf("GE"), tags.KindOf("IAEA"), tags.KindOf("WXYZ"))
	// Output: program person geographic organization unknown
}

func ExampleParser_Parse_noTags() {
	_, err := (&tags.Parser{Strict: true}).Parse("SUBJECT: NO TAGS HERE")
	fmt.Println(err)
	fmt.Println(errors.Is(err, tags.ErrNoTags))
	// Output:
	// line 1: TAGS: tags: no-tags: no TAGS line found
	// true
}
