package paragraph

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFixture checks the shared markdown fixture 07BEIJING6403 (copied to
// testdata/cables/07BEIJING6403.txt): the "11."-"18." rendering damage is repaired,
// headings are attached to the paragraph that follows them, SIPDIS and the
// page breaks are gone from the text.
func TestFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/cables/07BEIJING6403.txt")
	require.NoError(t, err)
	b, err := Parse(string(data))
	require.NoError(t, err)

	assert.Equal(t, "SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO MANDATE", b.Subject)
	assert.Equal(t, "SCO Secretariat, PRC Scholars Disagree on SCO Mandate", b.SubjectTitle)
	require.Len(t, b.Paragraphs, 13)
	headings := map[int]string{}
	for i, p := range b.Paragraphs {
		assert.Equal(t, i+1, p.Number)
		require.NotNil(t, p.Marking, "paragraph %d", p.Number)
		assert.Equal(t, "C", p.Marking.String())
		assert.NotContains(t, p.Text, "SIPDIS")
		assert.NotContains(t, p.Text, "00006403")
		if p.Heading != "" {
			headings[p.Number] = p.Heading
		}
	}
	assert.Equal(t, map[int]string{
		2:  "Secretariat: Security is Central",
		4:  "But SCO Not a NATO of the East",
		5:  "Short on Specifics",
		6:  "Economic Links Key for China",
		9:  "Simmering Contention",
		10: `Concern over Western "Misunderstanding"`,
		11: "No Plans for New Members",
		12: "Afghanistan - The Wild Card?",
		13: "Atmospherics",
	}, headings)
	assert.True(t, strings.HasPrefix(b.Summary, "Central Asian staff at the Shanghai Cooperation Organization"))
	assert.True(t, strings.HasSuffix(b.Summary, "All these contacts said Western countries misunderstand the SCO."))
	assert.Equal(t, []string{"RANDT"}, b.Signers)
	// sentences split by SIPDIS and by page breaks are rejoined
	assert.Contains(t, b.Paragraphs[1].Text, "that security\ncooperation has always")
	assert.Contains(t, b.Paragraphs[4].Text, "he added,\n\"response specifics")
	// the renumbering is reported
	n := 0
	for _, w := range b.Warnings {
		if w.Kind == WarnRenumbered {
			n++
		}
	}
	assert.Equal(t, 8, n)
	assert.Equal(t, 36, b.Paragraphs[0].Line)
}

