package classification

import (
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// correctedCopyCases are notes and near misses, spaced and cased.
var correctedCopyCases = []string{
	"C O R R E C T E D  C O P Y (PRIMARY TAG)", "CORRECTED COPY -TEXT", "- - C O R R E C T E D  C O P Y - - CLASSIFIED BY",
	"corrected\r\n\tcopy", "CORRECTED COP", "CORRECTED-COPY", "CCORRECTEDCOPY", "C\u00a0ORRECTEDCOPY", "corrected copy", "",
	"CORRECTE DCOPYX", "C O R R E C T E D C O P", "\fCORRECTEDCOPY", "CORRECTEDCOPÝ",
}

func TestHasCorrectedCopy(t *testing.T) {
	for _, s := range correctedCopyCases {
		if got, want := hasCorrectedCopy(s), strings.Contains(textutil.SqueezeUpper(s), "CORRECTEDCOPY"); got != want {
			t.Errorf("hasCorrectedCopy(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzCorrectedCopy: hasCorrectedCopy answers as the search of the
// squeezed, upper-cased text it stands for.
func FuzzCorrectedCopy(f *testing.F) {
	for _, s := range correctedCopyCases[:6] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasCorrectedCopy(s), strings.Contains(textutil.SqueezeUpper(s), "CORRECTEDCOPY"); got != want {
			t.Fatalf("hasCorrectedCopy(%q) = %v, want %v", s, got, want)
		}
	})
}
