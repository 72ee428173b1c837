package header

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// refCutKeyword is cutKeyword as it was before it picked the keyword by
// the first byte: each keyword tried in turn.
func refCutKeyword(s string) (kw, rest string) {
	for _, k := range [...]string{kwFM, kwTO, kwINFO, kwXMT} {
		if rest, ok := afterKeyword(s, k); ok {
			return k, rest
		}
	}
	return "", s
}

// keywordCases are header lines with and without a leading keyword.
var keywordCases = []string{
	"", "F", "FM", "FM AMEMBASSY ROME", "FMX", "TO", "TO\tSECSTATE", "TOKYO", "INFO", "INFO RUEHC/SECSTATE",
	"INFORM", "XMT", "XMT/AMCONSUL X", "XMT AMCONSUL", "XMTX", "TO/X", "FM/X", "ACTION AF-00", "ACTION",
	"ORIGIN DS-00", "ORIGINAL DS-00", "INFO  LOG-00   EEB-00  /000W", "INFO\tLOG-00", "ACTION\u00a0AF-00",
	"AMEMBASSY ROME", "\u00a0FM X", " FM X",
}

func TestKeywordPretests(t *testing.T) {
	for _, s := range keywordCases {
		kw, rest := cutKeyword(s)
		wantKw, wantRest := refCutKeyword(s)
		assert.Equal(t, wantKw, kw, "cutKeyword(%q)", s)
		assert.Equal(t, wantRest, rest, "cutKeyword(%q)", s)
	}
}

// FuzzCutKeyword: cutKeyword cuts what trying each keyword in turn cuts.
func FuzzCutKeyword(f *testing.F) {
	for _, s := range keywordCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		kw, rest := cutKeyword(s)
		if wantKw, wantRest := refCutKeyword(s); kw != wantKw || rest != wantRest {
			t.Fatalf("cutKeyword(%q) = %q, %q; trying each keyword gives %q, %q", s, kw, rest, wantKw, wantRest)
		}
	})
}
