package classification

import (
	"regexp"
	"strings"
)

// More forms in which the reason part of a "Classified By" line starts,
// besides those cbCut finds; the "who" part ends at the first of them.
var whoEndRE = regexp.MustCompile(`(?i)` +
	// a dash before the reasons or at the end (where cbCut found
	// them): "SMITH - 1.5 B,D", "Smith-reasons", "Smith -- (b)"
	`\s*[-–—]+\s*(?:$|r[ae]?a?s[o0]?n|1\s*[.,]\s*[2-6]|\(\s*[a-h]\s*\))` +
	// "BASED ON", "BASED UPON"
	`|\s+based\s+(?:up)?on\b` +
	// a bare order number: "FOR 12958 1.4", "per EO 13526"
	`|\s+(?:for|per|under)\s+(?:e\.?\s?o\.?\s*)?1[23]\d{3}\b` +
	// a misspelt or truncated reason keyword before the section or a
	// letter, or at the end: "RASONS 1.4", "for Reas\n(b)"
	`|[\s,;:.]+(?:for\s+)?r(?:ea|a|e)s(?:[o0]n?s?)?\b[\s:.,]*(?:\(|1\s*[.,]|$)` +
	// a parenthetical, then the reasons or the end: "(acting), reasons"
	`|\s*\([a-z][a-z .]*\)[\s,;:.]*(?:$|r[ae]?a?s|for\b|1\s*[.,])`)

// whoEndCut returns where the reason part of who starts by whoEndRE, or -1.
func whoEndCut(who string) int {
	if m := whoEndRE.FindStringIndex(who); m != nil {
		return m[0]
	}
	return -1
}

// splitNameRE is a name cut by a line wrap: a capitalised part at the
// end of a line and the last letters (at most five, lower case) at the
// start of the next ("John Sm\nith,", "Michae\nl Corbin"); a whole word
// on the next line ("Lima\nclassification:") is no rest of a name.
var splitNameRE = regexp.MustCompile(`\b([A-Z][a-z]+)\n([a-z]{1,5})\b`)

// joinSplitNames joins the names that a line wrap cut in two.
func joinSplitNames(block string) string {
	if strings.IndexByte(block, '\n') < 0 {
		return block
	}
	return splitNameRE.ReplaceAllStringFunc(block, func(m string) string {
		head, tail, _ := strings.Cut(m, "\n")
		if connectors[strings.ToLower(tail)] || connectors[strings.ToLower(head)] || titleWords()[strings.ToLower(head)] {
			return m // "Smith\nfor", "Ambassador\nsmith"
		}
		return head + tail
	})
}
