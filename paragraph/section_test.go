package paragraph

import (
	"os"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSectionHeaderReal checks the repeated section header of the received
// copy 90CAPETOWN97 (docs/body.md#repeated-section-headers): it leaves
// paragraph 9 and is reported, with all its lines, as a section-header span.
func TestSectionHeaderReal(t *testing.T) {
	data, err := os.ReadFile("testdata/cables/90CAPETOWN97.txt")
	require.NoError(t, err)
	b, err := Parse(string(data))
	require.NoError(t, err)
	require.Len(t, b.Paragraphs, 17)
	for _, p := range b.Paragraphs {
		assert.NotContains(t, p.Text, "SECTION 02", "paragraph %d", p.Number)
		assert.NotContains(t, p.Text, "AMCONSUL", "paragraph %d", p.Number)
	}
	assert.True(t, strings.HasSuffix(b.Paragraphs[8].Text, "SUITABLE VENUE. END COMMENT.)\n-"), b.Paragraphs[8].Text)
	assert.Equal(t, "DE KLERK-ANC COMMUNICATION THROUGH MANDELA", b.Paragraphs[9].Heading)
	var hs []Span
	for _, sp := range b.Spans {
		if sp.Kind == SpanSectionHeader {
			hs = append(hs, sp)
		}
	}
	require.Len(t, hs, 1)
	assert.Equal(t, 102, hs[0].StartLine)
	assert.Equal(t, 125, hs[0].EndLine)
	assert.True(t, strings.HasPrefix(hs[0].Text, "CONFIDENTIAL\nR 171512Z JAN 90\nFM AMCONSUL CAPE TOWN\n"), hs[0].Text)
	assert.Contains(t, hs[0].Text, "\nC O N F I D E N T I A L SECTION 02 OF 03 CAPE TOWN 00097\nLONDON FOR KOLKER, PARIS FOR FENDRICK\n")
	assert.True(t, strings.HasSuffix(hs[0].Text, "TAGS: PGOV PHUM SF\nSUBJECT: ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS"), hs[0].Text)
}

// TestSectionHeaderMidSentence checks 01VATICAN5693, whose second section
// starts in mid-sentence: the sentence is rejoined around the header.
func TestSectionHeaderMidSentence(t *testing.T) {
	data, err := os.ReadFile("testdata/cables/01VATICAN5693.txt")
	require.NoError(t, err)
	b, err := Parse(string(data))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(b.Paragraphs), 7)
	p := b.Paragraphs[6]
	require.Equal(t, 7, p.Number)
	assert.Contains(t, p.Text, "WITH THE OUTSIDE\nWORLD STEPPING INTO THE GAP.")
	assert.NotContains(t, p.Text, "PTQ7681")
	assert.NotContains(t, p.Text, "E.O. 12958")
}

// received is a two-section received copy built from the lines of
// 90CAPETOWN97 with the generator's layout (text in lower case).
const received = `C O N F I D E N T I A L SECTION 01 OF 02 CAPE TOWN 00097

E.O. 12356:  DECL:  OADR
TAGS: PGOV PHUM SF
SUBJECT: (C) ESSA MOOSA TALKS ABOUT MANDELA AND
OTHER TOPICS

1. (C) Summary: Moosa expects an announcement on February 2. End
summary.

2. (C) Military officials said the trade proposed the cabinet plan.
Coastal officials said the security proposed the council plan.


CONFIDENTIAL

PAGE 01        CAPE T  00097  02 OF 02  182017Z
ACTION AF-00

INFO  LOG-00   ADS-00   INR-05   EUR-00   SS-00    CIAE-00  DODE-00
      PA-01    OMB-01   /037 W
                    ------------------352654  200910Z /23
R 171512Z JAN 90
FM AMCONSUL CAPE TOWN
TO SECSTATE WASHDC 5366
INFO AMEMBASSY PRETORIA
AMEMBASSY PARIS

C O N F I D E N T I A L SECTION 02 OF 02 CAPE TOWN 00097

LONDON FOR KOLKER, PARIS FOR FENDRICK

E.O. 12356:  DECL:  OADR
TAGS: PGOV PHUM SF
SUBJECT: (C) ESSA MOOSA TALKS ABOUT MANDELA AND
OTHER TOPICS

3. (C) The modest reform welcomed the provincial market.

BAQUET
`

