package cable

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadCSVSamples(t *testing.T) {
	doc := readSample(t, "66BUENOSAIRES2481.csv")
	assert.Equal(t, Source{Path: "66BUENOSAIRES2481.csv", Format: FormatCSV, Row: 1, Line: 1}, doc.Source)
	assert.Equal(t, &Published{RecordID: "1", Created: "12/28/1966 18:48", ReferenceID: "66BUENOSAIRES2481",
		Origin: "Embassy Buenos Aires", Classification: "UNCLASSIFIED", References: []string{"66STATE106206"}}, doc.Published)
	assert.True(t, strings.HasPrefix(doc.Text, "P R 281848Z DEC 66\nFM AMEMBASSY BUENOS AIRES\n"))
	assert.Contains(t, doc.Text, "AMEMBASSY LONDON\nSTATE GRNC\n\nUNCLASSIFIED BUENOS AIRES 2481\n")
	assert.Contains(t, doc.Text, `OF "PREFERENTIAL JURISDICTION" FOR FISHING PURPOSES.`) // \" escapes
	assert.True(t, strings.HasSuffix(doc.Text, "\nGP-3\nSACCIO\n"))
	assert.Empty(t, doc.Warnings)

	doc = readSample(t, "72TEHRAN1164.csv")
	assert.Equal(t, []string{"72MOSCOW1603", "72TEHRAN1091", "72TEHRAN263"}, doc.Published.References)
	assert.Contains(t, doc.Text, "REQUEST REFLECTS SHAH'S INCREASING CONCERN") // \' escapes
	assert.Contains(t, doc.Text, "CSAF\n\nUNCLASSIFIED SECTION 01 OF 01 TEHRAN 1164\n")
}

func TestReadCSVStream(t *testing.T) {
	a, err := os.ReadFile("testdata/read/66BUENOSAIRES2481.csv")
	require.NoError(t, err)
	b, err := os.ReadFile("testdata/read/72TEHRAN1164.csv")
	require.NoError(t, err)
	data := append(append(bytes.Clone(a), "\r\n"...), b...)
	docs := readDocs(t, &Parser{}, data, "cables.csv")
	require.Len(t, docs, 2)
	for i, d := range docs {
		require.NoError(t, d.err)
		assert.Equal(t, i+1, d.doc.Source.Row)
	}
	assert.Equal(t, "66BUENOSAIRES2481", docs[0].doc.Published.ReferenceID)
	assert.Equal(t, "72TEHRAN1164", docs[1].doc.Published.ReferenceID)
	assert.Equal(t, int64(len(a)+2), docs[1].doc.Source.Offset)
	assert.Equal(t, bytes.Count(a, []byte{'\n'})+2, docs[1].doc.Source.Line)
	assert.Equal(t, readSample(t, "72TEHRAN1164.csv").Text, docs[1].doc.Text)
}

// row builds one cables.csv row with the given header and content
// columns, already escaped.
func row(id int, header, content string) string {
	return fmt.Sprintf(`"%d","1/2/2009 10:00","09STATE%d","Secretary of State","UNCLASSIFIED","","%s","%s"`+"\n", id, id, header, content)
}

