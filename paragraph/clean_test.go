package paragraph

import (
	"github.com/cablemeta/cablemeta/internal/textutil"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"page break mid-sentence",
			"For emergency situations, he added,\n\nBEIJING 00006403 002 OF 003\n\n\"response specifics are still being developed.\"\n",
			"For emergency situations, he added,\n\"response specifics are still being developed.\""},
		{"page break between paragraphs",
			"¶4. (C) Four.\n\nPARIS 00002069 001.2 OF 002\n\n¶5. (C) Five.",
			"¶4. (C) Four.\n\n\n¶5. (C) Five."},
		{"page break without total", "in the\nKABUL 00001239 001.6 of\nregion.", "in the\nregion."},
		{"page break glued to text", "according to a recent poll\nMADRID 00000348 003.2 OF 003 from Sigma Dos.", "according to a recent poll\nfrom Sigma Dos."},
		{"page break run into a sentence",
			"UNCLAS SECTION 01 OF 02 PORT SALINA 000631\n\n2. (U) the plane skidded after the pilot PORT SALIN 00000631 002 OF 002 turned sharply.",
			"UNCLAS SECTION 01 OF 02 PORT SALINA 000631\n\n2. (U) the plane skidded after the pilot turned sharply."},
		{"page break run into a sentence, a capital word before it",
			"CONFIDENTIAL LAKESIDE 000168\n\n3. (C) the NGO LAKESIDE 00000168 003 OF 003 leaders met.",
			"CONFIDENTIAL LAKESIDE 000168\n\n3. (C) the NGO leaders met."},
		{"page break ending a line", "we asked NORTHPORT 00007863 002 OF 003\n\nwhether the talks went on.", "we asked\nwhether the talks went on."},
		{"page break ending a sentence", "End Comment.) NORTHPORT 00007863 002 OF 003\n\nThe talks went on.", "End Comment.)\n\nThe talks went on."},
		{"page break after Unicode blanks", "from 2006 to 2008.\u2028\u2028NORTHPORT 00000205 002 OF 002", "from 2006 to 2008."},
		{"page break split after its origin",
			"UNCLAS NORTHPORT 000428\n\n---- PARTY LINES NORTHPORT\n\n00000428 003 OF 003\n\n----",
			"UNCLAS NORTHPORT 000428\n\n---- PARTY LINES\n\n\n----"},
		{"page break at a line start after a capital word", "the AMBASSADOR NORTHPORT 00000019 002 OF 002 said", "the AMBASSADOR said"},
		{"spurious SIPDIS",
			"C O N F I D E N T I A L BEIJING 006403\n\nSIPDIS\n\nSUBJECT: X\n\n12. (C) Umad Azizov, at the SCO Secretariat, told Poloff that security\n\nSIPDIS\n\ncooperation has always",
			"C O N F I D E N T I A L BEIJING 006403\n\nSIPDIS\n\nSUBJECT: X\n\n12. (C) Umad Azizov, at the SCO Secretariat, told Poloff that security\ncooperation has always"},
		{"glued SIPDIS token", "TAGS: PREL\n1. (C) The Secretary\nSIPDIS killing.", "TAGS: PREL\n1. (C) The Secretary\nkilling."},
		{"SIPDIS caption kept", "S E C R E T BOGOTA 000243\n\nSIPDIS\nNOFORN\n", "S E C R E T BOGOTA 000243\n\nSIPDIS\nNOFORN"},
		{"received-copy frame",
			"THE ITEMS LISTED\n                       CONFIDENTIAL\n\n                       CONFIDENTIAL\n\nPAGE 02        CAPE T  00097  01 OF 03  182017Z\nWILL BE ANNOUNCED",
			"THE ITEMS LISTED\nWILL BE ANNOUNCED"},
		{"received-copy frame glued to text",
			"WHERE THE HOLY SEE COULD PLAY A ROLE WAS IN                        CONFIDENTIAL\nPAGE 03        VATICA  05693  01 OF 02  021700Z CULTURAL AFFAIRS, MIGLIORE SAID.",
			"WHERE THE HOLY SEE COULD PLAY A ROLE WAS IN\nCULTURAL AFFAIRS, MIGLIORE SAID."},
		{"markdown and html debris", "#### Simmering Contention\n\nRUSSEL</pre></code>", "Simmering Contention\n\nRUSSEL"},
		{"csv backslashes", "Brazil and others now need to do the same. \\\nWOOD \\", "Brazil and others now need to do the same.\nWOOD"},
		{"CRLF", "a\r\nb\r\n", "a\nb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Clean(tt.in))
		})
	}
}

// TestCleanKeepsWords checks on the fixture that Clean drops only the
// page-break lines, SIPDIS lines and markdown marks.
func TestCleanKeepsWords(t *testing.T) {
	in := fixtureText(t)
	out := Clean(in)
	dropped := map[string]bool{"SIPDIS": true, "####": true, "BEIJING": true, "00006403": true, "002": true, "003": true, "OF": true}
	got := map[string]int{}
	for _, w := range strings.Fields(out) {
		got[w]++
	}
	for _, w := range strings.Fields(in) {
		if dropped[w] {
			continue
		}
		if got[w] == 0 {
			t.Errorf("word %q lost", w)
		}
	}
	assert.Equal(t, 2, strings.Count(out, "SIPDIS"), "caption SIPDIS lines are kept")
	assert.NotContains(t, out, "00006403")
}

// TestMayBeSIPDIS checks the cheap SIPDIS test against the rule it
// stands in for, on lines around its cut-offs.
func TestMayBeSIPDIS(t *testing.T) {
	for _, s := range []string{"SIPDIS", " sipdis NOFORN", "\tSiPdIs text", "\u00a0SIPDIS", "\u017fIPDIS",
		"S\u0130PDIS", "S\u0131PDIS", "S", " s", "SECRET", "SIPDI", "SI", "1. SIPDIS", "", "  "} {
		u := strings.TrimSpace(s)
		rule := strings.EqualFold(u, "SIPDIS") || textutil.HasPrefixFold(u, "SIPDIS ")
		if rule && !mayBeSIPDIS(s) {
			t.Errorf("%q is a SIPDIS line but mayBeSIPDIS rules it out", s)
		}
	}
	for _, s := range []string{"SECRET", "S", " s", "SUBJECT: SIPDIS", "S\u0130PDIS", "1. SIPDIS", ""} {
		if mayBeSIPDIS(s) {
			t.Errorf("mayBeSIPDIS(%q) = true, want false", s)
		}
	}
}

// TestTrailingClassWord checks trailingClassWord against its definition:
// the offset of the first of the classification words that ends s after
// other text.
func TestTrailingClassWord(t *testing.T) {
	want := func(s string) int {
		for _, w := range []string{" CONFIDENTIAL", " SECRET", " UNCLASSIFIED", " LIMITED OFFICIAL USE"} {
			if strings.HasSuffix(s, w) && len(s) > len(w) {
				return len(s) - len(w)
			}
		}
		return -1
	}
	for _, s := range []string{"... WAS IN      CONFIDENTIAL", "X SECRET", " SECRET", "SECRET", "TOP SECRET", "A UNCLASSIFIED",
		"A LIMITED OFFICIAL USE", " LIMITED OFFICIAL USE", "THE CONFIDENTIAL", "NOT CONFIDENTIAl", "HOUSE", "", "E", "LIMITED OFFICIAL USE"} {
		if got := trailingClassWord(s); got != want(s) {
			t.Errorf("trailingClassWord(%q) = %d, want %d", s, got, want(s))
		}
	}
}
