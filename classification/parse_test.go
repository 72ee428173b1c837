package classification

import (
	"errors"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/marking"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A real preamble (07BEIJING6403 shape) with captions run onto the banner.
const bogotaPreamble = `S E C R E T BOGOTA 000243 SIPDIS NOFORN

E.O. 12958: DECL: 09/28/2032
TAGS: PREL PGOV CO
SUBJECT: TEST

Classified By: Ambassador William B. Wood for reasons 1.4 (b) and (d)

1. (S//NF) Summary.
2. (C) E.O. 13224 sanctions may be terminated.
`

func TestParseBogota(t *testing.T) {
	res, err := Parse(bogotaPreamble)
	require.NoError(t, err)
	c := res.Classification
	require.NotNil(t, c)
	assert.Equal(t, marking.Secret, c.Level)
	assert.Equal(t, []string{"NOFORN"}, c.Caveats)
	assert.Equal(t, "SECRET//NOFORN", c.String())
	assert.Equal(t, "BOGOTA", c.Origin)
	assert.Equal(t, 243, c.SerialNumber)
	assert.Equal(t, SourceBanner, c.Source)
	require.NotNil(t, res.Declassification)
	assert.Equal(t, "2032-09-28", res.Declassification.Date.String())
	assert.Equal(t, 3, res.Declassification.Line)
	require.NotNil(t, res.ClassifiedBy)
	assert.Equal(t, []string{"William B. Wood"}, res.ClassifiedBy.Names)
	assert.Equal(t, 7, res.ClassifiedBy.Line)
	assert.Equal(t, []Caption{{Kind: CaptionSIPDIS, Text: "SIPDIS", Line: 1}, {Kind: CaptionNOFORN, Text: "NOFORN", Line: 1}}, res.Captions)
	assert.Empty(t, res.Warnings)
}

func TestParseFirstLineAndCRLF(t *testing.T) {
	p := &Parser{FirstLine: 40}
	res, err := p.Parse(strings.ReplaceAll(bogotaPreamble, "\n", "\r\n"))
	require.NoError(t, err)
	assert.Equal(t, 40, res.Classification.Line)
	assert.Equal(t, 42, res.Declassification.Line)
	assert.Equal(t, 46, res.ClassifiedBy.Line)
	assert.Equal(t, []string{"William B. Wood"}, res.ClassifiedBy.Names)
}

// The header before the banner is skipped (06BERN1867 shape).
func TestParseWithHeader(t *testing.T) {
	in := "VZCZCXYZ0000\nPP RUEHWEB\n\nDE RUEHSW #1867/01 2751448\nZNY SSSSS ZZH\nP 021448Z OCT 06\nFM AMEMBASSY BERN\nTO RUEHC/SECSTATE WASHDC PRIORITY 3192\n" +
		"S E C R E T BERN 001867\n\nSIPDIS\n\nE.O. 12958: DECL: 10/02/2016\nTAGS: PREL\n\nClassified By: DCM Leigh Carter, reasons 1.4 (b) and (d)\n"
	res, err := Parse(in)
	require.NoError(t, err)
	assert.Equal(t, marking.Secret, res.Classification.Level)
	assert.Equal(t, 9, res.Classification.Line)
	assert.Equal(t, []string{"Leigh Carter"}, res.ClassifiedBy.Names)
	assert.Empty(t, Compare(res.Classification.Level, marking.Secret, marking.Confidential))
}

func TestParseCaveats(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"UNCLAS SECTION 01 OF 02 SAN JOSE 000123\n\nSENSITIVE\nSIPDIS\n\nE.O. 12958: N/A\n", "UNCLASSIFIED//SENSITIVE"},
		{"UNCLAS SAN JOSE 000123\n\nSIPDIS\n\nE.O. 12958: N/A\n", "UNCLASSIFIED"},
		{"UNCLAS SAN JOSE 000123\nSENSITIVE BUT UNCLASSIFIED\nE.O. 12958: N/A\n", "UNCLASSIFIED//SBU"},
		{"UNCLASSIFIED//FOR OFFICIAL USE ONLY\nE.O. 12958: N/A\n", "UNCLASSIFIED//FOUO"},
		{"UNCLAS E F T O LIMA 000123\nE.O. 12958: N/A\n", "UNCLASSIFIED//EFTO"},
		{"C O N F I D E N T I A L THE HAGUE 000108\nSENSITIVE\nNOFORN\nSIPDIS\nE.O. 12958: DECL: 02/18/2020\n", "CONFIDENTIAL//NOFORN"},
		{"SECRET//NOFORN\nE.O. 12958: DECL: 02/18/2020\n", "SECRET//NOFORN"},
		{"C O N F I D E N T I A L SECTION 01 OF 02 ATHENS 000057 NOFORN SIPDIS AMEMBASSY ANKARA PASS TO AMCONSUL ADANA E.O. 12958: DECL: 2035/01/29 TAGS: PREL\n", "CONFIDENTIAL//NOFORN"},
	}
	for _, tt := range tests {
		res, err := Parse(tt.in)
		require.NoError(t, err, tt.in)
		require.NotNil(t, res.Classification, tt.in)
		assert.Equal(t, tt.want, res.Classification.String(), tt.in)
	}
}

