package classification

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Caption lines from the dev corpus and cable-format.md §5.2.
func TestParseCaptionLine(t *testing.T) {
	tests := []struct {
		in   string
		want []Caption
	}{
		{"SIPDIS ", []Caption{{Kind: CaptionSIPDIS, Text: "SIPDIS"}}},
		{"Sipdis", []Caption{{Kind: CaptionSIPDIS, Text: "Sipdis"}}},
		{"NOFORN SIPDIS", []Caption{{Kind: CaptionNOFORN, Text: "NOFORN"}, {Kind: CaptionSIPDIS, Text: "SIPDIS"}}},
		{"SIPDIS SENSITIVE", []Caption{{Kind: CaptionSIPDIS, Text: "SIPDIS"}, {Kind: CaptionSensitive, Text: "SENSITIVE"}}},
		{"SENSITIVE BUT UNCLASSIFIED", []Caption{{Kind: CaptionSBU, Text: "SENSITIVE BUT UNCLASSIFIED"}}},
		{"FOR OFFICIAL USE ONLY", []Caption{{Kind: CaptionFOUO, Text: "FOR OFFICIAL USE ONLY"}}},
		{"NOFORN, NOT FOR INTERNET DISTRIBUTION", []Caption{{Kind: CaptionNOFORN, Text: "NOFORN"}, {Kind: CaptionPassing, Text: "NOT FOR INTERNET DISTRIBUTION"}}},
		{"EXDIS", []Caption{{Kind: CaptionEXDIS, Text: "EXDIS"}}},
		{"NODIS", []Caption{{Kind: CaptionNODIS, Text: "NODIS"}}},
		{"STADIS EXDIS", []Caption{{Kind: CaptionSTADIS, Text: "STADIS"}, {Kind: CaptionEXDIS, Text: "EXDIS"}}},
		{"LIMDIS", []Caption{{Kind: CaptionLIMDIS, Text: "LIMDIS"}}},
		{"C O R R E C T E D  C O P Y (PRIMARY TAG)", []Caption{{Kind: CaptionCorrectedCopy, Text: "C O R R E C T E D  C O P Y (PRIMARY TAG)"}}},
		{"CORRECTED COPY -TEXT", []Caption{{Kind: CaptionCorrectedCopy, Text: "CORRECTED COPY -TEXT"}}},
		{"DEPT FOR WHA/BSC", []Caption{{Kind: CaptionPassing, Text: "DEPT FOR WHA/BSC"}}},
		{"SIPDIS AMEMBASSY ANKARA PASS TO AMCONSUL ADANA", []Caption{{Kind: CaptionSIPDIS, Text: "SIPDIS"}, {Kind: CaptionPassing, Text: "AMEMBASSY ANKARA PASS TO AMCONSUL ADANA"}}},
		{"FOR ALL CABLE DRAFTERS", []Caption{{Kind: CaptionPassing, Text: "FOR ALL CABLE DRAFTERS"}}},
		{"--------------------------------------------- ----", nil},
		{"   ", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ParseCaptionLine(tt.in), tt.in)
	}
}