func TestReadCSVDialect(t *testing.T) {
	tests := []struct {
		name, in string
		texts    []string // "" for an error
		errs     []error
		kinds    [][]diag.Kind
	}{
		{"backslash newline", row(1, `R 011200Z JAN 09\`+"\n"+`FM SECSTATE WASHDC`, `UNCLAS STATE 000001 \`+"\n"+`END \`),
			[]string{"R 011200Z JAN 09\nFM SECSTATE WASHDC\n\nUNCLAS STATE 000001\nEND\n"}, nil, nil},
		{"trailing backslash ends fields", row(1, `H \`, `A \`) + row(2, "H", `SAID \"NO\"`+"\n"+`X`),
			[]string{"H\n\nA\n", "H\n\nSAID \"NO\"\nX\n"}, nil, nil},
		{"backslash blanks newline", row(1, "H", "A \\  \n B"), []string{"H\n\nA\n B\n"}, nil, nil},
		{"escaped backslash and quotes", row(1, "H", `C:\\DIR \"Q\" \'S\' \n`), []string{"H\n\nC:\\DIR \"Q\" 'S' \\n\n"}, nil, nil},
		{"rfc4180 doubled quote", row(1, "H", `SAID ""NO""`), []string{"H\n\nSAID \"NO\"\n"}, nil, nil},
		{"stray quote kept", row(1, "H", `A "B`), []string{"H\n\nA \"B\n"}, nil, [][]diag.Kind{{WarnReadCSVQuote}}},
		{"crlf rows and blank lines", "\r\n" + strings.ReplaceAll(row(1, "H", "A"), "\n", "\r\n") + "\r\n\r\n" + row(2, "H2", "B"),
			[]string{"H\n\nA\n", "H2\n\nB\n"}, nil, nil},
		{"unquoted fields", "3,2009-01-02,09X3,X,SECRET,,HEADER,BODY\n", []string{"HEADER\n\nBODY\n"}, nil, nil},
		{"no final newline", strings.TrimSuffix(row(1, "H", "A"), "\n"), []string{"H\n\nA\n"}, nil, nil},
		{"extra columns joined", `"1","d","09X1","o","UNCLASSIFIED","","H","A","B"` + "\n", []string{"H\n\nA,B\n"}, nil,
			[][]diag.Kind{{WarnReadCSVColumns}}},
		{"too few columns then a good row", "\"1\",\"x\"\n" + row(2, "H", "A"), []string{"", "H\n\nA\n"}, []error{ErrBadRow, nil}, nil},
		{"unterminated quote resyncs", `"1","d","09X1","o","UNCLASSIFIED","","H","A` + "\n" + row(2, "H", "B"),
			[]string{"", "H\n\nB\n"}, []error{ErrBadRow, nil}, nil},
		{"empty cable", row(1, "", "  "), []string{""}, []error{ErrNoCable}, nil},
		{"header only", row(1, "H", ""), []string{"H\n"}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := readDocs(t, &Parser{Format: FormatCSV}, []byte(tt.in), "c.csv")
			require.Len(t, docs, len(tt.texts))
			for i, d := range docs {
				assert.Equal(t, i+1, d.doc.Source.Row)
				if tt.errs != nil && tt.errs[i] != nil {
					assert.ErrorIs(t, d.err, tt.errs[i])
					var pe *diag.ParseError
					require.ErrorAs(t, d.err, &pe)
					assert.Equal(t, i+1, pe.Row)
					continue
				}
				require.NoError(t, d.err)
				assert.Equal(t, tt.texts[i], d.doc.Text)
				var kinds []diag.Kind
				if tt.kinds != nil {
					kinds = tt.kinds[i]
				}
				assert.Equal(t, kinds, warningKinds(d.doc.Warnings))
			}
		})
	}
}

func TestReadCSVTooLarge(t *testing.T) {
	big := row(1, "H", strings.Repeat("LONG LINE OF TEXT\n", 200))
	in := row(1, "H", "A") + big + row(3, "H", "C")
	docs := readDocs(t, &Parser{MaxCableSize: 1000}, []byte(in), "c.csv")
	require.Len(t, docs, 3)
	assert.NoError(t, docs[0].err)
	assert.ErrorIs(t, docs[1].err, ErrTooLarge)
	assert.Equal(t, 2, docs[1].doc.Source.Row)
	require.NoError(t, docs[2].err)
	assert.Equal(t, "H\n\nC\n", docs[2].doc.Text)
	assert.Equal(t, 3, docs[2].doc.Source.Row)
}

