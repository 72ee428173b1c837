package classification

import "errors"

// Sentinel errors. Test with [errors.Is].
var (
	// ErrNoBanner: no classification banner line was found.
	ErrNoBanner = errors.New("no classification banner")
	// ErrBadDate: a declassification date is not a valid calendar date.
	ErrBadDate = errors.New("invalid date")
)