func TestParagraphNumbers(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []int
		heading []string
		kinds   []diag.Kind
	}{
		{"plain", "1. (C) One.\n\n2. (C) Two.\n\n3. (U) Three.\n", []int{1, 2, 3}, nil, nil},
		{"pilcrow", "¶1. (C) One.\n\n¶2. (S/NF) Two.\n", []int{1, 2}, nil, nil},
		{"no space after number", "1.(C) P/E Chief conveyed reftel invitation.\n\n2.(C) Noting that many Libyan foreign fighters.\n", []int{1, 2}, nil, nil},
		{"paren style", "1) FIRST ITEM OF THE CABLE.\n\n2) SECOND ITEM.\n", []int{1, 2}, nil, nil},
		{"year is no paragraph", "¶1. (C) In the\n¶2006. elections the party won.\n\n¶2. (C) Two.\n", []int{1, 2}, nil, nil},
		{"decimal is no paragraph", "1. (C) Reasons\n1.4 (b) and (d).\n\n2. (C) Two.\n", []int{1, 2}, nil, nil},
		{"rendering damage", "11. (C) One.\n\n12. (C) Two.\n\n¶3. (C) Three.\n", []int{1, 2, 3}, nil,
			[]diag.Kind{WarnRenumbered, WarnRenumbered}},
		{"legit eleven", "9. (C) Nine.\n\n10. (C) Ten.\n\n11. (C) Eleven.\n", []int{9, 10, 11}, nil, nil},
		{"missing number", "1. (C) One.\n\n2. (C) Two.\n\n4. (C) Four.\n", []int{1, 2, 4}, nil, []diag.Kind{WarnMissingParagraph}},
		{"duplicate number", "¶10. (C) Ten.\n\n¶11. (C) Eleven.\n\n¶10. (C) Ten again.\n", []int{10, 11, 10}, nil, []diag.Kind{WarnDuplicateParagraph}},
		{"list inside a paragraph", "5. (C) The demands:\n\n1. RELEASE PRISONERS\n\n2. WITHDRAW\n\n6. (C) Six.\n", []int{5, 6}, nil, nil},
		{"underlined heading", "1. (C) One.\n\nSimmering Contention\n-----\n\n2. (C) Two.\n", []int{1, 2}, []string{"", "Simmering Contention"}, nil},
		{"over and underlined heading", "1. (C) One.\n\n---------\nIRAN/IAEA\n---------\n\n2. (C) Two.\n", []int{1, 2}, []string{"", "IRAN/IAEA"}, nil},
		{"markdown heading", "1. (C) One.\n\n#### Simmering Contention\n\n-----\n\n¶2. (C) Two.\n", []int{1, 2}, []string{"", "Simmering Contention"}, nil},
		{"media heading on one line", "¶7. (C) Seven.\nComment -------\n¶8. (C) Eight.\n", []int{7, 8}, []string{"", "Comment"}, nil},
		{"dashed heading before paragraph 1", "SUBJECT: X\n\n-------\nSUMMARY\n-------\n\n1. (C) One.\n", []int{1}, []string{"SUMMARY"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Parse(tt.in)
			require.NoError(t, err)
			var got []int
			var heads []string
			for _, p := range b.Paragraphs {
				got = append(got, p.Number)
				heads = append(heads, p.Heading)
			}
			assert.Equal(t, tt.want, got)
			if tt.heading != nil {
				assert.Equal(t, tt.heading, heads)
			}
			var kinds []diag.Kind
			for _, w := range b.Warnings {
				if w.Field == "paragraph" {
					kinds = append(kinds, w.Kind)
				}
			}
			assert.Equal(t, tt.kinds, kinds)
		})
	}
}

func TestParagraphText(t *testing.T) {
	in := "SUBJECT: TEST\n\n1. (C) Summary: first line\nsecond   line\n\n-- a bullet\n\nA. lettered item\n\n2. (U) Two.\nRANDT\n"
	b, err := Parse(in)
	require.NoError(t, err)
	require.Len(t, b.Paragraphs, 2)
	assert.Equal(t, "Summary: first line\nsecond line\n-- a bullet\nA. lettered item", b.Paragraphs[0].Text)
	assert.Equal(t, "Two.", b.Paragraphs[1].Text)
	assert.Equal(t, []string{"RANDT"}, b.Signers)
	assert.Equal(t, 3, b.Paragraphs[0].Line)
}

func TestUnnumberedBody(t *testing.T) {
	in := "UNCLAS SECTION 01 OF 01 TEHRAN 1164\n\nE.O. 12958: N/A\nTAGS: MASS, MARR, IR\nSUBJECT: ACCELERATION OF F-4ES FOR IRAN\n\nREF: TEHRAN 1091\n\nTHE SHAH ASKS THAT WE TAKE ANOTHER LOOK.\nSECOND LINE.\n\nHECK\n"
	b, err := Parse(in)
	require.NoError(t, err)
	require.Len(t, b.Paragraphs, 1)
	assert.Equal(t, 0, b.Paragraphs[0].Number)
	assert.Equal(t, "THE SHAH ASKS THAT WE TAKE ANOTHER LOOK.\nSECOND LINE.", b.Paragraphs[0].Text)
	assert.Equal(t, 9, b.Paragraphs[0].Line)
	assert.Equal(t, []string{"HECK"}, b.Signers)
}

