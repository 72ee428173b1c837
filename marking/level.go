package marking

import (
	"errors"
	"strconv"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// ErrUnknownLevel reports a text that is not a classification level.
var ErrUnknownLevel = errors.New("unknown classification level")

// Level is a security classification level. Its value is the level's
// full name as a banner writes it ("CONFIDENTIAL"), so that printing or
// converting a Level gives its name. Levels are ordered: compare them
// with [Level.Compare] or [Level.Rank], not with < and > (which compare
// the names). The zero value, [LevelUnknown], means "no level known".
type Level string

// The classification levels, lowest first.
const (
	LevelUnknown       Level = ""                     // no level known
	Unclassified       Level = "UNCLASSIFIED"         // also UNCLAS, UNCLAS EFTO, SBU
	LimitedOfficialUse Level = "LIMITED OFFICIAL USE" // pre-1995 cables
	Confidential       Level = "CONFIDENTIAL"
	Secret             Level = "SECRET"
	TopSecret          Level = "TOP SECRET"
)

// String returns the level's full name, "" for [LevelUnknown].
func (l Level) String() string { return string(l) }

// Rank returns the level's place in the order of levels: 1 for
// [Unclassified] up to 5 for [TopSecret], 0 for [LevelUnknown] and for a
// value that is not a level.
func (l Level) Rank() int {
	switch l {
	case Unclassified:
		return 1
	case LimitedOfficialUse:
		return 2
	case Confidential:
		return 3
	case Secret:
		return 4
	case TopSecret:
		return 5
	}
	return 0
}

// Abbrev returns the portion-marking abbreviation of the level:
// "U", "LOU", "C", "S" or "TS" ("" for [LevelUnknown]).
func (l Level) Abbrev() string {
	switch l {
	case Unclassified:
		return "U"
	case LimitedOfficialUse:
		return "LOU"
	case Confidential:
		return "C"
	case Secret:
		return "S"
	case TopSecret:
		return "TS"
	}
	return ""
}

// IsValid reports whether l is one of the five known levels.
func (l Level) IsValid() bool { return l.Rank() > 0 }

// Compare returns -1, 0 or +1 as l is lower than, equal to or higher than
// o in the order of levels.
func (l Level) Compare(o Level) int {
	a, b := l.Rank(), o.Rank()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// UnmarshalText implements [encoding.TextUnmarshaler]; it accepts what
// [ParseLevel] accepts, and the empty string as [LevelUnknown].
func (l *Level) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = LevelUnknown
		return nil
	}
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// ParseLevel parses a level name: full names ("CONFIDENTIAL", "top secret"),
// letter-spaced banner spellings ("C O N F I D E N T I A L"), the banner
// abbreviations "UNCLAS" and "UNCLAS EFTO", and the portion-marking
// abbreviations "U", "SBU", "LOU", "C", "S" and "TS". Case and spaces do not
// matter. A marking with controls such as "SECRET//NOFORN" is not a level:
// use [ParseMarking] for those. The error wraps [ErrUnknownLevel].
func ParseLevel(s string) (Level, error) {
	if l, ok := levelWords[textutil.SqueezeUpper(s)]; ok {
		return l, nil
	}
	return LevelUnknown, &levelError{s}
}

// levelError is ParseLevel's error. Most texts its callers try are not
// levels: the message is built only when asked for.
type levelError struct{ s string }

func (e *levelError) Error() string { return ErrUnknownLevel.Error() + ": " + strconv.Quote(e.s) }
func (e *levelError) Unwrap() error { return ErrUnknownLevel }

// levelWords maps space-free upper-case spellings to levels.
var levelWords = map[string]Level{
	"U": Unclassified, "UNCLAS": Unclassified, "UNCLASSIFIED": Unclassified,
	"UNCLASEFTO": Unclassified, "SBU": Unclassified, "EFTO": Unclassified,
	"LOU": LimitedOfficialUse, "LIMITEDOFFICIALUSE": LimitedOfficialUse,
	"C": Confidential, "CONFIDENTIAL": Confidential,
	"S": Secret, "SECRET": Secret,
	"TS": TopSecret, "TOPSECRET": TopSecret,
}

// Highest returns the highest of the given levels ([LevelUnknown] if none).
func Highest(levels ...Level) Level {
	var h Level
	for _, l := range levels {
		if l.Compare(h) > 0 {
			h = l
		}
	}
	return h
}
