package cable

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"

	"github.com/cablemeta/cablemeta/internal/layout"
)

func TestPageBreakSerial(t *testing.T) {
	tests := []struct {
		line   string
		serial int
		ok     bool
	}{
		{"BEIJING 00006403 002 OF 003", 6403, true},
		{"PARIS 00002069 001.2 OF 002", 2069, true},
		{"KABUL 00001239 001.6 of", 1239, true},
		{"SAN SALVADOR 00000123 003 OF 004", 123, true},
		{"1. (C) THE MINISTER SAID 12345678 003 OF THEM", 0, false},
		{"BEIJING 6403 002 OF 003", 0, false},
		{"", 0, false},
		{"BEIJING 00006403 002 OF 003 \r", 6403, true},
		{"BEIJING 00006403 002\tOf\t003", 6403, true},
		{"BEIJING 00006403 002 OF 0034", 0, false},
		{"BEIJING 00006403 002 OF 003 END", 0, false},
		{"BEIJING 00006403 002 PROOF", 0, false},
	}
	for _, tt := range tests {
		got, ok := pageBreakSerial(tt.line)
		assert.Equal(t, tt.ok, ok, tt.line)
		assert.Equal(t, tt.serial, got, tt.line)
	}
}

func TestCheckPageBreaks(t *testing.T) {
	// 10MEXICO614 shows the body of ISLAMABAD 000416
	// (docs/renderings.md#structural-oddities): its page breaks name that
	// cable's serial.
	c := &Cable{}
	body := "1. (C) Text.\n\nISLAMABAD 00000416 002 OF 003\n\nmore\nISLAMABAD 00000416 003 OF 003\nMEXICO 00000614 002 OF 002\n"
	c.checkPageBreaks(body, layout.Scan(body, 40), 614, "CONFIDENTIAL MEXICO 000614")
	if assert.Len(t, c.Warnings, 1) {
		assert.Equal(t, 42, c.Warnings[0].Line)
		assert.Equal(t, WarnPageBreakSerial, c.Warnings[0].Kind)
	}
}

// checkPageBreaksRef is checkPageBreaks as the rule says it: every line
// of the body given to pageBreakSerial, in order.
func (c *Cable) checkPageBreaksRef(body string, first, bannerSerial int, bannerRaw string) {
	if bannerSerial <= 0 {
		return
	}
	seen := map[int]bool{}
	for n, s := range strings.Split(body, "\n") {
		if serial, ok := pageBreakSerial(s); ok && serial != bannerSerial && !seen[serial] {
			seen[serial] = true
			c.addWarning(diag.Warning{Line: first + n, Part: "cable", Field: "page break", Kind: WarnPageBreakSerial,
				Message: fmt.Sprintf("page-break line %q names serial %d, the banner %q", strings.TrimSpace(s), serial, bannerRaw)})
		}
	}
}

// FuzzCheckPageBreaks checks that checkPageBreaks, which reads the page
// breaks the layout pass found, warns as checkPageBreaksRef does.
func FuzzCheckPageBreaks(f *testing.F) {
	f.Add("1. (C) Text.\n\nISLAMABAD 00000416 002 OF 003\n\nmore\nISLAMABAD 00000416 003 OF 003\nMEXICO 00000614 002 OF 002\n", 614)
	f.Add("A 12345678 001 OF\r\nB 00000001 002 OF 002 x 87654321\nC 87654321 003 of 004", 1)
	f.Add("123456789012 ROME 00000002 001 OF 002\n", 0)
	f.Fuzz(func(t *testing.T, body string, serial int) {
		got, want := &Cable{}, &Cable{}
		got.checkPageBreaks(body, layout.Scan(body, 7), serial, "B")
		want.checkPageBreaksRef(body, 7, serial, "B")
		if !reflect.DeepEqual(got.Warnings, want.Warnings) {
			t.Fatalf("%q: warnings\n%v\nwant\n%v", body, got.Warnings, want.Warnings)
		}
	})
}
