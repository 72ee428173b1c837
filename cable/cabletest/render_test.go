package cabletest

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cablemeta/cablemeta/cable"
)

func TestRender(t *testing.T) {
	const text = "R 011200Z MAR 79\nFM AMEMBASSY LIMA\n\nSUBJECT: A\nB\n\n1. ¶ ONE\nTWO\n"
	tests := []struct {
		r    Rendering
		want string
	}{
		{Plain, text},
		{LinesJoined, "R 011200Z MAR 79 FM AMEMBASSY LIMA  SUBJECT: A B  1. ¶ ONE TWO "},
		{BreaksDropped, "R 011200Z MAR 79FM AMEMBASSY LIMASUBJECT: AB1. ¶ ONETWO"},
		{BlankLinesDropped, "R 011200Z MAR 79\nFM AMEMBASSY LIMA\nSUBJECT: A\nB\n1. ¶ ONE\nTWO\n"},
		{CRLF, "R 011200Z MAR 79\r\nFM AMEMBASSY LIMA\r\n\r\nSUBJECT: A\r\nB\r\n\r\n1. ¶ ONE\r\nTWO\r\n"},
		{PDFText, "R 011200Z MAR 79\r\nFM AMEMBASSY LIMA\r\nSUBJECT: A\r\nB\r\n1. \xb6 ONE\r\nTWO\r\n"},
		{Markdown, "R 011200Z MAR 79  \nFM AMEMBASSY LIMA  \n\nSUBJECT: A  \nB  \n\n11. ¶ ONE TWO\n"},
	}
	for _, tt := range tests {
		t.Run(tt.r.String(), func(t *testing.T) {
			assert.Equal(t, tt.want, Render(text, tt.r))
		})
	}
}

func TestRenderMarkdownTags(t *testing.T) {
	assert.Equal(t, "TAGS: [PGOV](#) [PREL](#) [XY](#)\n", Render("TAGS: PGOV, PREL, XY\n", Markdown))
}

func TestRenderWrapped(t *testing.T) {
	long := strings.Repeat("WORD ", 30) + "END"
	got := Render(long+"\n", Wrapped)
	for line := range strings.Lines(got) {
		assert.LessOrEqual(t, len(strings.TrimSuffix(line, "\n")), WrapWidth, line)
	}
	assert.Equal(t, strings.Fields(long), strings.Fields(got))

	unbreakable := strings.Repeat("X", WrapWidth+5)
	assert.Equal(t, unbreakable, Render(unbreakable, Wrapped), "a word longer than the width stays whole")
}

func TestRenderingNames(t *testing.T) {
	assert.Len(t, Renderings(), int(renderingCount)-1)
	assert.NotContains(t, Renderings(), Plain)
	seen := map[string]bool{}
	for _, r := range Renderings() {
		assert.False(t, seen[r.String()], r.String())
		seen[r.String()] = true
	}
	assert.Equal(t, "Rendering(200)", Rendering(200).String())
}

// keptRenderings are the renderings every cable must be read from as from
// its plain text today. Line breaks dropped is parsed too, but it does not
// yet agree with the plain parse.
var keptRenderings = []Rendering{LinesJoined, BlankLinesDropped, CRLF, Markdown, PDFText, Wrapped}

// agreed are the fields compared between a rendering's parse and the
// plain parse.
func agreed(c *cable.Cable) map[string]string {
	m := map[string]string{"id": c.ReferenceID, "from": c.From(), "subject": strings.Join(strings.Fields(c.Subject()), " ")}
	if t := c.DTG(); !t.IsZero() {
		m["dtg"] = t.String()
	}
	if c.Classification != nil && c.Classification.Classification != nil {
		m["level"] = c.Level().String()
	}
	return m
}

func TestRenderingsOfGeneratedCables(t *testing.T) {
	var p cable.Parser
	for fx, err := range All(11, 60, Options{}) {
		require.NoError(t, err)
		plain, err := p.Parse(strings.NewReader(fx.Text))
		require.NoError(t, err)
		for _, r := range Renderings() {
			got, _ := p.Parse(strings.NewReader(Render(fx.Text, r)))
			require.NotNil(t, got, "%s in rendering %s", fx.Want.ReferenceID, r)
			if slices.Contains(keptRenderings, r) {
				assert.Equal(t, agreed(plain), agreed(got), "%s in rendering %s", fx.Want.ReferenceID, r)
			}
		}
	}
}

func TestRenderingsOfRealCables(t *testing.T) {
	names, err := filepath.Glob("../testdata/cables/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	var p cable.Parser
	for _, name := range names {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		for doc, err := range p.Documents(strings.NewReader(string(data)), name) {
			require.NoError(t, err)
			plain, _ := p.ParseDocument(doc)
			require.NotNil(t, plain)
			for _, r := range Renderings() {
				got, _ := p.Parse(strings.NewReader(Render(doc.Text, r)))
				require.NotNil(t, got, "%s in rendering %s", name, r)
				if r == CRLF || r == Markdown {
					assert.Equal(t, agreed(plain), agreed(got), "%s in rendering %s", name, r)
				}
			}
		}
	}
}
