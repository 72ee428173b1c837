package diag

import (
	"strings"
)

// Kind names the kind of a [Warning]: a stable kebab-case string such as
// "invalid-dtg" or "level-mismatch". Each package declares its kinds.
type Kind string

// Warning is a problem that did not stop parsing: something that looked
// wrong, was repaired, or disagrees with another part of the cable.
type Warning struct {
	Line    int    `json:"line,omitempty"`   // 1-based line in the caller's coordinates, 0 if unknown
	Offset  int    `json:"offset,omitempty"` // byte offset in the caller's text, 0 if unknown
	Part    string `json:"part,omitempty"`   // the part that found it: "header", "tags", "cable", ...
	Field   string `json:"field,omitempty"`  // the element concerned: "DE line", "TAGS", "banner", ...
	Kind    Kind   `json:"kind"`
	Message string `json:"message"`
	// Err is the error the warning reports, when it comes from one (a
	// line that could not be parsed); errors.Is and errors.As reach it
	// through [List.Err] and [StrictError].
	Err error `json:"-"`
}

// String formats the warning as "line 12: header: DE line: message",
// leaving out what is not known (and the field when it repeats the part).
func (w Warning) String() string {
	var b strings.Builder
	writePos(&b, w.Line, w.Offset)
	if w.Part != "" {
		b.WriteString(w.Part)
		b.WriteString(": ")
	}
	if w.Field != "" && w.Field != w.Part {
		b.WriteString(w.Field)
		b.WriteString(": ")
	}
	b.WriteString(w.Message)
	return b.String()
}
