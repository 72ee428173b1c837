package cable

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadMarkdown(t *testing.T) {
	doc := readSample(t, "07BEIJING6403.md")
	assert.Equal(t, Source{Path: "07BEIJING6403.md", Format: FormatMarkdown, Offset: 2, Line: 3}, doc.Source) // two blank lines first
	assert.Nil(t, doc.Published)
	assert.True(t, strings.HasPrefix(doc.Text, "VZCZCXRO1249\nOO RUEHCN RUEHGH RUEHVC\nDE RUEHBJ #6403/01 2711431\n"))
	assert.Contains(t, doc.Text, "TO RUEHC/SECSTATE WASHDC IMMEDIATE 2350\n") // hard-break spaces gone
	assert.Contains(t, doc.Text, "TAGS: PREL PTER ETRD ENRG MARR ZK XD CH RS\n")
	assert.Contains(t, doc.Text, "SUBJECT: SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO\nMANDATE\n")
	assert.Contains(t, doc.Text, "\n11. (C) SUMMARY:") // the rendered pilcrow is the paragraph parser's business
}

func TestReadWindows1252(t *testing.T) {
	doc := readSample(t, "01PRETORIA1173.cp1252.txt")
	assert.Equal(t, []diag.Kind{WarnReadCharsetFallback}, warningKinds(doc.Warnings))
	assert.True(t, strings.HasPrefix(doc.Text, "O 231553Z FEB 01\nFM AMEMBASSY PRETORIA\n"))
	assert.Contains(t, doc.Text, "SOUTH AFRICA’S 1999 $4 BILLION ARMS PURCHASE")
	assert.Contains(t, doc.Text, "TO THIS “PROBLEM” IS NOT")
	assert.Contains(t, doc.Text, "¶1. (C) SUMMARY:")

	// Named charset: no warning; "latin1" means Windows-1252 (WHATWG).
	data, err := os.ReadFile("testdata/read/01PRETORIA1173.cp1252.txt")
	require.NoError(t, err)
	docs := readDocs(t, &Parser{Charset: "latin1"}, data, "")
	require.Len(t, docs, 1)
	assert.Empty(t, docs[0].doc.Warnings)
	assert.Equal(t, doc.Text, docs[0].doc.Text)
}

func TestReadConcatenated(t *testing.T) {
	data, err := os.ReadFile("testdata/read/concatenated.txt")
	require.NoError(t, err)
	docs := readDocs(t, &Parser{}, data, "all.txt")
	require.Len(t, docs, 3)
	starts := []string{"P 090721Z JUL 08\nFM AMCONSUL VLADIVOSTOK\n", "VZCZCXRO0379\nPP RUEHTRO\n", "O 231553Z FEB 01\nFM AMEMBASSY PRETORIA\n"}
	for i, d := range docs {
		require.NoError(t, d.err)
		assert.True(t, strings.HasPrefix(d.doc.Text, starts[i]), "cable %d: %q", i+1, d.doc.Text[:min(80, len(d.doc.Text))])
		assert.Equal(t, 1, strings.Count(d.doc.Text, "TAGS"), "cable %d holds one TAGS line", i+1)
		assert.NotContains(t, d.doc.Text, "\f")
		// Offset and Line point at the cable's first byte in the input.
		src := d.doc.Source
		assert.Equal(t, strings.Count(string(data[:src.Offset]), "\n")+1, src.Line)
		assert.True(t, strings.HasPrefix(string(data[src.Offset:]), starts[i]))
	}
	assert.Equal(t, readSample(t, "08VLADIVOSTOK68.html").Text, docs[0].doc.Text)
	assert.Equal(t, readSample(t, "10STATE284.html").Text, docs[1].doc.Text)
}

