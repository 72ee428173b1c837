package paragraph_test

import (
	"errors"
	"fmt"
	"log"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/paragraph"
)

const body = `C O N F I D E N T I A L SECTION 01 OF 02 BEIJING 006403

SIPDIS

E.O. 12958: DECL: 09/28/2032
TAGS: PREL PTER
SUBJECT: (C) SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO
MANDATE

Classified By: Political Minister Counselor Aubrey Carlson.

11. (C) SUMMARY: Central Asian staff and Chinese scholars offered
clashing views on the SCO's mission. END SUMMARY.

Short on Specifics
-----

12. (C) For emergency situations, he added,

BEIJING 00006403 002 OF 002

"response specifics are still being developed."

¶3. (U) Comment: The SCO remains a puzzle. End comment.

RANDT
`

func ExampleParse() {
	b, err := paragraph.Parse(body)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Subject)
	fmt.Println(b.SubjectTitle, "|", b.SubjectMarking)
	for _, p := range b.Paragraphs {
		fmt.Printf("%d %v %q %q\n", p.Number, p.Marking, p.Heading, p.Text)
	}
	fmt.Printf("summary: %q\n", b.Summary)
	fmt.Printf("comment: %q\n", b.Comment)
	fmt.Println(b.Signers)
	fmt.Println(b.Warnings[0])
	// Output:
	// (C) SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO MANDATE
	// SCO Secretariat, PRC Scholars Disagree on SCO Mandate | C
	// 1 C "" "SUMMARY: Central Asian staff and Chinese scholars offered\nclashing views on the SCO's mission. END SUMMARY."
	// 2 C "Short on Specifics" "For emergency situations, he added,\n\"response specifics are still being developed.\""
	// 3 U "" "Comment: The SCO remains a puzzle. End comment."
	// summary: "Central Asian staff and Chinese scholars offered\nclashing views on the SCO's mission."
	// comment: "The SCO remains a puzzle."
	// [RANDT]
	// line 12: paragraph: paragraph number 11 read as 1 (rendering damage)
}

func ExampleParser_Parse() {
	p := &paragraph.Parser{Strict: true, FirstLine: 40}
	b, err := p.Parse("1. (C) One.\n\n3. (C) Three.\n\nRICE\n")
	fmt.Println(err)
	if se, ok := errors.AsType[*diag.StrictError](err); ok {
		fmt.Println(se.Warning.Line, se.Warning.Kind)
	}
	fmt.Println(len(b.Paragraphs), b.Paragraphs[1].Line, b.Signers)
	// Output:
	// line 42: paragraph: missing-paragraph: paragraph 3 follows paragraph 1
	// 42 missing-paragraph
	// 2 42 [RICE]
}

func ExampleParseSubject() {
	s, err := paragraph.ParseSubject("TAGS: EPET ENRG\nSUBJECT: WHAT'S BEHIND THE RAIDS ON TNK-BP AND BP REF: A. MOSCOW 816\n")
	fmt.Printf("%q %v\n", s, err)
	_, err = paragraph.ParseSubject("1. (C) No subject here.\n")
	fmt.Println(errors.Is(err, paragraph.ErrNoSubject))
	// Output:
	// "WHAT'S BEHIND THE RAIDS ON TNK-BP AND BP" <nil>
	// true
}

func ExampleParseSigners() {
	fmt.Println(paragraph.ParseSigners("RECENT MONTHS.\n\nSULLIVAN\n\nCONFIDENTIAL\n\nNNNN\n"))
	fmt.Println(paragraph.ParseSigners("change-related forums.\nTIMKEN JR\n"))
	fmt.Println(paragraph.ParseSigners("the inflation rate was 5.6 percent. The"))
	// Output:
	// [SULLIVAN]
	// [TIMKEN JR]
	// []
}

func ExampleClean() {
	fmt.Println(paragraph.Clean("For emergency situations, he added,\n\nBEIJING 00006403 002 OF 003\n\n\"response specifics are still being developed.\""))
	// Output:
	// For emergency situations, he added,
	// "response specifics are still being developed."
}

func ExampleTitle() {
	fmt.Println(paragraph.Title("COTE D'IVOIRE: UK ON ELECTIONS, DDR, AND RE-ENERGIZING THE PROCESS"))
	// Output:
	// Cote D'Ivoire: UK on Elections, DDR, and Re-Energizing the Process
}

func ExampleBody_SubjectText() {
	b, err := paragraph.Parse("SUBJECT: (S) GERMANY TAKING ACTION ON SHIPMENT\n\n1. (S) One.\n")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(b.Subject)
	fmt.Println(b.SubjectText())
	// Output:
	// (S) GERMANY TAKING ACTION ON SHIPMENT
	// GERMANY TAKING ACTION ON SHIPMENT
}

func ExampleParse_empty() {
	_, err := paragraph.Parse("  \n")
	fmt.Println(errors.Is(err, paragraph.ErrEmpty), err)
	// Output:
	// true line 1: body: paragraph: empty body
}
