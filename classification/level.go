package classification

import (
	"fmt"
	"strings"
)

// Level is a security classification level. Levels are ordered: a higher
// value is a more restrictive level, so levels compare with < and >.
// The zero value, [LevelUnknown], means "no level known".
type Level uint8

// The classification levels, lowest first.
const (
	LevelUnknown       Level = iota // no level known
	Unclassified                    // UNCLASSIFIED (also UNCLAS, UNCLAS EFTO, SBU)
	LimitedOfficialUse              // LIMITED OFFICIAL USE (pre-1995 cables)
	Confidential                    // CONFIDENTIAL
	Secret                          // SECRET
	TopSecret                       // TOP SECRET
	levelCount
)

var levelNames = [levelCount]string{"", "UNCLASSIFIED", "LIMITED OFFICIAL USE", "CONFIDENTIAL", "SECRET", "TOP SECRET"}

var levelAbbrevs = [levelCount]string{"", "U", "LOU", "C", "S", "TS"}

// String returns the level's full name as it appears in a banner,
// e.g. "CONFIDENTIAL", or "" for [LevelUnknown].
func (l Level) String() string {
	if l >= levelCount {
		return fmt.Sprintf("Level(%d)", uint8(l))
	}
	return levelNames[l]
}

// Abbrev returns the portion-marking abbreviation of the level:
// "U", "LOU", "C", "S" or "TS" ("" for [LevelUnknown]).
func (l Level) Abbrev() string {
	if l >= levelCount {
		return ""
	}
	return levelAbbrevs[l]
}

// IsValid reports whether l is one of the five known levels.
func (l Level) IsValid() bool { return l > LevelUnknown && l < levelCount }

// Compare returns -1, 0 or +1 as l is lower than, equal to or higher than o.
func (l Level) Compare(o Level) int {
	switch {
	case l < o:
		return -1
	case l > o:
		return 1
	}
	return 0
}

// MarshalText implements [encoding.TextMarshaler]; it writes the full name
// ("SECRET"). [LevelUnknown] marshals as the empty string.
func (l Level) MarshalText() ([]byte, error) {
	if l >= levelCount {
		return nil, fmt.Errorf("classification: invalid level %d", uint8(l))
	}
	return []byte(levelNames[l]), nil
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
// use [ParseMarking] or [ParseBanner] for those.
func ParseLevel(s string) (Level, error) {
	if l, ok := parseLevel(s); ok {
		return l, nil
	}
	return LevelUnknown, fmt.Errorf("%w: %q", ErrUnknownLevel, s)
}

// parseLevel is ParseLevel without the error value, for the callers that
// only ask whether s is a level: page-break lines, the top line of a
// received copy. Most lines they try are not, and the error's message
// cost more than the lookup.
func parseLevel(s string) (Level, bool) {
	l, ok := levelWords[squeezeUpper(s)]
	return l, ok
}

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
		if l > h && l < levelCount {
			h = l
		}
	}
	return h
}

// squeezeUpper upper-cases the ASCII letters of s and drops all white space.
func squeezeUpper(s string) string {
	clean := true // already upper case without white space: s itself
	for i := 0; i < len(s) && clean; i++ {
		c := s[i]
		clean = !(c == ' ' || c == '\t' || c == '\r' || c == '\n' || (c >= 'a' && c <= 'z'))
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			continue
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
