package header

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// bodySkipCases are texts whose body holds, or nearly holds, what findStart
// still looks for there: a VZCZC line (the next cable) and the partial
// marker, at the start of a line or inside one, across "\n", "\r" and
// "\r\n" line ends.
var bodySkipCases = []string{
	"",
	"TAGS: PREL\nSUBJECT: X\n\n1. BODY\nVZCZCXRO1249\nRR RUEHWEB\nDE RUEHC #0001 0010000\n",
	"SUBJECT: X\r\nBODY\r\n  " + partialMarker + ".\r\nVZCZCXRO1249\r\n",
	"E.O. 12958: N/A\rX VZCZC\rY:VZCZCAB12\r",
	"1. BODY VZCZC\n\n" + partialMarker + "\nVZCZCAB1\nO 281431Z SEP 07\nFM AMEMBASSY ROME\nTO SECSTATE WASHDC\n",
	"UNCLAS\nSEE " + partialMarker + "\n\u00a0" + partialMarker + "\nVZCZ\nC\n",
	"BT\n" + partialMarker[:10] + "\n" + partialMarker[10:] + "\n",
}

// parseReadingBody parses text as Parse does, but with findStart reading
// every line of the body.
func parseReadingBody(text string) (*Header, error) {
	s := scanner{h: &Header{}, readBody: true}
	return (&Parser{}).parse(&s, text)
}

// TestBodySkip: findStart's skip through the body to the lines that may
// hold VZCZC or the partial marker gives what reading each line gives.
func TestBodySkip(t *testing.T) {
	for _, text := range append(bodySkipCases, fixtureHeader) {
		want, wantErr := parseReadingBody(text)
		got, err := Parse(text)
		assert.Equal(t, wantErr, err, "%q", text)
		assert.Equal(t, want, got, "%q", text)
	}
}

// FuzzBodySkip: Parse gives what it gives with findStart reading every
// line of the body, on any text.
func FuzzBodySkip(f *testing.F) {
	addSampleSeeds(f)
	for _, text := range bodySkipCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		want, wantErr := parseReadingBody(text)
		got, err := Parse(text)
		if !assert.ObjectsAreEqual(wantErr, err) || !assert.ObjectsAreEqual(want, got) {
			t.Fatalf("Parse(%q) = %+v, %v; reading every body line gives %+v, %v", text, got, err, want, wantErr)
		}
	})
}
