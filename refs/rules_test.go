package refs

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The citation forms of issue 18, one class per case, with invented
// serials: each case stands for its class, not for one cable.
func TestParseCitationForms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		year int
		want []string
	}{
		// a year after the serial
		{"two-digit year in parentheses after the serial", "REF: LIMA 7013 (08)", 2009, []string{"08LIMA7013"}},
		{"two-digit year after a slash", "REF: LIMA 7013/08", 2009, []string{"08LIMA7013"}},
		{"four-digit year in parentheses", "REF: LIMA 4417 (2002)", 2009, []string{"02LIMA4417"}},
		{"bare two-digit year after the serial", "REF: LIMA 3381 99", 2001, []string{"99LIMA3381"}},
		{"zero-padded serial, year after a slash", "REF: PANAMA 00725/08", 2009, []string{"08PANAMA725"}},
		{"year in parentheses between two citations goes with the next", "REF: LIMA 709 (08) LAGOS 542", 2009, []string{"09LIMA709", "08LAGOS542"}},
		{"year before and after the serial", "REF: STATE (07) 201265 (2008)", 2009, []string{"07STATE201265"}},
		{"year after the serial, then the next item", "REF: A. LIMA 7013 (08) B. LIMA 7020", 2009, []string{"08LIMA7013", "09LIMA7020"}},
		// a year glued to the station
		{"two-digit year glued to the station", "REF: 09TUNIS 2016", 2010, []string{"09TUNIS2016"}},
		{"four-digit year glued to station and serial", "REF: 2005LIMA2342", 2007, []string{"05LIMA2342"}},
		{"four-digit year glued to the station only", "REF: 2005LIMA 2342", 2007, []string{"05LIMA2342"}},
		// the letter O for a zero
		{"letter O in the year", "REF: O4 LIMA 9441", 2006, []string{"04LIMA9441"}},
		{"letter O in the serial", "REF: LAGOS O1512", 2006, []string{"06LAGOS1512"}},
		// punctuation or filler between station and serial
		{"colon after the station", "REF: STATE: 73097", 2006, []string{"06STATE73097"}},
		{"number sign before the serial", "REF: LIMA #3565", 2006, []string{"06LIMA3565"}},
		{"comma after the station", "REF: LIMA, 1228", 2006, []string{"06LIMA1228"}},
		{"classification letter in parentheses", "REF: KUWAIT (C)02293", 2006, []string{"06KUWAIT2293"}},
		{"portion marking where an item letter could follow", "REF: A. STATE 1187 B. KUWAIT (C)02293", 2006, []string{"06STATE1187", "06KUWAIT2293"}},
		{"word CABLES between station and serials", "REF: COLOMBO CABLES 0266 AND 02259", 2006, []string{"06COLOMBO266", "06COLOMBO2259"}},
		// slash lists of serials
		{"slash list of serials", "REF: Lima 936/935", 2006, []string{"06LIMA936", "06LIMA935"}},
		// station abbreviations and aliases
		{"BA for Buenos Aires", "REF: BA 1187", 2006, []string{"06BUENOSAIRES1187"}},
		{"HCMC for Ho Chi Minh City", "REF: HCMC 0455", 2006, []string{"06HOCHIMINHCITY455"}},
		{"HK glued to its serial", "REF: HK05511", 2006, []string{"06HONGKONG5511"}},
		{"ADDIS for Addis Ababa", "REF: ADDIS 2290", 2006, []string{"06ADDISABABA2290"}},
		{"abbreviation after a two-digit year", "REF: 07 TGG 1798", 2008, []string{"07TEGUCIGALPA1798"}},
		{"year inside a two-word station", "REF: SAO 06 PAULO 1108", 2007, []string{"06SAOPAULO1108"}},
		// a country name with a year is a report
		{"country report with a year", "REF: INCSR BRAZIL 2008", 2009, []string{"-report"}},
		{"two-word country name with a year", "REF: INCSR SRI LANKA 2008", 2009, []string{"-report"}},
		{"country name and year, then a cable", "REF: A. INCSR PERU 2007 B. LIMA 1201", 2008, []string{"-report", "08LIMA1201"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refs, _ := parseRefs(t, Parser{Year: tt.year}, tt.in)
			assert.Equal(t, tt.want, refIDs(refs))
		})
	}
}