func TestEntireTextMarking(t *testing.T) {
	b, err := Parse("SUBJ:  ESSA MOOSA TALKS\n\n¶1.  CONFIDENTIAL - ENTIRE TEXT.\n\n¶2.  ATTORNEY ESSA MOOSA SAYS.\n")
	require.NoError(t, err)
	require.Len(t, b.Paragraphs, 2)
	require.NotNil(t, b.Paragraphs[0].Marking)
	assert.True(t, b.Paragraphs[0].Marking.EntireText)
	assert.Equal(t, "CONFIDENTIAL - ENTIRE TEXT.", b.Paragraphs[0].Text)
}

func TestSpans(t *testing.T) {
	in := "SUBJECT: X\n\n1. (C) Summary: The summary\ngoes on. End\nSummary.\n\n" +
		"2. (C) Text. Comment: the embassy thinks\nso. End \ncomment.\n\n" +
		"3. (U) BEGIN TEXT: quoted words. END TEXT.\n\n" +
		"4. (U) ACTION REQUEST: please reply.\n\nRICE\n"
	b, err := Parse(in)
	require.NoError(t, err)
	assert.Equal(t, "The summary\ngoes on.", b.Summary)
	assert.Equal(t, "the embassy thinks\nso.", b.Comment)
	require.Len(t, b.Spans, 4)
	assert.Equal(t, Span{Kind: SpanSummary, StartLine: 3, EndLine: 5, Text: "The summary\ngoes on."}, b.Spans[0])
	assert.Equal(t, Span{Kind: SpanComment, StartLine: 7, EndLine: 9, Text: "the embassy thinks\nso."}, b.Spans[1])
	assert.Equal(t, Span{Kind: SpanText, StartLine: 11, EndLine: 11, Text: "quoted words."}, b.Spans[2])
	assert.Equal(t, Span{Kind: SpanActionRequest, StartLine: 13, EndLine: 13, Text: "please reply."}, b.Spans[3])
}

func TestParenthesisedComment(t *testing.T) {
	in := "1. MOOSA SAID PAARL SEEMED TO APPEAL TO MANDELA.\n(COMMENT:  BUT POLITICALLY THIS MAKES\nLITTLE SENSE.) HE ADDED MORE.\n\nBAQUET\n"
	b, err := Parse(in)
	require.NoError(t, err)
	assert.Equal(t, "BUT POLITICALLY THIS MAKES\nLITTLE SENSE.", b.Comment)
}

func TestParseErrors(t *testing.T) {
	_, err := Parse(" \n\t\n")
	require.ErrorIs(t, err, ErrEmpty)
	var pe *diag.ParseError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, 1, pe.Line)

	p := &Parser{Strict: true, FirstLine: 100}
	b, err := p.Parse("1. (C) One.\n\n3. (C) Three.\n")
	se, ok := errors.AsType[*diag.StrictError](err)
	require.True(t, ok)
	assert.Equal(t, WarnMissingParagraph, se.Warning.Kind)
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, 102, pe.Line)
	assert.Equal(t, "paragraph", pe.Field)
	require.NotNil(t, b, "partial result in strict mode")
	assert.Len(t, b.Paragraphs, 2)
	assert.Equal(t, 100, b.Paragraphs[0].Line)

	b, err = p.Parse("1. (C) One.\n\n2. (C) Two.\nRICE\n")
	require.NoError(t, err)
	assert.Equal(t, []string{"RICE"}, b.Signers)
}

func TestCRLFAndMarkdown(t *testing.T) {
	in := "SUBJECT: SCO SECRETARIAT  \r\nMANDATE\r\n\r\nTAGS: [PREL](#)\r\n\r\n¶1. (C) One &amp; two.\r\n\r\nRandt"
	b, err := Parse(in)
	require.NoError(t, err)
	assert.Equal(t, "SCO SECRETARIAT MANDATE", b.Subject)
	require.Len(t, b.Paragraphs, 1)
	assert.Equal(t, "One & two.", b.Paragraphs[0].Text)
	assert.Equal(t, []string{"RANDT"}, b.Signers)
}

