package paragraph

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// fuzzSeeds are real lines and fragments from testdata/cables.
var fuzzSeeds = []string{
	"SUBJECT: SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO  \nMANDATE\n\nClassified By: Political Minister Counselor Aubrey Carlson.",
	"11. (C) SUMMARY: Central Asian staff. END SUMMARY.\n\nSecretariat: Security is Central\n\nSIPDIS\n\n12. (C) Umad Azizov",
	"For emergency situations, he added,\n\nBEIJING 00006403 002 OF 003\n\n\"response specifics are still being developed.\"",
	"#### Simmering Contention\n\n-----\n\n¶9. (C) Xia said\n\nRandt",
	"WAS IN                        CONFIDENTIAL \nPAGE 03        VATICA  05693  01 OF 02  021700Z CULTURAL AFFAIRS",
	"E.o. 12958: decl: 01/07/2014 Tags: prel, pgov Subject: turkish p.m. Erdogan goes to washington",
	"(COMMENT:  BUT POLITICALLY THIS MAKES\nLITTLE SENSE. END COMMENT.)\n-\n",
	"21.  BEIRUT MINIMIZE CONSIDERED.  EAGLETON\n",
	"Visit London’s Classified Website: http://www.state.sgov.gov/p/eur/london/index. cfm Tuttle",
	"¶2006. elections\n¶1.  CONFIDENTIAL - ENTIRE TEXT.\n1) ONE\n2) TWO",
	"SUBJECT: Bla &#8217; bla&#x000A;REF: X",
	"BEGIN SUMMARY \n \nGENERAL AZIMI. END SUMMARY \n \nACTION REQUESTED: COUNTRY TEAM RECOMMENDS.",
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
}

// lineCount is the number of lines the parsers see in s.
func lineCount(s string) int {
	return max(1, len(textutil.SplitLines(textutil.Normalize(s), 1)))
}

func checkUTF8(t *testing.T, what string, ss ...string) {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			t.Fatalf("%s: invalid UTF-8 %q", what, s)
		}
	}
}

func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		b, err := Parse(in)
		if b == nil {
			t.Fatal("nil body")
		}
		if err != nil && strings.TrimSpace(in) != "" {
			t.Fatalf("lenient Parse failed: %v", err)
		}
		n := lineCount(in)
		checkUTF8(t, "subject", b.Subject, b.SubjectTitle, b.Summary, b.Comment)
		for _, p := range b.Paragraphs {
			checkUTF8(t, "paragraph", p.Text, p.Heading)
			if p.Line < 1 || p.Line > n {
				t.Fatalf("paragraph line %d outside 1..%d", p.Line, n)
			}
		}
		for _, s := range b.Spans {
			checkUTF8(t, "span", s.Text)
			if s.StartLine < 1 || s.EndLine > n || s.StartLine > s.EndLine {
				t.Fatalf("span lines %d-%d outside 1..%d", s.StartLine, s.EndLine, n)
			}
		}
		for _, w := range b.Warnings {
			checkUTF8(t, "warning", w.Message)
			if w.Line < 1 || w.Line > n {
				t.Fatalf("warning line %d outside 1..%d", w.Line, n)
			}
		}
		for _, s := range b.Signers {
			checkUTF8(t, "signer", s)
			if s == "" || strings.ContainsAny(s, "\n") {
				t.Fatalf("bad signer %q", s)
			}
		}
		if s, _ := ParseSubject(in); s != b.Subject {
			t.Fatalf("ParseSubject %q != Body.Subject %q", s, b.Subject)
		}
		if got := ParseSigners(in); !reflect.DeepEqual(got, b.Signers) && (len(got) > 0 || len(b.Signers) > 0) {
			t.Fatalf("ParseSigners %v != Body.Signers %v", got, b.Signers)
		}
		again, _ := Parse(in)
		if !reflect.DeepEqual(b, again) {
			t.Fatal("Parse is not deterministic")
		}
		if !strings.Contains(in, "\r") {
			crlf, _ := Parse(strings.ReplaceAll(in, "\n", "\r\n"))
			if !reflect.DeepEqual(b, crlf) {
				t.Fatalf("CRLF changes the result:\n%+v\n%+v", b, crlf)
			}
		}
		// normalised text told so gives the same body; raw text told so
		// is parsed as it is, without failing
		if nb, _ := (&Parser{Normalized: true}).Parse(textutil.Normalize(in)); !reflect.DeepEqual(b, nb) {
			t.Fatal("Normalized on the normalised text changes the body")
		}
		if rb, _ := (&Parser{Normalized: true}).Parse(in); rb == nil {
			t.Fatal("nil body for raw text marked normalised")
		}
		// strict mode returns the same body
		sb, serr := (&Parser{Strict: true}).Parse(in)
		if !reflect.DeepEqual(b, sb) {
			t.Fatal("strict mode changes the body")
		}
		if (serr == nil) != (err == nil && len(b.Warnings) == 0) {
			t.Fatalf("strict error %v with %d warnings", serr, len(b.Warnings))
		}
	})
}

func FuzzParseSubject(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ParseSubject(in)
		checkUTF8(t, "subject", s)
		if err != nil && s != "" {
			t.Fatalf("subject %q with error %v", s, err)
		}
		if strings.ContainsAny(s, "\n\r") || s != strings.TrimSpace(s) {
			t.Fatalf("subject not collapsed: %q", s)
		}
		if s2, _ := ParseSubject(in); s2 != s {
			t.Fatal("not deterministic")
		}
		if !strings.Contains(in, "\r") {
			if s3, _ := ParseSubject(strings.ReplaceAll(in, "\n", "\r\n")); s3 != s {
				t.Fatalf("CRLF changes the subject: %q vs %q", s, s3)
			}
		}
		checkUTF8(t, "title", Title(s))
	})
}

func FuzzParseSigners(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		got := ParseSigners(in)
		for _, s := range got {
			checkUTF8(t, "signer", s)
			if s == "" || s != strings.ToUpper(s) || strings.ContainsAny(s, "\n\r") {
				t.Fatalf("bad signer %q", s)
			}
		}
		if !reflect.DeepEqual(got, ParseSigners(in)) {
			t.Fatal("not deterministic")
		}
		if !strings.Contains(in, "\r") {
			if crlf := ParseSigners(strings.ReplaceAll(in, "\n", "\r\n")); !reflect.DeepEqual(got, crlf) {
				t.Fatalf("CRLF changes the signers: %v vs %v", got, crlf)
			}
		}
	})
}

func FuzzClean(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, in string) {
		out := Clean(in)
		if utf8.ValidString(in) {
			checkUTF8(t, "clean", out)
		}
		if c := strings.Count(out, "\n"); c > lineCount(in) {
			t.Fatalf("Clean added lines: %d > %d", c, lineCount(in))
		}
		if Clean(in) != out {
			t.Fatal("not deterministic")
		}
	})
}