// TestSectionHeaderReceivedCopy: the page frame before the header
// (classification footer, PAGE line) goes with the page breaks (Clean);
// the rest of the header is one section-header span.
func TestSectionHeaderReceivedCopy(t *testing.T) {
	b, err := Parse(received)
	require.NoError(t, err)
	assert.Equal(t, "(C) ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS", b.Subject)
	require.Len(t, b.Paragraphs, 3)
	assert.Equal(t, "Military officials said the trade proposed the cabinet plan.\nCoastal officials said the security proposed the council plan.", b.Paragraphs[1].Text)
	assert.Equal(t, "The modest reform welcomed the provincial market.", b.Paragraphs[2].Text)
	assert.Empty(t, b.Paragraphs[2].Heading)
	assert.Equal(t, []string{"BAQUET"}, b.Signers)
	require.Len(t, b.Spans, 2)
	assert.Equal(t, Span{Kind: SpanSectionHeader, StartLine: 18, EndLine: 36, Text: "ACTION AF-00\n" +
		"INFO LOG-00 ADS-00 INR-05 EUR-00 SS-00 CIAE-00 DODE-00\nPA-01 OMB-01 /037 W\n" +
		"------------------352654 200910Z /23\n" +
		"R 171512Z JAN 90\nFM AMCONSUL CAPE TOWN\nTO SECSTATE WASHDC 5366\nINFO AMEMBASSY PRETORIA\nAMEMBASSY PARIS\n" +
		"C O N F I D E N T I A L SECTION 02 OF 02 CAPE TOWN 00097\nLONDON FOR KOLKER, PARIS FOR FENDRICK\n" +
		"E.O. 12356: DECL: OADR\nTAGS: PGOV PHUM SF\nSUBJECT: (C) ESSA MOOSA TALKS ABOUT MANDELA AND\nOTHER TOPICS"}, b.Spans[1])
	assert.Empty(t, b.Warnings)
}

// TestSectionHeaderKeepsText checks what is not a repeated header: the
// first section's banner, and capitals text that only looks like an
// address block (no FM line).
func TestSectionHeaderKeepsText(t *testing.T) {
	tests := []struct {
		name, in string
		texts    []string
	}{
		{
			name: "text in capitals before a banner",
			in: "SUBJECT: TEST\n\n1. THE MINISTER SAID HE WOULD RETURN\nTO THE US AND ANNOUNCE THAT SANCTIONS\n" +
				"SHOULD BE LIFTED\n\nC O N F I D E N T I A L SECTION 02 OF 02 CAPE TOWN 00097\n\nE.O. 12356: DECL: OADR\nTAGS: PGOV\n" +
				"SUBJECT: TEST\n\n2. THE MINISTER LEFT.\n\nBAQUET\n",
			texts: []string{"THE MINISTER SAID HE WOULD RETURN\nTO THE US AND ANNOUNCE THAT SANCTIONS\nSHOULD BE LIFTED", "THE MINISTER LEFT."},
		},
		{
			name:  "banner of section 1 is the preamble",
			in:    "C O N F I D E N T I A L SECTION 01 OF 02 ROME 01725\n\nSUBJECT: TEST\n\n1. (C) One.\n",
			texts: []string{"One."},
		},
		{
			name: "cablegate repeat without DTG block",
			in: "SUBJECT: ITALY ON IRAQ\n\n1. (C) The ministry agreed.\n\nC O N F I D E N T I A L SECTION 02 OF 02 ROME 001725\n\nSIPDIS\n\n" +
				"E.O. 12958: DECL: 02/20/2013\nTAGS: PREL IT IZ\nSUBJECT: ITALY ON IRAQ\n\n2. (C) It did\nso.\n",
			texts: []string{"The ministry agreed.", "It did\nso."},
		},
		{
			name: "section break in mid-paragraph, text right after the wrapped subject",
			in: "SUBJECT: ITALY ON\nIRAQ\n\n1. (C) The ministry\n\nC O N F I D E N T I A L SECTION 02 OF 02 ROME 001725\n" +
				"SUBJECT: ITALY ON\nIRAQ\nAGREED TO THE PLAN.\n\nSEMBLER\n",
			texts: []string{"The ministry\nAGREED TO THE PLAN."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse(tt.in)
			require.NoError(t, err)
			var got []string
			for _, p := range b.Paragraphs {
				got = append(got, p.Text)
			}
			assert.Equal(t, tt.texts, got)
		})
	}
}

