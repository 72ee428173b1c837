package cable

import (
	"fmt"
	"slices"
	"strings"
)

// Warning is a non-fatal finding about one cable: something that looked
// wrong, was repaired, or disagrees with another part of the cable. The
// Kind is a stable kebab-case name (for example "day-of-year-mismatch",
// "serial-mismatch", "level-mismatch"); Part names the package that found
// it ("header", "classification", "tags", "paragraph", "references",
// "read") or "cable" for the cross-checks made here.
type Warning struct {
	Line    int    `json:"line,omitempty"`
	Part    string `json:"part"`
	Field   string `json:"field,omitempty"`
	Kind    string `json:"kind"`
	Message string `json:"message"`
}

// String formats the warning as "line 12: header: DE line: message".
func (w Warning) String() string {
	var b strings.Builder
	if w.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", w.Line)
	}
	b.WriteString(w.Part)
	b.WriteString(": ")
	if w.Field != "" && w.Field != w.Part {
		b.WriteString(w.Field)
		b.WriteString(": ")
	}
	b.WriteString(w.Message)
	return b.String()
}

// sortWarnings orders warnings by line, keeping the order of equal lines
// (warnings without a line come first).
func sortWarnings(ws []Warning) {
	slices.SortStableFunc(ws, func(a, b Warning) int { return a.Line - b.Line })
}
