package tags

import "regexp"

// stopLineRE matches the start of a line (lead skipped, trimmed) that
// ends a TAGS value: a SUBJECT, REF, Classified By, E.O. or DECL label, a
// digit or dash, a parenthesised group without a comma.
var stopLineRE = regexp.MustCompile(`^(?i)(?:SUBJ|REF|CLASSIFIED|E\s?\.?\s?O\b|E\.O|DECL|[0-9\-=_]|\([^,)]*\))`)

// isStopLine reports whether s, a line with its lead skipped and trimmed,
// starts with what ends a TAGS value.
func isStopLine(s string) bool {
	return stopLineRE.MatchString(s)
}