func TestReadTextCutRules(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"one cable", "VZCZCXRO1\nDE RUEHBJ #1\n\nUNCLAS\nTAGS: PREL\nSUBJECT: X\n", []string{"VZCZCXRO1\nDE RUEHBJ #1\n\nUNCLAS\nTAGS: PREL\nSUBJECT: X\n"}},
		{"vzczc after a body cuts", "VZCZC1\nTAGS: A\nBODY\nVZCZC2\nTAGS: B\n", []string{"VZCZC1\nTAGS: A\nBODY\n", "VZCZC2\nTAGS: B\n"}},
		{"vzczc after a title does not cut", "# 07BEIJING6403\nVZCZC1\nTAGS: A\n", []string{"# 07BEIJING6403\nVZCZC1\nTAGS: A\n"}},
		{"vzczc after a header without body", "VZCZC1\nO 011200Z JAN 09\nVZCZC2\nTAGS: A\n", []string{"VZCZC1\nO 011200Z JAN 09\nVZCZC2\nTAGS: A\n"}},
		{"page break inside a line", "UNCLAS\nEND OF PA\x0cGE\nTEXT\n", []string{"UNCLAS\nEND OF PA\nGE\nTEXT\n"}},
		{"page break after a body", "R 011200Z JAN 09\nSUBJECT: A\nTEXT\n\x0c\nCONFIDENTIAL\nPAGE 02 X\n",
			[]string{"R 011200Z JAN 09\nSUBJECT: A\nTEXT\n\nCONFIDENTIAL\nPAGE 02 X\n"}},
		{"form feed then a DTG cuts", "O 011200Z JAN 09\nTAGS: A\nX\n\x0c\nR 011200Z JAN 09\nTAGS: B\n",
			[]string{"O 011200Z JAN 09\nTAGS: A\nX\n", "R 011200Z JAN 09\nTAGS: B\n"}},
		{"form feed then P R DTG", "VZCZC1\nX TAGS: A\n\x0cP R 281848Z DEC 66\nFM X\n", []string{"VZCZC1\nX TAGS: A\n", "P R 281848Z DEC 66\nFM X\n"}},
		{"no header, no cut", "TAGS: A\nX\n\x0cR 011200Z JAN 09\nTAGS: B\n", []string{"TAGS: A\nX\nR 011200Z JAN 09\nTAGS: B\n"}},
		{"mailbox printout", "From: X\nSubject: TRIPOLI 642\nTAGS: ECON\n\nVZCZCXRO8786\nR 121532Z AUG 08\nTAGS: ECON\n",
			[]string{"From: X\nSubject: TRIPOLI 642\nTAGS: ECON\n\nVZCZCXRO8786\nR 121532Z AUG 08\nTAGS: ECON\n"}},
		{"form feed before a body does not cut", "R 011200Z JAN 09\n\x0cUNCLAS\nTAGS: B\n", []string{"R 011200Z JAN 09\nUNCLAS\nTAGS: B\n"}},
		{"crlf", "VZCZC1\r\nTAGS: A\r\nVZCZC2\r\nSUBJECT: B\r\n", []string{"VZCZC1\nTAGS: A\n", "VZCZC2\nSUBJECT: B\n"}},
		{"trailing blank cable dropped", "VZCZC\nTAGS: A\n\x0c\n\n  \n", []string{"VZCZC\nTAGS: A\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := readDocs(t, &Parser{Format: FormatText}, []byte(tt.in), "")
			var got []string
			for _, d := range docs {
				require.NoError(t, d.err)
				got = append(got, d.doc.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReadTextErrors(t *testing.T) {
	docs := readDocs(t, &Parser{}, []byte(" \n\n\t\n"), "blank.txt")
	require.Len(t, docs, 1)
	assert.ErrorIs(t, docs[0].err, ErrNoCable)

	in := "VZCZC1\nTAGS: A\n" + strings.Repeat("LONG LINE\n", 100) + "VZCZC2\nTAGS: B\nEND\n"
	docs = readDocs(t, &Parser{MaxCableSize: 200}, []byte(in), "big.txt")
	require.Len(t, docs, 2)
	assert.ErrorIs(t, docs[0].err, ErrTooLarge)
	require.NoError(t, docs[1].err)
	assert.Equal(t, "VZCZC2\nTAGS: B\nEND\n", docs[1].doc.Text)

	// One huge line, longer than the read buffer.
	docs = readDocs(t, &Parser{MaxCableSize: 1000}, []byte(strings.Repeat("X", 200<<10)+"\n"), "")
	require.Len(t, docs, 1)
	assert.ErrorIs(t, docs[0].err, ErrTooLarge)
}

func TestDocumentsEncodings(t *testing.T) {
	// UTF-16 with a byte order mark, CRLF line ends.
	text := "UNCLAS STATE 000001\r\nSUBJECT: CHARGÉ’S VISIT\r\n"
	var le []byte
	le = append(le, 0xFF, 0xFE)
	for _, r := range text {
		le = append(le, byte(r), byte(r>>8))
	}
	docs := readDocs(t, &Parser{}, le, "")
	require.Len(t, docs, 1)
	require.NoError(t, docs[0].err)
	assert.Equal(t, "UNCLAS STATE 000001\nSUBJECT: CHARGÉ’S VISIT\n", docs[0].doc.Text)

	// UTF-8 BOM.
	docs = readDocs(t, &Parser{}, []byte("\xEF\xBB\xBFTAGS: PREL\n"), "")
	require.Len(t, docs, 1)
	assert.Equal(t, "TAGS: PREL\n", docs[0].doc.Text)

	// Unknown charset name: one error, nothing read.
	docs = readDocs(t, &Parser{Charset: "ebcdic-klingon"}, []byte("TAGS: PREL\n"), "x.txt")
	require.Len(t, docs, 1)
	assert.ErrorIs(t, docs[0].err, ErrUnknownCharset)

	// A nil *Parser reads with the defaults.
	var p *Parser
	for doc, err := range p.Documents(strings.NewReader("TAGS: PREL\n"), "") {
		require.NoError(t, err)
		assert.True(t, utf8.ValidString(doc.Text))
	}
}

func TestDocumentsStopEarly(t *testing.T) {
	in := strings.Repeat(row(1, "H", "A"), 5)
	n := 0
	for range (&Parser{}).Documents(strings.NewReader(in), "") {
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}

// FuzzReadText reads text inputs twice, once with their length known
// (a buffer just large enough) and once through a plain io.Reader (a
// 64 KiB buffer), and requires the same cables, sources and errors; each
// cable's Line must be the line of its Offset in the input.
func FuzzReadText(f *testing.F) {
	data, err := os.ReadFile("testdata/read/concatenated.txt")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data), 0)
	f.Add("O 231553Z FEB 01\nFM A\nTAGS: X\n\f\n\nO 241553Z FEB 01\nFM B\nSUBJ: Y\n", 0)
	f.Add("VZCZC1\nR 010101Z JAN 09\nSUBJECT: A\nVZCZC2\n\fpage\f\n", 40)
	// takeRest: a rest taken whole, one stopped by a later VZCZC line, one by a form feed
	f.Add("\n \nUNCLAS\nSUBJECT: A\n1. B\nC\n", 0)
	f.Add("O 010101Z JAN 09\nSUBJ: A\nB\n \nVZCZC2\nR 020202Z JAN 09\nTAGS: C\nD\n", 0)
	f.Add("O 010101Z JAN 09\nSUBJ: A\nB\n\f\nR 020202Z JAN 09\nTAGS: C\nD", 30)
	f.Fuzz(func(t *testing.T, s string, max int) {
		p := &Parser{Format: FormatText, MaxCableSize: max & 0xfff}
		read := func(r io.Reader) []docResult {
			var out []docResult
			for doc, err := range p.Documents(r, "in.txt") {
				out = append(out, docResult{doc, err})
			}
			return out
		}
		// the input read whole (a string or bytes, whose length is known)
		// and streamed must give the same documents, and the input must
		// not change
		orig := strings.Clone(s)
		inPlace := read(strings.NewReader(s))
		data := []byte(s)
		known := read(bytes.NewReader(data))
		plain := read(struct{ io.Reader }{strings.NewReader(s)})
		if s != orig || string(data) != orig {
			t.Fatalf("the input was written to")
		}
		if len(known) != len(plain) || len(inPlace) != len(plain) {
			t.Fatalf("%d documents from a string, %d from bytes, %d streamed", len(inPlace), len(known), len(plain))
		}
		for i := range known {
			a, b := known[i], plain[i]
			if c := inPlace[i]; c.doc.Text != b.doc.Text || c.doc.Source != b.doc.Source || fmt.Sprint(c.err) != fmt.Sprint(b.err) ||
				fmt.Sprint(c.doc.Warnings) != fmt.Sprint(b.doc.Warnings) {
				t.Fatalf("document %d differs:\n%+v %v\n%+v %v", i, c.doc, c.err, b.doc, b.err)
			}
			if a.doc.Text != b.doc.Text || a.doc.Source != b.doc.Source || fmt.Sprint(a.err) != fmt.Sprint(b.err) ||
				fmt.Sprint(a.doc.Warnings) != fmt.Sprint(b.doc.Warnings) {
				t.Fatalf("document %d differs:\n%+v %v\n%+v %v", i, a.doc, a.err, b.doc, b.err)
			}
			src := a.doc.Source
			if src.Offset < 0 || src.Offset > int64(len(s)) {
				t.Fatalf("document %d: offset %d outside the input", i, src.Offset)
			}
			if want := strings.Count(s[:src.Offset], "\n") + 1; src.Line != want {
				t.Fatalf("document %d: line %d, its offset %d is on line %d", i, src.Line, src.Offset, want)
			}
		}
	})
}

// TestReadTextStartAfterFormFeed: blank lines and form feeds before a
// cable are skipped, and its position is counted in input bytes (found
// by FuzzReadText: a form feed turned into a line break moved the line).
func TestReadTextStartAfterFormFeed(t *testing.T) {
	tests := []struct {
		in     string
		offset int64
		line   int
		text   string
	}{
		{" \f0", 2, 1, "0\n"},
		{"\n\f\nX\n", 3, 3, "X\n"},
		{"\n \n\fA\nB", 4, 3, "A\nB\n"},
	}
	for _, tt := range tests {
		docs := readDocs(t, &Parser{Format: FormatText}, []byte(tt.in), "in.txt")
		require.Len(t, docs, 1, "%q", tt.in)
		require.NoError(t, docs[0].err)
		assert.Equal(t, tt.text, docs[0].doc.Text, "%q", tt.in)
		assert.Equal(t, tt.offset, docs[0].doc.Source.Offset, "%q", tt.in)
		assert.Equal(t, tt.line, docs[0].doc.Source.Line, "%q", tt.in)
	}
}

// TestReadTextTooLargeAfterFormFeed: a cable that grows too large after a
// form feed that may cut it is skipped, and the cable the form feed
// announced is read (found by FuzzReadText: an index panic).
func TestReadTextTooLargeAfterFormFeed(t *testing.T) {
	in := "Z 000000Z AAA\nSUBJ\f" + strings.Repeat("\n", 10) + "O 010101Z JAN 09\nSUBJ: B\n"
	docs := readDocs(t, &Parser{Format: FormatText, MaxCableSize: 26}, []byte(in), "in.txt")
	require.Len(t, docs, 2)
	assert.ErrorIs(t, docs[0].err, ErrTooLarge)
	require.NoError(t, docs[1].err)
	assert.Equal(t, "O 010101Z JAN 09\nSUBJ: B\n", docs[1].doc.Text)
	assert.Equal(t, 12, docs[1].doc.Source.Line)
}

// inPlaceInput has every edit of the text reader: leading blank lines, a
// cut before a VZCZC line, a page break inside a line, a form feed that
// cuts and one that does not.
const inPlaceInput = "\n \nVZCZC1\nR 010101Z JAN 09\nSUBJECT: A\nB\f C\n" +
	"VZCZC2\nO 020202Z JAN 09\nTAGS: X\nD\n\f\n\nO 030303Z JAN 09\nSUBJ: E\nF\n\fpage 2\nG"

// TestReadTextStringInPlace: a string, read whole and cut in place, gives
// the cables a stream of it gives.
func TestReadTextStringInPlace(t *testing.T) {
	p := &Parser{Format: FormatText}
	var inPlace, streamed []string
	for doc, err := range p.Documents(strings.NewReader(inPlaceInput), "in.txt") {
		require.NoError(t, err)
		inPlace = append(inPlace, fmt.Sprintf("%d:%d %q", doc.Source.Offset, doc.Source.Line, doc.Text))
	}
	for doc, err := range p.Documents(struct{ io.Reader }{strings.NewReader(inPlaceInput)}, "in.txt") {
		require.NoError(t, err)
		streamed = append(streamed, fmt.Sprintf("%d:%d %q", doc.Source.Offset, doc.Source.Line, doc.Text))
	}
	assert.Equal(t, []string{
		`3:3 "VZCZC1\nR 010101Z JAN 09\nSUBJECT: A\nB\n C\n"`,
		`43:7 "VZCZC2\nO 020202Z JAN 09\nTAGS: X\nD\n"`,
		`80:13 "O 030303Z JAN 09\nSUBJ: E\nF\npage 2\nG\n"`,
	}, inPlace)
	assert.Equal(t, streamed, inPlace)
}

// lenReader is an input that announces n bytes left, rightly or not, and
// fails with err (if any) after its text.
type lenReader struct {
	r   io.Reader
	n   int
	err error
}

func (l *lenReader) Len() int { return l.n }

func (l *lenReader) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	if err == io.EOF && l.err != nil {
		err = l.err
	}
	return n, err
}

// TestReadTextAnnouncedLength: an input of known length is read whole;
// one longer than it announced is read on to its end, and a read error
// is reported, with the input in the read buffer or not.
func TestReadTextAnnouncedLength(t *testing.T) {
	text := "O 010101Z JAN 09\nSUBJ: A\n" + strings.Repeat("B\n", 20)
	errRead := errors.New("read failed")
	for _, bufFits := range []bool{true, false} {
		in := text
		if !bufFits {
			in = text + strings.Repeat("C\n", 10<<10) // longer than a read buffer
		}
		for _, n := range []int{len(in), len(in) / 2, 0} {
			var docs []string
			for doc, err := range (&Parser{Format: FormatText}).Documents(&lenReader{r: strings.NewReader(in), n: n}, "in.txt") {
				require.NoError(t, err)
				docs = append(docs, doc.Text)
			}
			assert.Equal(t, []string{in}, docs, "announced %d of %d bytes", n, len(in))
		}
		var last error
		for _, err := range (&Parser{Format: FormatText}).Documents(&lenReader{r: strings.NewReader(in), n: len(in), err: errRead}, "in.txt") {
			last = err
		}
		assert.ErrorIs(t, last, errRead, "buffer fits: %v", bufFits)
	}
}

// FuzzReadWhole checks the way a string input is taken whole
// (Parser.wholeText) against the general reader of inputs of known
// length: format detected, charset sniffed, the same documents, sources,
// warnings and errors.
func FuzzReadWhole(f *testing.F) {
	for _, s := range []string{
		"O 231553Z FEB 01\nFM A\nTAGS: X\n\f\n\nO 241553Z FEB 01\nFM B\nSUBJ: Y\n",
		"\n \n\u00a0\nVZCZC1\nR 010101Z JAN 09\nSUBJECT: A\n1. B\n",
		"VZCZC1\nR 010101Z JAN 09\nSUBJECT: A\nVZCZC2\nR 010101Z JAN 09\nSUBJECT: B\n",
		"\n\xef\xbb\xbfUNCLAS\nSUBJECT: A\n", "a\x00b\x00c\x00d\x00e\x00f\x00g\x00h\x00",
		"<pre>X</pre>", "[PREL](#) A\n", "\"1\",\"x\",\n", "A\xe9B\n", " \t\n\r\n", "",
	} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, md bool) {
		p := &Parser{}
		name := "in"
		if md {
			name = "in.md"
		}
		read := func(r io.Reader) []docResult {
			var out []docResult
			for doc, err := range p.Documents(r, name) {
				out = append(out, docResult{doc, err})
			}
			return out
		}
		whole, known := read(strings.NewReader(s)), read(bytes.NewReader([]byte(s)))
		if len(whole) != len(known) {
			t.Fatalf("%d documents from a string, %d from bytes", len(whole), len(known))
		}
		for i := range whole {
			a, b := whole[i], known[i]
			if a.doc.Text != b.doc.Text || a.doc.Source != b.doc.Source || fmt.Sprint(a.err) != fmt.Sprint(b.err) ||
				fmt.Sprint(a.doc.Warnings) != fmt.Sprint(b.doc.Warnings) || fmt.Sprint(a.doc.Published) != fmt.Sprint(b.doc.Published) {
				t.Fatalf("document %d differs:\n%+v %v\n%+v %v", i, a.doc, a.err, b.doc, b.err)
			}
		}
	})
}
