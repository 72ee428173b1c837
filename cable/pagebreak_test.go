package cable

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
	// 10MEXICO614 shows the body of ISLAMABAD 000416 (cable-format.md §4):
	// its page breaks name that cable's serial.
	c := &Cable{}
	body := "1. (C) Text.\n\nISLAMABAD 00000416 002 OF 003\n\nmore\nISLAMABAD 00000416 003 OF 003\nMEXICO 00000614 002 OF 002\n"
	c.checkPageBreaks(body, 40, 614, "CONFIDENTIAL MEXICO 000614")
	if assert.Len(t, c.Warnings, 1) {
		assert.Equal(t, 42, c.Warnings[0].Line)
		assert.Equal(t, WarnPageBreakSerial, c.Warnings[0].Kind)
	}
}
