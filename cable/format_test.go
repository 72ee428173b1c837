package cable

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name, head, file string
		want             Format
	}{
		{"page prolog", "<?xml version='1.0' encoding='utf-8' ?>\n<!DOCTYPE html>", "", FormatHTML},
		{"fragment in a .txt", "<code><pre>S E C R E T THE HAGUE 003156 \n", "04THEHAGUE3156.txt", FormatHTML},
		{"pre anywhere", "Appears\n<PRE>x</PRE>", "", FormatHTML},
		{"csv row", `"1","12/28/1966 18:48","66BUENOSAIRES2481",`, "", FormatCSV},
		{"csv by name", "", "cables.csv", FormatCSV},
		{"html by name", "VZCZC", "x.HTM", FormatHTML},
		{"markdown by name", "VZCZCXRO1249", "07BEIJING6403.md", FormatMarkdown},
		{"markdown links", "TAGS: [PREL](#) [PTER](#)", "", FormatMarkdown},
		{"plain", "VZCZCXRO1249\nOO RUEHCN\n", "cable.txt", FormatText},
		{"bom then csv", "\xEF\xBB\xBF\"2\",\"x\"", "", FormatCSV},
		{"quoted text is not csv", `"HELLO", HE SAID`, "", FormatText},
		{"empty", "", "", FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, DetectFormat([]byte(tt.head), tt.file))
		})
	}
}

func TestDetectFormatSamples(t *testing.T) {
	for file, want := range map[string]Format{
		"08VLADIVOSTOK68.html": FormatHTML, "04THEHAGUE3156.txt": FormatHTML, "72TEHRAN1164.csv": FormatCSV,
		"07BEIJING6403.md": FormatMarkdown, "concatenated.txt": FormatText, "01PRETORIA1173.cp1252.txt": FormatText,
	} {
		b, err := os.ReadFile("testdata/read/" + file)
		require.NoError(t, err)
		assert.Equal(t, want, DetectFormat(b[:min(len(b), 8192)], ""), file) // the bytes alone decide
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": FormatAuto, "auto": FormatAuto, "HTML": FormatHTML, "htm": FormatHTML,
		"csv": FormatCSV, "txt": FormatText, "text": FormatText, "md": FormatMarkdown, " markdown ": FormatMarkdown} {
		got, err := ParseFormat(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := ParseFormat("pdf")
	assert.ErrorContains(t, err, `unknown input format "pdf"`)
}

func TestFormatText(t *testing.T) {
	assert.Equal(t, "auto", FormatAuto.String())
	assert.Equal(t, "csv", FormatCSV.String())
	b, err := FormatHTML.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "html", string(b))
	var f Format
	require.NoError(t, f.UnmarshalText([]byte("Markdown")))
	assert.Equal(t, FormatMarkdown, f)
	assert.Error(t, f.UnmarshalText([]byte("xml")))
}

func TestSourceString(t *testing.T) {
	assert.Equal(t, "-", Source{}.String())
	assert.Equal(t, "cables.csv row 12", Source{Path: "cables.csv", Format: FormatCSV, Row: 12}.String())
	assert.Equal(t, "all.txt line 40", Source{Path: "all.txt", Line: 40}.String())
	assert.Equal(t, "a.html", Source{Path: "a.html", Line: 1}.String())
}

// FuzzIndexFold checks indexFold against the plain rule: bytes.Index in
// a copy of b with its ASCII letters lowered.
func FuzzIndexFold(f *testing.F) {
	for _, s := range []string{"x <PRE>", "<<pRe", "a\x1cpre <pre", "TAGS: X", "ta tAgS", "<MeTa charset"} {
		f.Add([]byte(s))
	}
	needles := []string{"<pre", "<html", "<meta", "tags", "charset=", "<"}
	f.Fuzz(func(t *testing.T, b []byte) {
		lower := bytes.Clone(b)
		for i, c := range lower {
			if c >= 'A' && c <= 'Z' {
				lower[i] = c + 'a' - 'A'
			}
		}
		for _, n := range needles {
			if got, want := indexFold(b, n), bytes.Index(lower, []byte(n)); got != want {
				t.Fatalf("indexFold(%q, %q) = %d, want %d", b, n, got, want)
			}
		}
	})
}
