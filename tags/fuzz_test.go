package tags

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are real TAGS lines and preambles (cable ids noted in
// testdata/README.md and the test names of tags_test.go).
var fuzzSeeds = []string{
	"TAGS: PREL, ENERG, ZQXWV FOO, XX\nSUBJECT: SYNTHETIC",
	"E.O. 12958: DECL: 09/17/2018\nTAGS: OVIP RICE CONDOLEEZZA PREL PHSA SP KV CU\nBL, IS\nSUBJECT: Secretary Rice",
	"EO 12958 DECL: 09/29/2029\nTAGS OVIP (STEINBERG, JAMES B.), PREL, PGOV, PARM, MNUC,\nCH, KN, KS\nSUBJECT: PRC",
	"E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m.",
	"E.O. 12958: N/A\nEFIN, ECON, EINV, PGOV, CH\nSUBJECT: Beijing Welcomes",
	"TAGS: [PREL](#) [PTER](#) [ZK](#) [XD](#) [CH](#) [RS](#)  \n\nSUBJECT: SCO",
	"TAGS: <a href='/tag/MTCRE_0.html'>MTCRE</a> <a href='/tag/GE_0.html'>GE</a>\nSUBJECT: X",
	"TAGS: KFRDKIRFCVISCMGTKOCIASECPHUMSMIGEG\nSUBJECT: X",
	"TAGS: PREL, PHUM, TBIO, UNCLASSIFIED    PAGE 02        VATICA  00283  01 OF 05  241033Z VTPREL,",
	"TAGS: DOMESTIC POLITICS MASSMNUC KNNPMNUC MEETINGS WITH AMBASSADOR NEW ZEALAND ROOD JOHN",
	"TAGS PREL;PGOV;KCOR;HU;HR",
}

// checkResult checks the properties every result must have.
func checkResult(t *testing.T, in string, res *Result, first int) {
	t.Helper()
	nLines := strings.Count(in, "\n") + strings.Count(in, "\r") + 1
	if res.Line != 0 && (res.Line < first || res.Line >= first+nLines || res.EndLine < res.Line || res.EndLine >= first+nLines) {
		t.Fatalf("lines %d-%d outside the input (%d lines from %d)", res.Line, res.EndLine, nLines, first)
	}
	seen := map[string]bool{}
	for _, tg := range res.Tags {
		if tg.Code == "" || !utf8.ValidString(tg.Code) || !utf8.ValidString(tg.Meaning) || !utf8.ValidString(tg.Raw) {
			t.Fatalf("bad tag %+v", tg)
		}
		if seen[tg.Code] {
			t.Fatalf("duplicate %q", tg.Code)
		}
		seen[tg.Code] = true
		if tg.Raw == tg.Code || tg.Kind > KindPerson {
			t.Fatalf("bad raw or kind %+v", tg)
		}
	}
	for _, w := range res.Warnings {
		if w.Line < first || w.Line >= first+nLines || !utf8.ValidString(w.Message) || w.Kind == "" {
			t.Fatalf("bad warning %+v", w)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, in string, first int) {
		first = first%1000 + 1
		if first < 1 {
			first = -first + 1
		}
		p := &Parser{FirstLine: first}
		res, err := p.ParseResult(in)
		if err != nil {
			t.Fatalf("non-strict error: %v", err)
		}
		checkResult(t, in, res, first)
		again, _ := p.ParseResult(in)
		if !reflect.DeepEqual(res, again) {
			t.Fatal("not deterministic")
		}
		if !strings.Contains(in, "\r") {
			crlf, _ := p.ParseResult(strings.ReplaceAll(in, "\n", "\r\n"))
			if !reflect.DeepEqual(res.Codes(), crlf.Codes()) || res.Line != crlf.Line {
				t.Fatalf("CRLF changes the result: %v (line %d) vs %v (line %d)", res.Codes(), res.Line, crlf.Codes(), crlf.Line)
			}
		}
		if _, err := (&Parser{Strict: true}).ParseResult(in); (err == nil) != (len(res.Warnings) == 0) {
			t.Fatalf("strict error %v with warnings %v", err, res.Warnings)
		}
	})
}

func FuzzParseLine(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		tags, err := ParseLine(in)
		if err != nil {
			t.Fatalf("non-strict error: %v", err)
		}
		checkResult(t, in, &Result{Tags: tags}, 1)
		again, _ := ParseLine(in)
		if !reflect.DeepEqual(tags, again) {
			t.Fatal("not deterministic")
		}
		if !strings.Contains(in, "\r") {
			crlf, _ := ParseLine(strings.ReplaceAll(in, "\n", "\r\n"))
			if !reflect.DeepEqual(codes(tags), codes(crlf)) {
				t.Fatalf("CRLF changes the result: %v vs %v", codes(tags), codes(crlf))
			}
		}
	})
}