func TestReadCSVCharset(t *testing.T) {
	in := row(1, "H", "PRESIDENT\x92S VIEWS") + row(2, "H", "PRESIDENT’S VIEWS")
	docs := readDocs(t, &Parser{}, []byte(in), "c.csv")
	require.Len(t, docs, 2)
	for _, d := range docs {
		assert.Equal(t, "H\n\nPRESIDENT’S VIEWS\n", d.doc.Text)
	}
	assert.Equal(t, []diag.Kind{WarnReadCharsetFallback}, warningKinds(docs[0].doc.Warnings))
	assert.Empty(t, docs[1].doc.Warnings)
}

func TestUnescapeLineEnds(t *testing.T) {
	for in, want := range map[string]string{
		"A \\\nB":     "A \nB",
		"A\\  \nB":    "A\nB",
		"END \\":      "END ",
		"C:\\DIR":     "C:\\DIR",
		"no escapes":  "no escapes",
		"\\\\\n":      "\\\n",
		"A\\\r\nB\\ ": "A\nB",
	} {
		assert.Equal(t, want, unescapeLineEnds(in), "%q", in)
	}
}

// csvEscape escapes a field in the MySQL dialect of cables.csv.
func csvEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, `'`, `\'`).Replace(s)
}

// csvRowOf renders one cables.csv row from a page's metadata and columns.
func csvRowOf(id int, pub Published, header, content string) string {
	created := pub.Created
	if tm, err := time.Parse("2006-01-02 15:04", created); err == nil {
		created = tm.Format("1/2/2006 15:04") // the dump's date style
	}
	cols := []string{fmt.Sprint(id), created, pub.ReferenceID, pub.Origin, pub.Classification,
		strings.Join(pub.References, "|"), header, content}
	var b strings.Builder
	for i, c := range cols {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + csvEscape(c) + `"`)
	}
	b.WriteByte('\n')
	return b.String()
}

// pageColumns cuts a WikiLeaks page into what a cables.csv row holds: the
// publisher's metadata, the header block and the body block (a leaked
// database row's columns removed).
func pageColumns(page []byte) (pub Published, header, content string, err error) {
	doc, err := readHTML(string(page), csSniff, Source{})
	if err != nil {
		return pub, "", "", err
	}
	if doc.Published != nil {
		pub = *doc.Published
	}
	text, _ := decodeText(page, csSniff, 0)
	blocks, _ := preBlocks(text)
	var parts []string
	for _, b := range blocks {
		t := strings.Trim(preText(b), "\n")
		if _, h, c, ok := splitLeakedRow(t); ok {
			if len(parts) == 0 {
				parts = append(parts, h)
			}
			t = c
		}
		parts = append(parts, t)
	}
	if len(parts) == 1 {
		return pub, "", parts[0], nil
	}
	return pub, parts[0], strings.Join(parts[1:], "\n\n"), nil
}

// pagesToCSV converts WikiLeaks cable pages into a cables.csv in the
// dump's dialect, one row per page, numbered from 1. Pages without a cable
// are skipped and returned by name.
func pagesToCSV(paths []string) (csv []byte, skipped []string, err error) {
	var b bytes.Buffer
	id := 0
	for _, p := range paths {
		page, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		pub, header, content, err := pageColumns(page)
		if err != nil {
			skipped = append(skipped, p)
			continue
		}
		id++
		b.WriteString(csvRowOf(id, pub, header, content))
	}
	return b.Bytes(), skipped, nil
}

