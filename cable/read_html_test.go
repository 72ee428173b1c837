package cable

import (
	"bytes"
	"html"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// docResult is one item of a Documents stream.
type docResult struct {
	doc Document
	err error
}

// readDocs collects the documents of an input.
func readDocs(t testing.TB, p *Parser, data []byte, name string) []docResult {
	t.Helper()
	var out []docResult
	for doc, err := range p.Documents(bytes.NewReader(data), name) {
		out = append(out, docResult{doc, err})
	}
	return out
}

// readSample reads testdata/read/name and returns its only document.
func readSample(t *testing.T, name string) Document {
	t.Helper()
	data, err := os.ReadFile("testdata/read/" + name)
	require.NoError(t, err)
	docs := readDocs(t, &Parser{}, data, name)
	require.Len(t, docs, 1)
	require.NoError(t, docs[0].err)
	return docs[0].doc
}

func warningKinds(ws []diag.Warning) []diag.Kind {
	var out []diag.Kind
	for _, w := range ws {
		out = append(out, w.Kind)
	}
	return out
}

func TestReadHTMLPages(t *testing.T) {
	tests := []struct {
		file       string
		published  Published
		start, end string
		contains   []string
		kinds      []diag.Kind
	}{
		{
			file: "08VLADIVOSTOK68.html", // 2010-12 template, header starts at the DTG
			published: Published{ReferenceID: "08VLADIVOSTOK68", Created: "2008-07-09 07:07", Released: "2010-12-01 21:09",
				Classification: "UNCLASSIFIED", Origin: "Consulate Vladivostok", Articles: []string{"http://www.spiegel.de"}},
			start:    "P 090721Z JUL 08\nFM AMCONSUL VLADIVOSTOK\n",
			contains: []string{"AMCONSUL VLADIVOSTOK\n\nUNCLAS VLADIVOSTOK 000068\n", "TAGS: PGOV PINR RS\n", "\n¶1.  Summary."},
		},
		{
			file: "10STATE284.html", // 2011-03 template
			published: Published{ReferenceID: "10STATE284", Created: "2010-01-04 18:06", Released: "2011-01-31 21:09",
				Classification: "CONFIDENTIAL", Origin: "Secretary of State"},
			start: "VZCZCXRO0379\nPP RUEHTRO\nDE RUEHC #0284/01 0041825\n",
			end:   "or xxxxxxxxxxxx. CLINTON\n",
		},
		{
			file: "05SANJOSE1634.html", // 2011-04 template; the classification title= says "unclassified//fouo"
			published: Published{ReferenceID: "05SANJOSE1634", Created: "2005-07-18 22:10", Released: "2011-03-21 16:04",
				Classification: "UNCLASSIFIED", Origin: "Embassy San Jose"},
			start:    "This record is a partial extract of the original cable. The full text of the original cable is not available.\n\nUNCLAS SAN JOSE 001634\n",
			contains: []string{"TAGS: SNAR AFIN CS\n", "Project Title: PD&S\n"},
			end:      "\n\nKAPLAN\n",
		},
		{
			file: "04BOGOTA11339.html", // leaked database row in the body block
			published: Published{ReferenceID: "04BOGOTA11339", Created: "2004-11-02 18:06", Released: "2011-02-18 21:09",
				Classification: "CONFIDENTIAL", Origin: "Embassy Bogota",
				References: []string{"04BOGOTA10728", "04BOGOTA11205", "04BOGOTA11207"}, RecordID: "22350",
				Articles: []string{"www.letemps.ch/swiss_papers"},
				LeakedRow: &LeakedRow{RecordID: "22350", Date: "2004-11-02 18:31:00", ReferenceID: "04BOGOTA11339",
					Origin: "Embassy Bogota", Classification: "CONFIDENTIAL",
					References: []string{"04BOGOTA10728", "04BOGOTA11205", "04BOGOTA11207"}}},
			start: "This record is a partial extract of the original cable. The full text of the original cable is not available.\n\n" +
				"C O N F I D E N T I A L SECTION 01 OF 04 BOGOTA 011339\n\nSIPDIS\n",
			contains: []string{"TAGS: EAID PGOV PHUM PINR PREL CO\n", "\n¶1. (C) SUMMARY:  Ambassador met"},
			end:      "Brazil and others now need to do the same.\nWOOD\n",
			kinds:    []diag.Kind{WarnReadLeakedRow},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc := readSample(t, tt.file)
			assert.Equal(t, Source{Path: tt.file, Format: FormatHTML}, doc.Source)
			require.NotNil(t, doc.Published)
			assert.Equal(t, tt.published, *doc.Published)
			assert.True(t, strings.HasPrefix(doc.Text, tt.start), "start: %q", doc.Text[:min(200, len(doc.Text))])
			assert.True(t, strings.HasSuffix(doc.Text, tt.end), "end: %q", doc.Text[max(0, len(doc.Text)-200):])
			for _, c := range tt.contains {
				assert.Contains(t, doc.Text, c)
			}
			assert.Equal(t, tt.kinds, warningKinds(doc.Warnings))
			assert.NotContains(t, doc.Text, "<a ")
			assert.NotContains(t, doc.Text, "&#x000A;")
			assert.NotContains(t, doc.Text, "\t", "no leaked-row columns left")
			assert.NotContains(t, doc.Text, " \\\n", "no backslash line-end escapes left")
			assert.Equal(t, textutil.Normalize(doc.Text), doc.Text, "normalised")
		})
	}
}

