package classification

import (
	"reflect"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/internal/textutil"
	"github.com/stretchr/testify/assert"
)

// Caption lines from the dev corpus and docs/classification.md#captions.
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

// refParseCaptionLine is ParseCaptionLine as it was before appendCaptions,
// with the strings calls that trimWordEnd, nextWord, onlyDashes and
// captionWord stand for and without matchPhrase's first-byte test.
func refParseCaptionLine(s string) []Caption {
	s = strings.TrimSpace(trimLineEnd(s))
	if strings.Trim(s, "- ") == "" {
		return nil
	}
	if (strings.IndexByte(s, 'Y') >= 0 || strings.IndexByte(s, 'y') >= 0) && strings.Contains(textutil.SqueezeUpper(s), "CORRECTEDCOPY") {
		return []Caption{{Kind: CaptionCorrectedCopy, Text: s}}
	}
	nextWord := func(s string) (string, string) {
		s = strings.TrimLeft(s, " \t")
		if i := strings.IndexAny(s, " \t"); i >= 0 {
			return s[:i], s[i:]
		}
		return s, ""
	}
	matchPhrase := func(s string) (CaptionKind, int, bool) {
		return phraseAt(s, nextWord, func(w string) string { return strings.TrimRight(w, ".,;:") })
	}
	var out []Caption
	rest := s
	for rest != "" {
		w, after := nextWord(rest)
		uw := strings.ToUpper(strings.TrimRight(w, ".,;:"))
		if k, n, ok := matchPhrase(rest); ok {
			out = append(out, Caption{Kind: k, Text: strings.TrimRight(rest[:n], ".,;: ")})
			rest = strings.TrimLeft(rest[n:], " ,;:\t")
			continue
		}
		k, ok := captionWords[uw]
		if !ok {
			break
		}
		out = append(out, Caption{Kind: k, Text: strings.TrimRight(w, ".,;:")})
		rest = strings.TrimLeft(after, " ,;:\t")
	}
	if rest != "" {
		out = append(out, Caption{Kind: CaptionPassing, Text: rest})
	}
	return out
}

// captionLineCases are caption lines and near misses for the byte tests.
var captionLineCases = []string{
	"SIPDIS ", "Sipdis.", "NOFORN SIPDIS", "sensitive but unclassified", "FOR OFFICIAL USE ONLY, SIPDIS",
	"ſipdis", "ſENSITIVE BUT UNCLASSIFIED", "NOFORN\tFOR official use only.", "SENSITIVEX", "SENSITIVE BUT",
	"FOR ALL CABLE DRAFTERS", "--- - --", "CORRECTED COPY", "EXDIS;;STADIS: DEPT PASS", "\tSIPDIS", "NOFORN \t Limdis",
	"SIPDISSIPDIS", "É SIPDIS", "SIPDIS\nFOR OFFICIAL USE ONLY", "  ",
}

func TestCaptionWord(t *testing.T) {
	for key, kind := range captionWords {
		for _, w := range []string{key, strings.ToLower(key), strings.ToLower(key[:1]) + key[1:], "x" + key, key + "X", key[1:]} {
			want, wantOK := captionWords[strings.ToUpper(w)]
			got, ok := captionWord(w)
			assert.Equal(t, wantOK, ok, "%q", w)
			assert.Equal(t, want, got, "%q", w)
		}
		assert.True(t, captionInitials[key[0]], "%q (%s)", key, kind)
	}
	for _, w := range []string{"", "DEPT", "STATE", "ſIPDIS", "ſENSITIVE", "SIPDIſ"} {
		want, wantOK := captionWords[strings.ToUpper(w)]
		got, ok := captionWord(w)
		assert.Equal(t, wantOK, ok, "%q", w)
		assert.Equal(t, want, got, "%q", w)
	}
}

func TestParseCaptionLineMatchesRef(t *testing.T) {
	for _, s := range captionLineCases {
		assert.Equal(t, refParseCaptionLine(s), ParseCaptionLine(s), s)
	}
}

// FuzzCaptionLine: ParseCaptionLine's byte loops, stack upper-casing and
// phrase pretest give what the strings calls they replaced give.
func FuzzCaptionLine(f *testing.F) {
	for _, s := range captionLineCases[:6] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := ParseCaptionLine(s), refParseCaptionLine(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("ParseCaptionLine(%q) = %+v, want %+v", s, got, want)
		}
	})
}