// One reference per REF item: two items citing the same cable are two
// references (each with its label); a repeat inside one item is one.
func TestParseOneObjectPerItem(t *testing.T) {
	refs, _ := parseRefs(t, Parser{Year: 2006}, "REF: A. LIMA 2969\n¶B. LIMA 2969 AND PREVIOUS\n¶C. LIMA 2971, 2971\n")
	require.Equal(t, []string{"06LIMA2969", "06LIMA2969", "06LIMA2971"}, refIDs(refs))
	assert.Equal(t, []string{"A", "B", "C"}, []string{refs[0].Label, refs[1].Label, refs[2].Label})
}

// A page-break line between two items is no part of either item's text.
func TestParsePageBreakNotInItem(t *testing.T) {
	in := "REF: A. LIMA 1234 (NOTAL)\n\nLIMA 00005678  002 OF 004\n\n¶B. STATE 98765\n¶C. LIMA 1240 LIMA 00005678 002 OF 004 AND 1241\n" +
		"¶D. LIMA 1250 CONFIDENTIAL PAGE 02 LIMA 05678 01 OF 02 082030Z AND 1251\n" +
		"¶E. LIMA 1260LIMA 00005678 001.2 OF 002\n"
	refs, _ := parseRefs(t, Parser{Year: 2006, Self: "06LIMA5678"}, in)
	assert.Equal(t, []string{"06LIMA1234", "06STATE98765", "06LIMA1240", "06LIMA1241", "06LIMA1250", "06LIMA1251", "06LIMA1260"}, refIDs(refs))
	for _, r := range refs {
		assert.NotContains(t, r.Text, "5678")
		assert.NotContains(t, r.Text, "CONFIDENTIAL")
	}
}

// A WikiLeaks preview cut in a REF item ends the block: the cut item is
// dropped with a warning, and the lines after the cut (a database row
// here) are no part of it.
func TestParseCutPreviewEndsBlock(t *testing.T) {
	in := "REF: A. LIMA 1234\n     ¶B. LIMA 4321 (0..\nid: 99\nrefid: 07LIMA2000\ndestination: 07LIMA1234\n"
	refs, warns := parseRefs(t, Parser{Year: 2007}, in)
	assert.Equal(t, []string{"07LIMA1234"}, refIDs(refs))
	require.Len(t, warns, 1)
	assert.Contains(t, warns[0].Message, "truncated REF item dropped")

	// only the last item is cut, also on one line
	refs, _ = parseRefs(t, Parser{Year: 2007}, "REF: A)LIMA 2343, B)LIMA 2366 C) LIMA 24...\n")
	assert.Equal(t, []string{"07LIMA2343", "07LIMA2366"}, refIDs(refs))
	refs, _ = parseRefs(t, Parser{Year: 2007}, "REF: A. LIMA 2343\n¶B. STATE ...\n")
	assert.Equal(t, []string{"07LIMA2343"}, refIDs(refs))
	// a cut after a blank leaves the citation whole
	refs, _ = parseRefs(t, Parser{Year: 2007}, "REF: A. LIMA 2343\n¶B. STATE 86108 ...\nid: 1 destination: 07LIMA1\n")
	require.Equal(t, []string{"07LIMA2343", "07STATE86108"}, refIDs(refs))
	assert.Equal(t, "STATE 86108", refs[1].Text)
	// a cut item followed by the next one does not end the block
	refs, _ = parseRefs(t, Parser{Year: 2007}, "REF: A. STATE ...\n\n\n¶B. LIMA 2599\n\nClassified By: X\n")
	assert.Equal(t, []string{"07LIMA2599"}, refIDs(refs))
}