func TestReadHTMLFragment(t *testing.T) {
	doc := readSample(t, "04THEHAGUE3156.txt")
	assert.Equal(t, FormatHTML, doc.Source.Format)
	assert.Nil(t, doc.Published)
	assert.True(t, strings.HasPrefix(doc.Text, "S E C R E T THE HAGUE 003156\n\nSIPDIS\n"))
	assert.Contains(t, doc.Text, "TAGS: KSTC ETTC PARM NL CH\nSUBJECT: DUTCH PROPOSE PARTS CONTROL PLANS FOR 14-BIT ADC\nSALES\n")
	assert.Contains(t, doc.Text, "\n¶1. (S) On November 15, Chris Kessler")
	assert.True(t, strings.HasSuffix(doc.Text, "mid-December.\nRUSSEL\n"))
}

func TestReadHTMLErrors(t *testing.T) {
	docs := readDocs(t, &Parser{Format: FormatHTML}, []byte("<html><body>no cable</body></html>"), "x.html")
	require.Len(t, docs, 1)
	assert.ErrorIs(t, docs[0].err, ErrNoCable)
	var pe *diag.ParseError
	require.ErrorAs(t, docs[0].err, &pe)
	assert.Equal(t, "x.html", pe.Path)

	docs = readDocs(t, &Parser{}, []byte("<pre>  \n </pre><pre></pre>"), "")
	require.Len(t, docs, 1)
	assert.ErrorIs(t, docs[0].err, ErrNoCable)

	docs = readDocs(t, &Parser{MaxCableSize: 10}, []byte("<pre>"+strings.Repeat("A", 100)+"</pre>"), "big.html")
	require.Len(t, docs, 1)
	assert.ErrorIs(t, docs[0].err, ErrTooLarge)
}

func TestReadHTMLUnclosedAndCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1252\"></head><body><pre>MBEKI\x92S&#x000A;TAGS: <a href='/tag/PREL_0.html'>PREL</a>"
	docs := readDocs(t, &Parser{}, []byte(page), "p.html")
	require.Len(t, docs, 1)
	require.NoError(t, docs[0].err)
	assert.Equal(t, "MBEKI’S\nTAGS: PREL\n", docs[0].doc.Text)
	assert.Equal(t, []diag.Kind{WarnReadUnclosedPre}, warningKinds(docs[0].doc.Warnings))

	// An unknown declared charset is reported and the bytes are sniffed.
	docs = readDocs(t, &Parser{}, []byte("<meta charset=klingon><pre>A\x92B</pre>"), "")
	require.Len(t, docs, 1)
	assert.Equal(t, "A’B\n", docs[0].doc.Text)
	assert.Equal(t, []diag.Kind{WarnReadUnknownCharset, WarnReadCharsetFallback}, warningKinds(docs[0].doc.Warnings))
}

func TestStripTags(t *testing.T) {
	tests := map[string]string{
		"<a id='par1' href='#par1'>¶</a>1. (C)":              "¶1. (C)",
		"TAGS: <a href='/tag/PREL_0.html'>PREL</a> <b>X</b>": "TAGS: PREL X",
		"LESS THAN <30 PERCENT":                              "LESS THAN <30 PERCENT",
		"A < B > C":                                          "A < B > C",
		"x<!-- c > d -->y":                                   "xy",
		"broken <a href='x'":                                 "broken <a href='x'",
		"< /a> kept as text, as a browser does":              "< /a> kept as text, as a browser does",
	}
	for in, want := range tests {
		assert.Equal(t, want, stripTags(in), in)
	}
}