func TestParseNoBanner(t *testing.T) {
	// 95TELAVIV17504 (peer case): the level from the ENTIRE TEXT statement.
	res, err := Parse("\n1.  CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY SECTION 1.5 (B)\nAND (D).  NIACT PRECEDENCE BECAUSE OF GOVERNMENT CRISIS IN\nISRAEL.\n\n2.  SU")
	require.NoError(t, err)
	require.NotNil(t, res.Classification)
	assert.Equal(t, marking.Confidential, res.Classification.Level)
	assert.Equal(t, SourceEntireText, res.Classification.Source)
	assert.Equal(t, 2, res.Classification.Line)
	require.Len(t, res.Warnings, 1)
	assert.Equal(t, WarnLevelFromEntireText, res.Warnings[0].Kind)
	require.NotNil(t, res.ClassifiedBy)
	assert.Empty(t, res.ClassifiedBy.Names)
	assert.Len(t, res.ClassifiedBy.Reasons, 2)

	// A received copy whose banner is lost: the top line.
	res, err = Parse("CONFIDENTIAL\n\nPAGE 01        CAPE T  00097  01 OF 03  182017Z\nACTION AF-00\n")
	require.NoError(t, err)
	assert.Equal(t, marking.Confidential, res.Classification.Level)
	assert.Equal(t, SourceTopLine, res.Classification.Source)
	assert.Equal(t, WarnLevelFromTopLine, res.Warnings[0].Kind)

	// Nothing certain: no level, a warning.
	res, err = Parse("1. (C) Summary: talks went well.\n2. (S) More.\n")
	require.NoError(t, err)
	assert.Nil(t, res.Classification)
	require.Len(t, res.Warnings, 1)
	assert.Equal(t, WarnNoBanner, res.Warnings[0].Kind)
	assert.Equal(t, "line 1: classification: banner: no classification banner found", res.Warnings[0].String())

	// A database row's classification field is not a top line.
	res, err = Parse("80245\n2006-09-29 22:03:00\n06MEXICO5607\nEmbassy Mexico\nCONFIDENTIAL\n\nR 292203Z SEP 06\n")
	require.NoError(t, err)
	assert.Nil(t, res.Classification)
}

func TestParseStrict(t *testing.T) {
	p := &Parser{Strict: true, FirstLine: 10}
	res, err := p.Parse("no banner here\n")
	require.Error(t, err)
	require.NotNil(t, res)
	var pe *diag.ParseError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, 10, pe.Line)
	assert.Equal(t, "banner", pe.Field)
	assert.True(t, errors.Is(err, ErrNoBanner))

	res, err = p.Parse("SS E C R E T SECTION 01 OF 03 ISLAMABAD 000428\nE.O. 12958: DECL: 02/16/2020\nClassified By: Ambassador Anne W. Patterson, reasons 1.4 (b) and (d)\n")
	require.Error(t, err)
	se, ok := errors.AsType[*diag.StrictError](err)
	require.True(t, ok)
	assert.Equal(t, WarnGarbledBanner, se.Warning.Kind)
	assert.Equal(t, marking.Secret, res.Classification.Level)
	assert.Contains(t, err.Error(), "line 10: banner:")

	_, err = p.Parse(bogotaPreamble)
	assert.NoError(t, err)
}

func TestParseWarnings(t *testing.T) {
	res, err := Parse("C O N F I D E N T I A L PARIS 000001\nE.O. 12598: DECL: 02/30/2019\nClassified By: Ambassador Craig Stapleton, reasons 1.4 (b) and (d)\n1. (C) Text.\n")
	require.NoError(t, err)
	var kinds []diag.Kind
	for _, w := range res.Warnings {
		kinds = append(kinds, w.Kind)
		assert.Equal(t, 2, w.Line)
	}
	assert.Equal(t, []diag.Kind{WarnUnknownOrder, WarnBadDate}, kinds)

	res, err = Parse("S E C R E T BAGHDAD 04397\n\nE.O. 12356: DECL:OADR\n\n¶1. (C-ENTIRE TEXT)\n")
	require.NoError(t, err)
	assert.Equal(t, marking.Confidential, res.EntireText)
	require.Len(t, res.Warnings, 1)
	assert.Equal(t, WarnLevelMismatch, res.Warnings[0].Kind)
	assert.Equal(t, 5, res.Warnings[0].Line)
}

// E.O. mentions in the body are not the E.O. line.
func TestParsePreambleOnly(t *testing.T) {
	res, err := Parse("C O N F I D E N T I A L PARIS 000001\n\n1. (C) Summary.\n\n2. (C) E.O. 12958: DECL: 01/01/2020 was cited.\n")
	require.NoError(t, err)
	assert.Nil(t, res.Declassification)
	assert.Equal(t, WarnNoEO, res.Warnings[0].Kind)
}

func TestCompare(t *testing.T) {
	assert.Empty(t, Compare(marking.Secret, marking.Secret, marking.Confidential))
	assert.Empty(t, Compare(marking.LevelUnknown, marking.LevelUnknown, marking.Secret))
	w := Compare(marking.Confidential, marking.Secret, marking.Secret)
	require.Len(t, w, 2)
	assert.Equal(t, WarnLevelMismatch, w[0].Kind)
	assert.Equal(t, WarnPortionAboveBanner, w[1].Kind)
	w = Compare(marking.LevelUnknown, marking.Confidential, marking.Secret)
	require.Len(t, w, 1)
	assert.Equal(t, WarnLevelMismatch, w[0].Kind)
}
