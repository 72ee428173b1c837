package paragraph

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fixtureText(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile("testdata/cables/07BEIJING6403.txt")
	require.NoError(t, err)
	return string(data)
}

func TestParseSigners(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"caps", "RECENT MONTHS.\n\nSULLIVAN\n\nCONFIDENTIAL\n\nDeclassified/Released US Department of State EO Systematic\nReview 30 JUN 2006\n", []string{"SULLIVAN"}},
		{"title case", "trade and financial transactions.\nRandt", []string{"RANDT"}},
		{"particle", "STATEMENT.\nvan Voorst\n", []string{"VAN VOORST"}},
		{"junior", "change-related forums, including the UNFCCC and the G-8.\nTIMKEN JR\n", []string{"TIMKEN JR"}},
		{"trailing dot", "the Foreign Ministry.\nMURRAY .\n", []string{"MURRAY"}},
		{"doubled", "End comment.\nBRUSH BRUSH\n", []string{"BRUSH"}},
		{"two signers", "END COMMENT.\nGREEN REID\n", []string{"GREEN", "REID"}},
		{"title before name", "other fields.\nCDA Griffiths\n", []string{"GRIFFITHS"}},
		{"NNNN and End Cable Text", "upon request.\nCLINTON\nNNNN\nEnd Cable Text\n", []string{"CLINTON"}},
		{"post footer", "board.\nVisit Mexico City's Classified Web Site at\nhttp://www.state.sgov.gov/p/wha/mexicocity\nGARZA\n", []string{"GARZA"}},
		{"signer glued to footer", "Visit London’s Classified Website: http://www.state.sgov.gov/p/eur/london/index. cfm Tuttle", []string{"TUTTLE"}},
		{"page header after signer", "END TEXT.\nEINIK\n                       UNCLASSIFIED\n\nPAGE 04        ZAGREB  01569  04 OF 04  071629Z\n\n                       UNCLASSIFIED\n\nNNNN\n", []string{"EINIK"}},
		{"signer run onto the text", "21.  BEIRUT MINIMIZE CONSIDERED.  EAGLETON\n", []string{"EAGLETON"}},
		{"WikiLeaks debris", "the government.\nGNEHM\n</table>\nSELECT * FROM `cable` WHERE `id` = '90016' ORDER BY `date` ASC\n", []string{"GNEHM"}},
		{"GP-3 before signer", "WHICH WOULD APPEAR MOST LIKELY TO SUCCEED.\n\nGP-3\nSACCIO\n", []string{"SACCIO"}},
		{"date debris", "7.(S/NF) Comment: the view.\nSTEVENS 0 12/23/2007 .\n", []string{"STEVENS"}},
		{"trailing periods", "the Foreign Ministry.\nHALVORSEN..\n", []string{"HALVORSEN"}},
		{"trailing hash", "the Foreign Ministry.\nHALVORSEN#\n", []string{"HALVORSEN"}},
		{"end marks after the signer", "the Foreign Ministry.\nHALVORSEN\n##\n.\nNNNN\n", []string{"HALVORSEN"}},
		{"initial keeps its period", "the Foreign Ministry.\nPETER Q.\n", []string{"PETER Q."}},
		{"header printed after the text", "END COMMENT.\nHALVORSEN\nZNY CCCCC ZZH\nO 011200Z JAN 09\nFM AMEMBASSY PORTVILLE\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 1234\n", []string{"HALVORSEN"}},
		{"Post is no signer", "and will consider joining. POST\n", nil},
		{"word cut off by truncation", "The Legislative Assembly met. The office reports to the Legislative\nAssembl", nil},
		{"mixed-case signer after an open line", "this policy will be aired in the local media\nHalvorsen\n", []string{"HALVORSEN"}},
		{"truncated body", "¶57. (U) The monthly inflation rate for March was 5.6 percent. The", nil},
		{"end comment is no signer", "quiet.  END COMMENT.\n", nil},
		{"redaction is no signer", "he said.\nXXXXXXXXXXXX\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ParseSigners(tt.in))
		})
	}
}

func TestSignerExcludedFromText(t *testing.T) {
	for _, tail := range []string{"EAGLETON", "EAGLETON 12/23/2007", "  EAGLETON NNNN"} {
		b, err := Parse("1. (C) One.\n\n2. (C) BEIRUT MINIMIZE CONSIDERED.  " + tail + "\n")
		require.NoError(t, err)
		require.Len(t, b.Paragraphs, 2)
		assert.Equal(t, "BEIRUT MINIMIZE CONSIDERED.", b.Paragraphs[1].Text, tail)
		assert.Equal(t, []string{"EAGLETON"}, b.Signers, tail)
	}
}

// TestSignerOnSubjectLine: a body whose only text line is its subject
// keeps that line whole (found by FuzzParse: the cut was applied to
// another line than the signer's).
func TestSignerOnSubjectLine(t *testing.T) {
	b, err := Parse("UBJECT:!AA\n0")
	require.NoError(t, err)
	assert.Equal(t, []string{"AA"}, b.Signers)
}

func TestTruncatedWarning(t *testing.T) {
	b, err := Parse("¶57. (U) The monthly inflation rate for March was 5.6 percent. The")
	require.NoError(t, err)
	require.Len(t, b.Warnings, 1)
	assert.Equal(t, WarnTruncated, b.Warnings[0].Kind)
}

// FuzzJunkWords: for ASCII text, junkWordsASCII answers as junkWords, which
// upper-cases a copy.
func FuzzJunkWords(f *testing.F) {
	for _, s := range append(junkPrefixes[:], append(junkExact[:], junkInside[:]...)...) {
		f.Add(s)
		f.Add(strings.ToLower(s) + " x")
		f.Add(" \"x " + strings.ToLower(s))
	}
	f.Add("Visit http://www.state.sgov.gov")
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) {
			return
		}
		if got, want := junkWordsASCII(s), junkWords(s); got != want {
			t.Fatalf("junkWordsASCII(%q) = %v, want %v", s, got, want)
		}
	})
}
