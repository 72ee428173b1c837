package paragraph

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The rules that the hand-written REF shortcuts stand in for, as they
// were written before: the patterns and loops themselves.

// rfParaOneRE is paragraph 1: "1. (C)", "¶1.", "1.(SBU) Summary:", "1. Summary."
var rfParaOneRE = regexp.MustCompile(`^[ \t]*(?:¶[ \t]*)?1[ \t]*\.(?:[ \t]*\(|[ \t]+[A-Za-z"]|[ \t]*$)`)

// rfHasRefLoop is rfHasRef as a byte loop.
func rfHasRefLoop(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i]|0x20 == 'r' && s[i+1]|0x20 == 'e' && s[i+2]|0x20 == 'f' {
			return true
		}
	}
	return false
}

// rfSkipLineUpper is rfSkipLine on an upper-cased copy of the line.
func rfSkipLineUpper(s string) bool {
	t := strings.ToUpper(strings.TrimSpace(s))
	switch t {
	case "UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "LIMITED OFFICIAL USE", "SIPDIS",
		"C O N F I D E N T I A L", "S E C R E T", "NOFORN":
		return true
	}
	return strings.HasPrefix(t, "PAGE ") && len(t) > 8 && idIsDigit(t[5])
}

var refShortcutCases = []string{
	"", " ", "1", "1.", "1. (C) SUMMARY", " \t¶1.(SBU) Summary:", "¶ 1 . Summary.", "1.  ", "1.x", "1.\"Quote",
	"1. 2", "11. (C)", "¶¶1. (C)", "1.\t(U)", "A. 1. (C)", "1 .The", "\u00b61. (C)", "1. é",
	"REF: STATE 12", "ref a wellington 721", "  A. REF AMMAN 222", "(A) REFTEL", "¶ b) Refs: x", "PROGRAM REF: 1",
	"SUBJECT: X REF: CAIRO 2178", "PREFERENCE", "THE REFORM", "ſ. REF STATE 1", "\u212a) REF X", "k) ref", "[A] REF",
	"UNCLASSIFIED", " unclas ", "Confidential", "S E C R E T", "s e c r e t", "sipdis", "NOFORN\t", "ſecret",
	"SECRET ", "unclaſſified", "page 02 rome 01196", "PAGE 2", "PAGE 02X", "Page 1 of 2", "lımıted offıcıal use",
	"LIMITED OFFICIAL USE", "confidential.", "ı", "\xffSECRET",
}

// rfWordCases are word spellings for rfWordUp.
var rfWordCases = []string{
	"A", "a", "A.", "b.", "ST.", "ST", "St.", "STATE", "Geneva", "N'DJAMENA", "0TTAWA", "SANTIAG0", "A.B.",
	"U.S.", "E-MAIL", "Z.", "z", "0", "0.", ".", "AB0.", "ABC..", "",
}

func TestRefShortcuts(t *testing.T) {
	for _, s := range refShortcutCases {
		assert.Equal(t, rfParaOneRE.MatchString(s), rfParaOne(s), "rfParaOne %q", s)
		assert.Equal(t, rfHasRefLoop(s), rfHasRef(s), "rfHasRef %q", s)
		assert.Equal(t, rfSkipLineUpper(s), rfSkipLine(s), "rfSkipLine %q", s)
		if !rfMayStartLabel(s) {
			assert.Nil(t, rfLabelStartRE.FindStringSubmatchIndex(s), "rfMayStartLabel %q", s)
		}
	}
	for _, s := range []string{"1. (C)", "¶1. Summary", "  1.", "1. \"A"} {
		assert.True(t, rfParaOne(s), s)
	}
	for _, s := range []string{"REF: X", "A. REF X", "(A) REF", "PROGRAM REF", "ſ. REF X", "\u212a) REF X"} {
		assert.True(t, rfMayStartLabel(s), s)
		assert.NotNil(t, rfLabelStartRE.FindStringSubmatchIndex(s), s)
	}
	for _, s := range []string{"UNCLASSIFIED", "ſecret", "page 02 rome"} {
		assert.True(t, rfSkipLine(s), s)
	}
	for _, w := range append(rfWordCases, refShortcutCases...) {
		assert.Equal(t, compactLetters(w), rfWordUp(w), "rfWordUp %q", w)
	}
}

// FuzzRefShortcuts checks the hand-written REF shortcuts against the rules
// they stand in for: rfParaOne against rfParaOneRE, rfHasRef against the
// byte loop, rfSkipLine against the comparison of an upper-cased copy,
// rfWordUp against compactLetters; a line that rfMayStartLabel rules out
// never matches rfLabelStartRE.
func FuzzRefShortcuts(f *testing.F) {
	for _, s := range append(refShortcutCases, rfWordCases...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := rfParaOne(s), rfParaOneRE.MatchString(s); got != want {
			t.Fatalf("rfParaOne(%q) = %v, want %v", s, got, want)
		}
		if got, want := rfHasRef(s), rfHasRefLoop(s); got != want {
			t.Fatalf("rfHasRef(%q) = %v, want %v", s, got, want)
		}
		if got, want := rfSkipLine(s), rfSkipLineUpper(s); got != want {
			t.Fatalf("rfSkipLine(%q) = %v, want %v", s, got, want)
		}
		if got, want := rfWordUp(s), compactLetters(s); got != want {
			t.Fatalf("rfWordUp(%q) = %q, want %q", s, got, want)
		}
		if !rfMayStartLabel(s) && rfLabelStartRE.FindStringSubmatchIndex(s) != nil {
			t.Fatalf("%q matches rfLabelStartRE but rfMayStartLabel rules it out", s)
		}
	})
}