// TestPagesToCSV checks the converter on the sample pages: the CSV rows
// read back to the same cable texts and metadata as the pages.
func TestPagesToCSV(t *testing.T) {
	pages, err := filepath.Glob("testdata/read/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	data, skipped, err := pagesToCSV(pages)
	require.NoError(t, err)
	assert.Empty(t, skipped)
	docs := readDocs(t, &Parser{}, data, "pages.csv")
	require.Len(t, docs, len(pages))
	for i, d := range docs {
		require.NoError(t, d.err)
		page := readSample(t, filepath.Base(pages[i]))
		assert.Equal(t, page.Text, d.doc.Text, pages[i])
		assert.Equal(t, page.Published.ReferenceID, d.doc.Published.ReferenceID)
		assert.Equal(t, page.Published.References, d.doc.Published.References)
	}
}

// TestPagesToCSVTool writes a cables.csv made from every page under
// $CABLEMETA_PAGES_DIR to $CABLEMETA_CSV_OUT (for bulk runs by hand).
func TestPagesToCSVTool(t *testing.T) {
	dir, out := os.Getenv("CABLEMETA_PAGES_DIR"), os.Getenv("CABLEMETA_CSV_OUT")
	if dir == "" || out == "" {
		t.Skip("set CABLEMETA_PAGES_DIR and CABLEMETA_CSV_OUT to convert pages")
	}
	var pages []string
	require.NoError(t, filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			pages = append(pages, p)
		}
		return err
	}))
	data, skipped, err := pagesToCSV(pages)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(out, data, 0o644))
	t.Logf("%d pages, %d rows, %d skipped", len(pages), len(pages)-len(skipped), len(skipped))
}

func FuzzReadCSV(f *testing.F) {
	for _, name := range []string{"66BUENOSAIRES2481.csv", "72TEHRAN1164.csv"} {
		b, err := os.ReadFile("testdata/read/" + name)
		require.NoError(f, err)
		f.Add(string(b[:min(len(b), 1500)]), "R 250930Z FEB 72\nFM AMEMBASSY TEHRAN", "SHAH'S \"VIEWS\" \\ END")
	}
	f.Add(`"1","d","x","o","c","","H\`+"\n"+`","A \" B \\`+"\n\"", "H \\\n", "\"2\",\"x\"\n")
	f.Add("\"1\",\"2\"\r\n\"3\"\"", "\r\n", "\t\x00\f")
	f.Fuzz(func(t *testing.T, raw, header, content string) {
		p := &Parser{Format: FormatCSV, MaxCableSize: 1 << 16}
		first := readDocs(t, p, []byte(raw), "f.csv")
		again := readDocs(t, p, []byte(raw), "f.csv")
		assert.Equal(t, first, again, "deterministic")
		for i, d := range first {
			if !utf8.ValidString(d.doc.Text) {
				t.Fatalf("row %d: invalid UTF-8 in %q", i+1, d.doc.Text)
			}
			assert.Equal(t, i+1, d.doc.Source.Row)
		}
		// Round trip: columns written in the dialect come back whole.
		if !utf8.ValidString(header) || !utf8.ValidString(content) {
			return
		}
		if strings.HasSuffix(header, `",`) {
			// Written `\",` before the closing quote and the next column's
			// `"`, it reads as the dump's backslash line continuation ending
			// the column (see trailingBackslash): the dialect cannot tell
			// the two apart, and the dump holds only the latter.
			return
		}
		in := csvRowOf(7, Published{ReferenceID: "09STATE7", References: []string{"09A1", "09B2"}}, header, content)
		docs := readDocs(t, p, []byte(in+in), "")
		// The columns are joined as a page's blocks and normalised once,
		// as every reader does ("\r\r\n" is two line ends, a CR and a CRLF).
		want := textutil.Normalize(joinBlocks([]string{header, content}))
		require.Len(t, docs, 2)
		for _, d := range docs {
			if want == "" {
				assert.ErrorIs(t, d.err, ErrNoCable)
				continue
			}
			require.NoError(t, d.err)
			assert.Equal(t, want, d.doc.Text)
			assert.Equal(t, "09STATE7", d.doc.Published.ReferenceID)
			assert.Equal(t, []string{"09A1", "09B2"}, d.doc.Published.References)
		}
	})
}

func BenchmarkReadCSV(b *testing.B) {
	a, err := os.ReadFile("testdata/read/72TEHRAN1164.csv")
	require.NoError(b, err)
	data := bytes.Repeat(append(a, '\n'), 50)
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