// TestEndSummaryAcrossPageBreak: a page break between "END" and "SUMMARY."
// (the page-break line goes, its blank lines stay).
func TestEndSummaryAcrossPageBreak(t *testing.T) {
	in := "SUBJECT: BORDER\n\n1. (C) Summary: The army closed the crossing. Officials expect a long closure of the border. END\n\n" +
		"BEIJING 00006403 002 OF 003\n\nSUMMARY.\n\n2. (C) Details follow.\n\nRANDT\n"
	b, err := Parse(in)
	require.NoError(t, err)
	assert.Equal(t, "The army closed the crossing. Officials expect a long closure of the border.", b.Summary)
	require.NotEmpty(t, b.Spans)
	assert.Equal(t, 7, b.Spans[0].EndLine)
	assert.Empty(t, b.Warnings)
}

// TestPreambleIsNoHeading: TAGS lines (with their typos), E.O., REF and
// Classified By lines never become the heading of paragraph 1.
func TestPreambleIsNoHeading(t *testing.T) {
	for _, l := range []string{"TAGE: CVIS BR", "TAGS: PREL", "TAGE CVIS BR", "TGS: PREL PGOV", "TAG: KJUS", "E.O. 12958: N/A", "REF: STATE 1234"} {
		t.Run(l, func(t *testing.T) {
			b, err := Parse("UNCLAS BRASILIA 003251\n\n" + l + "\n\n1. (U) Text.\n")
			require.NoError(t, err)
			require.Len(t, b.Paragraphs, 1)
			assert.Empty(t, b.Paragraphs[0].Heading)
		})
	}
}

// TestNoSubjectWarning: a body with a banner or preamble but no SUBJECT
// line gets a no-subject warning; fragments and bodies with a subject don't.
func TestNoSubjectWarning(t *testing.T) {
	tests := []struct {
		name, in string
		line     int // 0: no warning
	}{
		{"banner", "C O N F I D E N T I A L BUENOS AIRES 005608\n\nNOFORN\n\nE.O. 12958: DECL: 09/05/2018\nTAGS: ENRG KNNP CVIS AR\n\n1. (C) Text.\n", 1},
		{"E.O. and TAGS only", "SIPDIS\n\nE.O. 12958: N/A\nTAGS: EFIN EAIR\n\n1. (U) Text.\n", 3},
		{"typo TAGE", "TAGE: CVIS BR\n\n1. (U) Text.\n", 1},
		{"with subject", "UNCLAS BRASILIA 003251\n\nE.O. 12958: N/A\nTAGS: EFIN\nSUBJECT: CAPE TOWN CONVENTION\n\n1. (U) Text.\n", 0},
		{"fragment", "1. (C) Economic officials said the region opposes the plan.\n\nLINDQVIST\n", 0},
		{"bare classification line", "CONFIDENTIAL\n\n1. (C) Text.\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse(tt.in)
			require.NoError(t, err)
			var ws []diag.Warning
			for _, w := range b.Warnings {
				if w.Kind == WarnNoSubject {
					ws = append(ws, w)
				}
			}
			if tt.line == 0 {
				assert.Empty(t, ws)
				return
			}
			require.Len(t, ws, 1)
			assert.Equal(t, tt.line, ws[0].Line)
			assert.Equal(t, "SUBJECT", ws[0].Field)
			assert.ErrorIs(t, b.Warnings.Err(), ErrNoSubject)
			_, err = (&Parser{Strict: true}).Parse(tt.in)
			assert.ErrorAs(t, err, new(*diag.StrictError))
		})
	}
}

func TestSectionBannerTopSecret(t *testing.T) {
	// Found by FuzzRoundTrip (cable/cabletest): a TOP SECRET received copy
	// kept its repeated section headers in the paragraph text.
	for _, s := range []string{"TOP SECRET SECTION 02 OF 05 BUENOS AIRES 000406", "T O P S E C R E T SECTION 03 OF 05 STATE 123456"} {
		if !sectionBanner(s) {
			t.Errorf("sectionBanner(%q) = false", s)
		}
	}
}
