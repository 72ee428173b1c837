package diag

import (
	"slices"
	"strconv"
)

// List is a list of warnings. Like go/scanner's ErrorList, it is also an
// error, returned by [List.Err].
type List []Warning

// Sort orders the warnings by position (line, then offset), keeping the
// order of warnings at the same position. Warnings without a position
// come first.
func (l List) Sort() {
	slices.SortStableFunc(l, func(a, b Warning) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Offset - b.Offset
	})
}

// Err returns nil for an empty list, otherwise the list as an error.
// errors.Is and errors.As see the Err of each warning.
func (l List) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error returns the first warning, and how many follow.
func (l List) Error() string {
	switch len(l) {
	case 0:
		return "no warnings"
	case 1:
		return l[0].String()
	case 2:
		return l[0].String() + " (and 1 more warning)"
	}
	return l[0].String() + " (and " + strconv.Itoa(len(l)-1) + " more warnings)"
}

// Unwrap returns the errors the warnings report (their non-nil Err).
func (l List) Unwrap() []error {
	var errs []error
	for _, w := range l {
		if w.Err != nil {
			errs = append(errs, w.Err)
		}
	}
	return errs
}
