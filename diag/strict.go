package diag

// StrictError is a warning turned into an error because the parser was
// asked to be strict. It is returned inside a [*ParseError] that gives
// the warning's position; find it with errors.As. When the warning
// reports an error (Warning.Err), errors.Is and errors.As reach that too.
type StrictError struct {
	Warning Warning
}

// Error returns "part: kind: message", without the part when it is the
// warning's field (which the enclosing ParseError prints).
func (e *StrictError) Error() string {
	w := e.Warning
	s := string(w.Kind) + ": " + w.Message
	if w.Part != "" && w.Part != w.Field {
		s = w.Part + ": " + s
	}
	return s
}

// Unwrap returns the error the warning reports, or nil.
func (e *StrictError) Unwrap() error { return e.Warning.Err }

// Strict returns the error a parser in strict mode returns for the
// warning w: a [*ParseError] at w's position wrapping a [*StrictError]
// that carries w.
func Strict(w Warning) *ParseError {
	return &ParseError{Line: w.Line, Offset: w.Offset, Field: w.Field, Err: &StrictError{Warning: w}}
}
