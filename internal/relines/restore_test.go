package relines

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// flatCable is a synthetic cable (invented posts, names and numbers)
// with every line break turned into a space, and its lines as Restore
// gives them back.
var flatCable = []string{
	"VZCZCXRO1234",
	"OO RUEHAA RUEHBB",
	"DE RUEHNT #0456/01 0601200",
	"ZNY CCCCC ZZH",
	"O R 011200Z MAR 08",
	"FM AMEMBASSY NORTHTOWN",
	"TO RUEHC/SECSTATE WASHDC IMMEDIATE 0123",
	"INFO EASTERN POSTS COLLECTIVE",
	"RUEHEP/AMEMBASSY EASTPORT 0456",
	"RUEHUN/USMISSION USUN NEW YORK 0789",
	"C O N F I D E N T I A L SECTION 01 OF 02 NORTHTOWN 000456",
	"SIPDIS",
	"E.O. 12958: DECL: 03/01/2018",
	"TAGS: PGOV PREL XX",
	"SUBJECT: NORTHLAND: MINISTER TO VISIT WESTVILLE",
	"REF: A. NORTHTOWN 123 B. STATE 4567",
	"Classified By: Ambassador Jane Q. Doe for reasons 1.4 (b) and (d).",
	"1. (C) Summary: The minister said FM Lavrov will come TO THE CAPITAL in 2009. 3. Nothing.",
	"2. (C) The delegation met on March 1.",
	"NORTHTOWN 00000456 002 OF 002",
	"said more.",
	"¶3. (U) End.",
}

func TestRestoreFlatCable(t *testing.T) {
	flat := strings.Join(flatCable, " ")
	assert.True(t, Flattened(flat))
	got, n := Restore(flat)
	assert.Equal(t, strings.Join(flatCable, "\n"), got)
	assert.Equal(t, len(flatCable)-1, n)

	// Blank lines turned into two spaces, and CRLF line ends kept.
	got, _ = Restore(strings.Join(flatCable, "  "))
	assert.Equal(t, strings.Join(flatCable, "\n"), got)
}

func TestRestoreLeavesTextWithLineBreaks(t *testing.T) {
	for _, text := range []string{
		strings.Join(flatCable, "\n"),
		strings.Join(flatCable, "\r\n"),
		"",
		"E.o. 12958: decl: 01/01/2019 Tags: prel, pgov Subject: northland talks\n\n1. Text.\n",
		"FM Lavrov met TO THE MINISTER.\n",
	} {
		assert.False(t, Flattened(text), "%q", text)
		got, n := Restore(text)
		assert.Equal(t, text, got)
		assert.Zero(t, n)
	}
}

// Each layout, flattened, and the lines it must come back as.
func TestRestoreLayouts(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
	}{
		{"received copy", []string{
			"UNCLASSIFIED",
			"PAGE 01 NORTHT 00469 01 OF 01 221114Z",
			"ACTION EAP-00",
			"INFO PA-01 OMB-01 LOG-00 /010 W",
			"------------------F6FF64 221120Z /44",
			"P 220414Z JUN 09",
			"FM AMEMBASSY NORTHTOWN",
			"TO SECSTATE WASHDC PRIORITY 0859",
			"INFO AMEMBASSY EASTPORT 0860",
			"AMEMBASSY WESTVILLE ROUTINE",
			"AMEMBASSY SOUTHBAY 2160",
			"UNCLAS NORTHTOWN 000469",
			"E.O. 12958: N/A",
			"TAGS: CVIS PREL",
			"SUBJECT: VISA TALKS",
			"1. (SBU) Text.",
		}},
		{"no header, bare TAGS after E.O.", []string{
			"SECRET//NOFORN WESTVILLE 001938",
			"NOFORN",
			"E.O. 12958: DECL: 01/01/2019",
			"TAGS PREL PGOV",
			"SUBJECT: (S/NF) TALKS",
			"(S/NF) The minister said.",
		}},
		{"subject in capitals, body in mixed case", []string{
			"R 011200Z MAR 79",
			"FM AMEMBASSY NORTHTOWN",
			"TO SECSTATE WASHDC 1234",
			"LIMITED OFFICIAL USE NORTHTOWN 01234",
			"E.O. 12065: N/A",
			"TAGS: EFIN",
			"SUBJECT: BUDGET DEBATE",
			"", // where the subject ends, as in the plain text
			"The minister said the budget passes.",
		}},
		{"subject of a preview, cut short", []string{
			"TAGS: PREL",
			"SUBJECT: NORTHLAND PLANS MAJOR...",
			"",
			"id: 12345 date: 1/2/2008 refid: 08NORTHTOWN1",
		}},
		{"subject before a heading between dashes", []string{
			"TAGS: PREL",
			"SUBJECT: CODEL DOE SCENESETTER",
			"",
			"------- SUMMARY -------",
		}},
		{"subject wrapped after a hyphen", []string{
			"TAGS: PREL",
			"SUBJECT: NORTHLAND-",
			"WESTLAND TALKS",
			"REF: STATE 1234",
		}},
		{"summary after the subject", []string{
			"UNCLAS SECTION 01 OF 02 NORTHTOWN 000123",
			"SENSITIVE",
			"E.O. 12958: N/A",
			"TAGS: ECON",
			"SUBJECT: Budget Debate in Northland",
			"SUMMARY: The budget passes. END SUMMARY.",
			"2. More text.",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := restore(strings.Join(tt.lines, " "))
			assert.Equal(t, strings.Join(tt.lines, "\n"), got)
		})
	}
}
