package classification_test

import (
	"errors"
	"fmt"
	"log"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/marking"
)

func ExampleParse() {
	res, err := classification.Parse(`C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 006403

SIPDIS

E.O. 12958: DECL: 09/28/2032
TAGS: PREL PGOV CH
SUBJECT: EXAMPLE

Classified By: Political Minister Counselor Aubrey Carlson. Reasons 1.4 (b/d).

1. (C) Summary.
`)
	if err != nil {
		log.Fatal(err)
	}
	c := res.Classification
	fmt.Println(c.Level, c.Section.Number, c.Section.Total, c.Origin, c.SerialNumber)
	fmt.Println(res.Declassification.ExecutiveOrder, res.Declassification.Date)
	fmt.Println(res.ClassifiedBy.Names, res.ClassifiedBy.Title)
	for _, r := range res.ClassifiedBy.Reasons {
		fmt.Printf("%s(%s) %s\n", r.Section, r.Letter, r.Meaning)
	}
	fmt.Println(res.Captions[0].Kind)
	// Output:
	// CONFIDENTIAL 1 3 BEIJING 6403
	// 12958 2032-09-28
	// [Aubrey Carlson] Political Minister Counselor
	// 1.4(b) foreign government information
	// 1.4(d) foreign relations or foreign activities of the United States, including confidential sources
	// sipdis
}

func ExampleParser_Parse() {
	p := &classification.Parser{Strict: true, FirstLine: 20}
	res, err := p.Parse("1. (C) A paragraph without banner.\n")
	fmt.Println(res.Classification == nil)
	fmt.Println(err)
	fmt.Println(errors.Is(err, classification.ErrNoBanner))
	// Output:
	// true
	// line 20: banner: classification: no-banner: no classification banner found
	// true
}

func ExampleClassification_Has() {
	res, err := classification.Parse("UNCLAS SAN JOSE 000123\n\nSENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\n")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Classification.Has("SENSITIVE"), res.Classification.Has("NOFORN"))
	// Output: true false
}

func ExampleParseBanner() {
	b, ok := classification.ParseBanner("SS E C R E T SECTION 01 OF 03 ISLAMABAD 000428")
	fmt.Println(ok, b.Level, b.Section.Number, b.Section.Total, b.Origin, b.Serial, b.Garbled)
	b, _ = classification.ParseBanner("S E C R E T BOGOTA 000243 SIPDIS NOFORN")
	fmt.Printf("%s %q\n", b.Origin, b.Tail)
	_, ok = classification.ParseBanner("SECRETARY RICE MET")
	fmt.Println(ok)
	// Output:
	// true SECRET 1 3 ISLAMABAD 000428 true
	// BOGOTA "SIPDIS NOFORN"
	// false
}

func ExampleParseEO() {
	for _, s := range []string{
		"E.O. 12958: DECL: 09/03/15",
		"EO 12958 DECL: 2019/02/12 TAGS: PREL",
		"E.O. 12356: DECL: OADR",
		"E.O. 12958: DNG: CO 04/08/2026",
	} {
		d, _ := classification.ParseEO(s)
		fmt.Printf("%s %q %q %q\n", d.ExecutiveOrder, d.Date, d.Event, d.Raw)
	}
	// Output:
	// 12958 "2015-09-03" "" "DECL: 09/03/15"
	// 12958 "2019-02-12" "" "DECL: 2019/02/12"
	// 12356 "" "OADR" "DECL: OADR"
	// 12958 "2026-04-08" "DNG: CO" "DNG: CO 04/08/2026"
}

func ExampleFindEO() {
	d, at := classification.FindEO("DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012")
	fmt.Println(at, d.Date)
	// Output: 17 2012-11-22
}

func ExampleParseClassifiedBy() {
	cb, _ := classification.ParseClassifiedBy("Classified By: CLASSIFIED BY USEU MCOUNSELOR CHRISTOPHER DAVIS, FOR REA \n \nSONS 1.4 (B) AND (D) \n")
	fmt.Println(cb.Names, cb.Title, len(cb.Reasons))
	cb, _ = classification.ParseClassifiedBy("CLASSIFIED BY AF KARL WYCOFF, ACTING AND S/CT DAS SHARI \nVILLAROSA ; E.O. 12958 REASON: 1.4 (B) AND (D)")
	fmt.Printf("%q\n", cb.Names)
	// Output:
	// [CHRISTOPHER DAVIS] USEU MCOUNSELOR 2
	// ["KARL WYCOFF" "SHARI VILLAROSA"]
}

func ExampleReasonMeaning() {
	fmt.Println(classification.ReasonMeaning("1.4", "b"))
	fmt.Println(classification.ReasonMeaning("1.5", "h") == "")
	// Output:
	// foreign government information
	// true
}

func ExampleParseCaptionLine() {
	for _, c := range classification.ParseCaptionLine("NOFORN SIPDIS AMEMBASSY ANKARA PASS TO AMCONSUL ADANA") {
		fmt.Printf("%s: %s\n", c.Kind, c.Text)
	}
	// Output:
	// noforn: NOFORN
	// sipdis: SIPDIS
	// passing: AMEMBASSY ANKARA PASS TO AMCONSUL ADANA
}

func ExampleDate_IsZero() {
	d, _ := classification.ParseEO("E.O. 12958: N/A")
	fmt.Println(d.Date.IsZero())
	// Output: true
}

func ExampleDate_Time() {
	d, _ := classification.ParseEO("E.O. 12958: DECL: 2/19/2016")
	fmt.Println(d.Date.Time())
	// Output: 2016-02-19 00:00:00 +0000 UTC
}

func ExampleCompare() {
	for _, w := range classification.Compare(marking.Confidential, marking.Secret, marking.Secret) {
		fmt.Println(w.Kind, "-", w.Message)
	}
	// Output:
	// level-mismatch - banner says CONFIDENTIAL, security line says SECRET
	// portion-above-banner - a paragraph is marked SECRET, above the banner level CONFIDENTIAL
}

func ExampleResult_warnings() {
	res, err := classification.Parse("SS E C R E T PARIS 000001\nE.O. 12958: DECL: 01/01/2020\nClassified By: Ambassador Craig Stapleton, reasons 1.4 (b)\n")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Warnings[0])
	// Output: line 1: classification: banner: classification word repaired in "SS E C R E T PARIS 000001"
}

func ExampleParser_Parse_strict() {
	_, err := (&classification.Parser{Strict: true}).Parse("SS E C R E T PARIS 000001\nE.O. 12958: DECL: 01/01/2020\nClassified By: Ambassador Craig Stapleton, reasons 1.4 (b)\n")
	fmt.Println(err)
	// Output: line 1: banner: classification: garbled-banner: classification word repaired in "SS E C R E T PARIS 000001"
}

func ExampleParser_Parse_noBanner() {
	_, err := (&classification.Parser{Strict: true}).Parse("no banner")
	if pe, ok := errors.AsType[*diag.ParseError](err); ok {
		fmt.Println(pe.Line, pe.Field, errors.Is(err, classification.ErrNoBanner))
	}
	// Output: 1 banner true
}

func ExampleClassifiedBy_NormalizedNames() {
	cb, _ := classification.ParseClassifiedBy("CLASSIFIED BY LEE 0. ZEMLAK, DIRECTOR. REASON: 1.5(D).")
	fmt.Println(cb.Names, cb.NormalizedNames())
	// Output:
	// [LEE 0. ZEMLAK] [LEE O. ZEMLAK]
}
