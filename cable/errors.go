package cable

import "errors"

// Sentinel errors, wrapped by the *diag.ParseError that reports them. Test
// for them with errors.Is.
var (
	// ErrNoCable means the input holds no cable text at all (empty, only
	// white space, or a page without a <pre> block).
	ErrNoCable = errors.New("no cable text")

	// ErrTooLarge means one cable exceeded Parser.MaxCableSize.
	ErrTooLarge = errors.New("cable too large")
)