func TestSplitLeakedRow(t *testing.T) {
	row := "2005-11-14 10:58:00\t05MANAMA1672\tEmbassy Manama\tCONFIDENTIAL\t\t" +
		"This record is a partial extract.\\\n\\\n\tC O N F I D E N T I A L MANAMA 001672 \\\n \\\nMONROE \\"
	got, header, content, ok := splitLeakedRow(row)
	require.True(t, ok)
	assert.Equal(t, LeakedRow{Date: "2005-11-14 10:58:00", ReferenceID: "05MANAMA1672", Origin: "Embassy Manama",
		Classification: "CONFIDENTIAL"}, got)
	assert.Equal(t, "This record is a partial extract.\n\n", header)
	assert.Equal(t, "C O N F I D E N T I A L MANAMA 001672 \n \nMONROE ", content)

	got, _, content, ok = splitLeakedRow("167757\t2008-08-28 15:09:00\t167757\t2008-08-28 15:09:00\t08BERN443\tEmbassy Bern\tCONFIDENTIAL\t\tVZCZCXRO4059\\\nOO RUEHFL\tC O N F I D E N T I A L")
	require.True(t, ok, "08BERN443: record id and date repeated")
	assert.Equal(t, LeakedRow{RecordID: "167757", Date: "2008-08-28 15:09:00", ReferenceID: "08BERN443", Origin: "Embassy Bern",
		Classification: "CONFIDENTIAL"}, got)
	assert.Equal(t, "C O N F I D E N T I A L", content)

	for _, notRow := range []string{
		"VZCZCXRO4324\nOO RUEHBC",
		"2005-11-14 10:58:00\tnot an id\tX\tCONFIDENTIAL\t\tcable",
		"2005-11-14\t05MANAMA1672\tEmbassy Manama\tCONFIDENTIAL\t\tcable",
		"22350\t2004-11-02 18:31:00\t04BOGOTA11339\tEmbassy Bogota\tRESTRICTED\t\tx",
		"2005-11-14 10:58:00\t05MANAMA1672\tEmbassy\nManama\tCONFIDENTIAL\t\tx",
	} {
		_, _, _, ok := splitLeakedRow(notRow)
		assert.False(t, ok, notRow)
	}
}

// pageOf wraps cable text in a minimal cable-viewer page, escaped as
// WikiLeaks does (entities, &#x000A; newlines).
func pageOf(text string) []byte {
	esc := strings.ReplaceAll(html.EscapeString(text), "\n", "&#x000A;")
	return []byte("<?xml version='1.0' encoding='utf-8' ?>\n<html><body><code><pre>" + esc + "</pre></code></body></html>\n")
}

func FuzzReadHTML(f *testing.F) {
	for _, name := range []string{"04THEHAGUE3156.txt", "08VLADIVOSTOK68.html"} {
		b, err := os.ReadFile("testdata/read/" + name)
		require.NoError(f, err)
		if len(b) > 4000 {
			b = b[len(b)-4000:] // the pre blocks are at the end of the page
		}
		f.Add(string(b), "")
	}
	f.Add("<pre>S E C R E T THE HAGUE 003156 &#x000A;<a id='par1' href='#par1'>¶</a>1. (S)</pre>", "¶1. (C) TEXT & \"QUOTES\" <30%")
	f.Add("<PRE>2005-11-14 10:58:00\t05MANAMA1672\tEmbassy Manama\tCONFIDENTIAL\t\tH\\&#x000A;\tC\\</PRE>", "TAGS: PREL\r\nSUBJECT: X")
	f.Add("<pre>A\x92B</pre><pre", "\x00\f\t")
	f.Fuzz(func(t *testing.T, page, text string) {
		p := &Parser{Format: FormatHTML}
		first := readDocs(t, p, []byte(page), "f.html")
		again := readDocs(t, p, []byte(page), "f.html")
		assert.Equal(t, first, again, "deterministic")
		for _, d := range first {
			if !utf8.ValidString(d.doc.Text) {
				t.Fatalf("invalid UTF-8 in %q", d.doc.Text)
			}
		}
		// Round trip: cable text put in a page comes back whole.
		if !utf8.ValidString(text) || textutil.IsBlank(text) {
			return
		}
		docs := readDocs(t, p, pageOf(text), "")
		require.Len(t, docs, 1)
		require.NoError(t, docs[0].err)
		for _, w := range docs[0].doc.Warnings {
			if w.Kind == WarnReadLeakedRow {
				return
			}
		}
		want := textutil.Normalize(joinBlocks([]string{strings.ReplaceAll(text, "\r\n", "\n")}))
		assert.Equal(t, want, docs[0].doc.Text)
	})
}

func BenchmarkReadHTML(b *testing.B) {
	data, err := os.ReadFile("testdata/read/04BOGOTA11339.html")
	require.NoError(b, err)
	p := &Parser{}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for _, err := range p.Documents(bytes.NewReader(data), "") {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}
