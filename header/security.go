package header

import (
	"strings"

	"github.com/cablemeta/cablemeta/marking"
)

// SecurityLine is format line 4 (FL4): the security warning operating signal
// (ZNR or ZNY), five classification characters, an optional SPECAT marker
// and trailing operating signals (docs/header.md#security-line).
type SecurityLine struct {
	Signal     string        `json:"signal"`               // "ZNY" or "ZNR"
	Characters string        `json:"characters"`           // "CCCCC"
	Level      marking.Level `json:"level"`                // CONFIDENTIAL; EEEEE is UNCLASSIFIED
	Caveat     string        `json:"caveat,omitempty"`     // "EFTO" for EEEEE (unclassified, encrypted for transmission only)
	Special    []string      `json:"special,omitempty"`    // SPECAT markers: "AAAAA" (SIOP-ESI), "BBBBB"
	OpSignals  []string      `json:"op_signals,omitempty"` // "ZZH", "ZDK", "ZDS", "ZUI", ...
	Notes      []string      `json:"notes,omitempty"`      // parenthesised groups: "(CCY AD4143FF MSI9789 538)", "(TAO)"
	Corrected  bool          `json:"corrected,omitempty"`  // a "(CCY ...)" corrected-copy note is present
	Trailer    string        `json:"trailer,omitempty"`    // everything after the classification characters, as written
	Raw        string        `json:"raw"`
	Line       int           `json:"line,omitempty"`
}

// ParseSecurity parses an FL4 line such as "ZNY CCCCC ZZH",
// "ZNY TTTTT/AAAAA" or "ZNR UUUUU ZZH (CCY AD4143FF MSI9789 538)".
func ParseSecurity(line string) (*SecurityLine, error) {
	return parseSecurity(line, 1)
}

func parseSecurity(line string, num int) (*SecurityLine, error) {
	s := collapse(line)
	sig, rest := cutWord(s)
	if sig != "ZNR" && sig != "ZNY" {
		return nil, newErr(num, "security line", ErrSecurity, "want ZNR or ZNY, got %q", clip(sig))
	}
	sl := &SecurityLine{Signal: sig, Raw: s, Line: num}
	chars, rest := cutWord(rest)
	cls, special, _ := strings.Cut(chars, "/")
	level, known := marking.SecurityLevel(cls)
	if !fiveSame(cls) || !known {
		// Damaged forms seen in cables: "SSSAA", "UUUAA", "CCCC". Keep the
		// level when the characters start with a run of three or more.
		if n := runLen(cls); n >= 3 && known {
			sl.Characters, sl.Level, sl.Caveat, sl.Trailer = cls, level, securityCaveat(cls), rest
		}
		return sl, newErr(num, "security line", ErrSecurity, "want five classification characters (UUUUU, EEEEE, CCCCC, SSSSS, TTTTT), got %q", clip(chars))
	}
	sl.Characters, sl.Level, sl.Caveat, sl.Trailer = cls, level, securityCaveat(cls), rest
	for special != "" {
		var sp string
		sp, special, _ = strings.Cut(special, "/")
		if !fiveSame(sp) {
			return sl, newErr(num, "security line", ErrSecurity, "bad SPECAT marker %q", clip(sp))
		}
		sl.Special = append(sl.Special, sp)
	}
	for rest != "" {
		if rest[0] == '(' {
			end := strings.IndexByte(rest, ')')
			if end < 0 {
				end = len(rest) - 1
			}
			note := rest[:end+1]
			sl.Notes = append(sl.Notes, note)
			if strings.HasPrefix(note, "(CCY") {
				sl.Corrected = true
			}
			rest = trimSpace(rest[end+1:])
			continue
		}
		var w string
		w, rest = cutWord(rest)
		sl.OpSignals = append(sl.OpSignals, w)
	}
	return sl, nil
}

func fiveSame(s string) bool {
	if len(s) != 5 || !isUpper(s[0]) {
		return false
	}
	for i := 1; i < 5; i++ {
		if s[i] != s[0] {
			return false
		}
	}
	return true
}

// isSecurityLine is the cheap check the scanner uses.
func isSecurityLine(s string) bool {
	return len(s) >= 9 && (strings.HasPrefix(s, "ZNY ") || strings.HasPrefix(s, "ZNR "))
}

// runLen returns the length of the run of s[0] at the start of s.
func runLen(s string) int {
	n := 0
	for n < len(s) && s[n] == s[0] {
		n++
	}
	return n
}

// securityCaveat returns the caveat that classification characters carry
// besides their level: "EFTO" for E (EEEEE: unclassified, encrypted for
// transmission only), "" for the others.
func securityCaveat(chars string) string {
	if strings.HasPrefix(chars, "E") {
		return "EFTO"
	}
	return ""
}
