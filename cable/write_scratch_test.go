package cable

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestScratchRoundTrip(t *testing.T) {
	data, err := os.ReadFile("/work/shared/fixtures/07BEIJING6403.md")
	if err != nil {
		t.Skip()
	}
	c, err := (&Parser{}).ParseString(string(data))
	if err != nil {
		t.Log(err)
	}
	for _, l := range []Layout{LayoutCablegate, LayoutReceivedCopy} {
		s, err := (&Writer{Layout: l, Sections: 3, PageLines: 20}).Text(c)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println(s[:min(len(s), 4000)])
		fmt.Println(strings.Repeat("=", 60))
		c2, err := (&Parser{}).ParseString(s)
		fmt.Println(err, c2.ReferenceID, c2.TransmissionID, c2.DTG, c2.From, len(c2.To), len(c2.Info), c2.Subject, len(c2.Paragraphs), c2.Signers, c2.Summary)
		for _, w := range c2.Warnings {
			fmt.Println(w)
		}
	}
}