func TestAnchoredDateIsNoParagraph(t *testing.T) {
	// 04BOGOTA11339: WikiLeaks anchored the day of a date wrapped onto a new line
	in := "¶4. (C) LeMoyne briefed Ambassador on his meeting with GOC \\\nHigh Commissioner for Peace Luis Carlos Restrepo on October \\\n¶26.  In the context of upcoming demobilizations of the AUC \\\n\n¶5. (C) Five.\n"
	b, err := Parse(in)
	require.NoError(t, err)
	var nums []int
	for _, p := range b.Paragraphs {
		nums = append(nums, p.Number)
	}
	assert.Equal(t, []int{4, 5}, nums)
	assert.Contains(t, b.Paragraphs[0].Text, "on October\n¶26. In the context")
}

func TestWholeCableWithoutSubject(t *testing.T) {
	in := "VZCZCXRO1249\nOO RUEHCN\nDE RUEHBJ #6403/01 2711431\nZNY CCCCC ZZH\nO 281431Z SEP 07\nFM AMEMBASSY BEIJING\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 2350\n\n" +
		"UNCLAS BEIJING 006403\n\nE.O. 12958: N/A\nTAGS: PREL\n\nTHE EMBASSY HAS NOTHING TO ADD.\n\nRANDT\n"
	b, err := Parse(in)
	require.NoError(t, err)
	assert.Equal(t, "", b.Subject)
	require.Len(t, b.Paragraphs, 1)
	assert.Equal(t, "THE EMBASSY HAS NOTHING TO ADD.", b.Paragraphs[0].Text)
	assert.Equal(t, 14, b.Paragraphs[0].Line)
	assert.Equal(t, []string{"RANDT"}, b.Signers)
}

func TestLeadInHeading(t *testing.T) {
	// 09ASMARA80: the title follows the paragraph number, underlined
	in := "¶1. (S) Summary: One.\n\n¶2. (S) The Regime’s Political Capital is Tanking\n--------------------------------------------- ---\nIsaias’ popularity stemmed from his role.\n"
	b, err := Parse(in)
	require.NoError(t, err)
	require.Len(t, b.Paragraphs, 2)
	assert.Equal(t, "The Regime’s Political Capital is Tanking", b.Paragraphs[1].Heading)
	assert.Equal(t, "Isaias’ popularity stemmed from his role.", b.Paragraphs[1].Text)
}

func TestUnnumberedMarking(t *testing.T) {
	b, err := Parse("SUBJECT: DEMARCHE: US-EU PRISONERS OF CONSCIENCE DECLARATION\nREF: STATE 40380\n\n(SBU) Poloff delivered reftel demarche.\nKEITH\n")
	require.NoError(t, err)
	require.Len(t, b.Paragraphs, 1)
	require.NotNil(t, b.Paragraphs[0].Marking)
	assert.Equal(t, "SBU", b.Paragraphs[0].Marking.String())
	assert.Equal(t, "Poloff delivered reftel demarche.", b.Paragraphs[0].Text)
}

func TestEndSummaryAcrossBlankLine(t *testing.T) {
	// 10THEHAGUE54: "END" and "SUMMARY." are separated by a blank line
	b, err := Parse("¶1. (SBU) SUMMARY: The Netherlands will join the EU. END\n\nSUMMARY.\n\n¶2. (SBU) Two.\n")
	require.NoError(t, err)
	assert.Equal(t, "The Netherlands will join the EU.", b.Summary)
}

// TestNormalized: text already normalised is not normalised again, so an
// entity that the cable spells is kept; by default Parse normalises.
func TestNormalized(t *testing.T) {
	in := "1. (U) A &lt; B.\r\n\r\n2. (U) C.\r\n"
	raw, err := Parse(in)
	require.NoError(t, err)
	require.Len(t, raw.Paragraphs, 2)
	assert.Equal(t, "A < B.", raw.Paragraphs[0].Text)

	norm, err := (&Parser{Normalized: true}).Parse("1. (U) A &lt; B.\n\n2. (U) C.\n")
	require.NoError(t, err)
	require.Len(t, norm.Paragraphs, 2)
	assert.Equal(t, "A &lt; B.", norm.Paragraphs[0].Text, "the text as given")
	assert.Equal(t, "C.", norm.Paragraphs[1].Text)
}
