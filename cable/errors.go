package cable

import "errors"

// Sentinel errors, wrapped by the *diag.ParseError that reports them. Test
// for them with errors.Is.
var (
	// ErrNoCable means the input holds no cable text at all (empty, only
	// white space, or a page without a <pre> block).
	ErrNoCable = errors.New("no cable text")

	// ErrNotCable means the input holds data, but not a cable: binary
	// data (NUL bytes that are not UTF-16 text), a compressed or archived
	// input that cannot be decoded, or text in which none of a cable's
	// landmarks is found (telegraphic header, date-time group,
	// classification banner or marking, E.O. line, TAGS, subject,
	// references or numbered paragraphs). errors.Is(err, ErrNoCable) is
	// true for it too.
	ErrNotCable error = notCableError{}

	// ErrTooLarge means one cable exceeded Parser.MaxCableSize.
	ErrTooLarge = errors.New("cable too large")
)

// notCableError is ErrNotCable: a kind of ErrNoCable.
type notCableError struct{}

func (notCableError) Error() string { return "not a cable" }

// Is makes errors.Is(ErrNotCable, ErrNoCable) true.
func (notCableError) Is(target error) bool { return target == ErrNoCable }
