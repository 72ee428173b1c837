package classification

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// checkUTF8 fails when any string in v's JSON form is invalid UTF-8 while
// the input was valid.
func checkUTF8(t *testing.T, in string, v any) {
	t.Helper()
	if !utf8.ValidString(in) {
		return
	}
	if !validStrings(reflect.ValueOf(v)) {
		t.Fatalf("invalid UTF-8 in output for %q: %+v", in, v)
	}
}

func validStrings(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.String:
		return utf8.ValidString(v.String())
	case reflect.Pointer, reflect.Interface:
		return v.IsNil() || validStrings(v.Elem())
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if !validStrings(v.Index(i)) {
				return false
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() && !validStrings(v.Field(i)) {
				return false
			}
		}
	}
	return true
}

func FuzzParseBanner(f *testing.F) {
	for _, s := range []string{
		"C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 006403", "SS E C R E T SECTION 01 OF 03 ISLAMABAD 000428",
		"S e c r e t state 068250", "UNCLAS E F T O MANAGUA 001234", "S E C R E T BOGOTA 000243 SIPDIS NOFORN",
		"SECRET//REL TO USA, FVEY", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "C ONFIDENTIAL SECTION 01 of 03 BAKU 000744",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, ok := ParseBanner(s)
		b2, ok2 := ParseBanner(s)
		if ok != ok2 || !reflect.DeepEqual(b, b2) {
			t.Fatalf("not deterministic for %q", s)
		}
		if !ok {
			return
		}
		checkUTF8(t, s, b)
		if !b.Level.IsValid() {
			t.Fatalf("banner %q without level", s)
		}
		if b.Serial != "" && strings.Trim(b.Serial, "0123456789") != "" {
			t.Fatalf("serial %q", b.Serial)
		}
		if !strings.Contains(s, b.Origin) || !strings.Contains(s, b.Tail) {
			t.Fatalf("origin/tail not from input %q: %+v", s, b)
		}
	})
}

func FuzzParseEO(f *testing.F) {
	for _, s := range []string{
		"E.O. 12958: DECL: 09/28/2032", "EO 12958 DECL: 2019/02/12", "E.O. 12356: DECL: OADR", "E.O. 12958: DNG: CO 04/08/2026",
		"E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P", "E.O. 12958: DECL: 011/2/2019", "Declassify on: 8/31/2034",
		"E.O. 12958: DECL: 03/20/2019 TAG PTER, PGOV",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := ParseEO(s)
		d2, ok2 := ParseEO(s)
		if ok != ok2 || !reflect.DeepEqual(d, d2) {
			t.Fatalf("not deterministic for %q", s)
		}
		if !ok {
			return
		}
		checkUTF8(t, s, d)
		if !d.Date.IsZero() {
			if _, ok := makeDate(d.Date.Year, int(d.Date.Month), d.Date.Day); !ok {
				t.Fatalf("invalid date %v from %q", d.Date, s)
			}
			var back Date
			if err := back.UnmarshalText([]byte(d.Date.String())); err != nil || back != d.Date {
				t.Fatalf("date %v does not round-trip", d.Date)
			}
		}
	})
}

func FuzzParseClassifiedBy(f *testing.F) {
	for _, s := range []string{
		"Classified By: Ambassador Glyn T. Davies for reasons 1.4 b and d ",
		"\n1. (U)  CLASSIFIED BY CHARGE ROBERT BEECROFT; REASON 1.5 (D).\n\n2. (C) ",
		"Classified By: CLASSIFIED BY USEU MCOUNSELOR CHRISTOPHER DAVIS, FOR REA \n \nSONS 1.4 (B) AND (D) \n ",
		"CLASSIFIED BY AF KARL WYCOFF, ACTING AND S/CT DAS SHARI \nVILLAROSA ; E.O. 12958 REASON: 1.4 (B) AND (D) \n",
		"Classified By: Derived from Multiple Sources",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cbCut(asciiLower(s)), cbCutRegexp(asciiLower(s)); got != want {
			t.Fatalf("cbCut(%q) = %d, the regexp says %d", s, got, want)
		}
		cb, ok := ParseClassifiedBy(s)
		cb2, ok2 := ParseClassifiedBy(s)
		if ok != ok2 || !reflect.DeepEqual(cb, cb2) {
			t.Fatalf("not deterministic for %q", s)
		}
		// CRLF line ends read as LF ones; only for inputs without a carriage
		// return of their own ("\r\r\n" is two line ends for every reader)
		if !strings.Contains(s, "\r") {
			crlf, okc := ParseClassifiedBy(strings.ReplaceAll(s, "\n", "\r\n"))
			if okc != ok || !reflect.DeepEqual(crlf.Names, cb.Names) || !reflect.DeepEqual(crlf.Reasons, cb.Reasons) {
				t.Fatalf("CRLF changes the result for %q: %+v vs %+v", s, crlf, cb)
			}
		}
		if !ok {
			return
		}
		checkUTF8(t, s, cb)
		for _, r := range cb.Reasons {
			if len(r.Letter) != 1 || r.Letter[0] < 'a' || r.Letter[0] > 'h' {
				t.Fatalf("bad letter %q", r.Letter)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Add(bogotaPreamble, 0)
	f.Add("CONFIDENTIAL\n\nPAGE 01        CAPE T  00097  01 OF 03  182017Z\nC O N F I D E N T I A L SECTION 01 OF 03 CAPE TOWN 00097\nE.O. 12356:  DECL:  OADR\n¶1.  CONFIDENTIAL - ENTIRE TEXT.\n", 7)
	f.Add("\n1.  CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY SECTION 1.5 (B)\nAND (D).\n\n2.  SU", 1)
	f.Add("UNCLAS SECTION 01 OF 02 SAN JOSE 000123\n\nSENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\n", 100)
	f.Fuzz(func(t *testing.T, s string, first int) {
		if first < 0 || first > 1<<20 {
			first = 0
		}
		p := &Parser{FirstLine: first}
		res, err := p.Parse(s)
		if err != nil || res == nil {
			t.Fatalf("lenient Parse failed: %v", err)
		}
		res2, _ := p.Parse(s)
		j1, _ := json.Marshal(res)
		j2, _ := json.Marshal(res2)
		if string(j1) != string(j2) {
			t.Fatalf("not deterministic for %q", s)
		}
		crlf, _ := p.Parse(strings.ReplaceAll(s, "\n", "\r\n"))
		j3, _ := json.Marshal(crlf)
		if strings.IndexByte(s, '\r') < 0 && string(j1) != string(j3) {
			t.Fatalf("CRLF changes the result for %q:\n%s\n%s", s, j1, j3)
		}
		checkUTF8(t, s, res)
		lo := max(first, 1)
		hi := lo + len(textutil.SplitLines(s, first)) - 1
		in := func(l int) {
			if l != 0 && (l < lo || l > hi) {
				t.Fatalf("line %d outside %d..%d for %q", l, lo, hi, s)
			}
		}
		if c := res.Classification; c != nil {
			in(c.Line)
		}
		if d := res.Declassification; d != nil {
			in(d.Line)
		}
		if cb := res.ClassifiedBy; cb != nil {
			in(cb.Line)
		}
		for _, c := range res.Captions {
			in(c.Line)
		}
		for _, w := range res.Warnings {
			in(w.Line)
		}
		if _, err := (&Parser{Strict: true}).Parse(s); (err != nil) != (len(res.Warnings) > 0) {
			t.Fatalf("Strict error %v with %d warnings", err, len(res.Warnings))
		}
	})
}
