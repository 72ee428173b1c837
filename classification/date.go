package classification

import (
	"fmt"
	"time"
)

// Date is a civil (calendar) date without time or zone, as written on an
// E.O. line. Its text form is "YYYY-MM-DD"; the zero Date is "absent".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// String returns "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Time returns the date as midnight UTC.
func (d Date) Time() time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// MarshalText implements [encoding.TextMarshaler] ("YYYY-MM-DD").
func (d Date) MarshalText() ([]byte, error) {
	return []byte(d.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts
// "YYYY-MM-DD" and the empty string (zero Date).
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	t, err := time.Parse(time.DateOnly, string(b))
	if err != nil {
		return fmt.Errorf("%w: %q", ErrBadDate, b)
	}
	*d = Date{t.Year(), t.Month(), t.Day()}
	return nil
}

// makeDate returns the date y-m-d if it exists in the calendar.
func makeDate(y, m, d int) (Date, bool) {
	if y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return Date{}, false
	}
	return Date{y, time.Month(m), d}, true
}

// yearPivot: two-digit years below it are 20yy, others 19yy
// ("12/31/98" is 1998, "09/03/15" is 2015, "8/12/85" is 1985).
const yearPivot = 50

func fullYear(y, digits int) int {
	if digits > 2 {
		return y
	}
	if y < yearPivot {
		return 2000 + y
	}
	return 1900 + y
}
