package refs

import "fmt"

// A Warning reports a non-fatal finding at a line of the input.
type Warning struct {
	Line    int         `json:"line"`
	Field   string      `json:"field"`
	Kind    WarningKind `json:"kind"`
	Message string      `json:"message"`
}

// String formats w as "line 12: field: message".
func (w Warning) String() string {
	return fmt.Sprintf("line %d: %s: %s", w.Line, w.Field, w.Message)
}

// WarningKind classifies a [Warning]. Kinds are stable kebab-case strings.
type WarningKind string

// String returns the kind as text.
func (k WarningKind) String() string { return string(k) }

// Warning kinds reported by this package.
const (
	// WarnBadReference: a reference line could not be read.
	WarnBadReference WarningKind = "bad-reference"
	// WarnBadReferenceID: a reference names an unknown or malformed cable id.
	WarnBadReferenceID WarningKind = "bad-reference-id"
)
