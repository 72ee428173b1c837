package header

import "strings"

// Precedence is a message or addressee precedence in its spelled-out form as
// written in addressee lines: "FLASH", "NIACT IMMEDIATE", "IMMEDIATE",
// "PRIORITY", "ROUTINE" (and "EMERGENCY" for the AUTODIN Y prosign). The zero
// value "" means no precedence was given. A typed string keeps JSON and
// comparisons with string constants simple; [Precedence.Rank] orders them.
type Precedence string

// Precedences, from the most to the least urgent.
const (
	PrecedenceNone      Precedence = ""
	PrecedenceEmergency Precedence = "EMERGENCY" // Y, AUTODIN emergency command precedence
	PrecedenceFlash     Precedence = "FLASH"     // Z, ZZ
	PrecedenceNiact     Precedence = "NIACT IMMEDIATE"
	PrecedenceImmediate Precedence = "IMMEDIATE" // O, OO
	PrecedencePriority  Precedence = "PRIORITY"  // P, PP
	PrecedenceRoutine   Precedence = "ROUTINE"   // R, RR
)

// String returns the precedence as written ("" for none).
func (p Precedence) String() string { return string(p) }

// MarshalText implements encoding.TextMarshaler.
func (p Precedence) MarshalText() ([]byte, error) { return []byte(p), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the words,
// the single letters (Z, O, P, R, Y) and the prosigns (ZZ, OO, PP, RR, YY).
func (p *Precedence) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = PrecedenceNone
		return nil
	}
	v, err := ParsePrecedence(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Rank orders precedences: 0 for none, 1 ROUTINE ... 6 EMERGENCY.
func (p Precedence) Rank() int {
	switch p {
	case PrecedenceRoutine:
		return 1
	case PrecedencePriority:
		return 2
	case PrecedenceImmediate:
		return 3
	case PrecedenceNiact:
		return 4
	case PrecedenceFlash:
		return 5
	case PrecedenceEmergency:
		return 6
	}
	return 0
}

// Letter returns the DTG precedence letter (Z, O, P, R, Y); NIACT IMMEDIATE
// maps to O. It returns "" for none.
func (p Precedence) Letter() string {
	switch p {
	case PrecedenceRoutine:
		return "R"
	case PrecedencePriority:
		return "P"
	case PrecedenceImmediate, PrecedenceNiact:
		return "O"
	case PrecedenceFlash:
		return "Z"
	case PrecedenceEmergency:
		return "Y"
	}
	return ""
}

// ParsePrecedence reads a precedence word ("PRIORITY", "NIACT IMMEDIATE"),
// DTG letter ("P") or FL2 prosign ("PP"). Case and surrounding space are
// ignored. The typo "PIORITY" is accepted as PRIORITY (see
// [ParsePrecedenceWord] to learn whether a typo was corrected).
func ParsePrecedence(s string) (Precedence, error) {
	p, _, err := parsePrecedence(s)
	return p, err
}

// ParsePrecedenceWord is like [ParsePrecedence] and also reports whether the
// input was a known misspelling that was normalised.
func ParsePrecedenceWord(s string) (p Precedence, typo bool, err error) {
	return parsePrecedence(s)
}

func parsePrecedence(s string) (Precedence, bool, error) {
	t := strings.ToUpper(strings.Join(strings.Fields(s), " "))
	if p := letterPrecedence(t); p != "" {
		return p, false, nil
	}
	if len(t) == 2 && t[0] == t[1] {
		if p := letterPrecedence(t[:1]); p != "" {
			return p, false, nil
		}
	}
	if p, typo, ok := precedenceWord(t); ok {
		return p, typo, nil
	}
	return "", false, newErr(0, "precedence", ErrPrecedence, "%q", s)
}

func letterPrecedence(s string) Precedence {
	switch s {
	case "Z":
		return PrecedenceFlash
	case "O":
		return PrecedenceImmediate
	case "P":
		return PrecedencePriority
	case "R":
		return PrecedenceRoutine
	case "Y":
		return PrecedenceEmergency
	}
	return ""
}

// precedenceWord recognises a single precedence word (upper case) and known
// typos of it.
func precedenceWord(w string) (p Precedence, typo, ok bool) {
	switch w {
	case "FLASH":
		return PrecedenceFlash, false, true
	case "IMMEDIATE":
		return PrecedenceImmediate, false, true
	case "PRIORITY":
		return PrecedencePriority, false, true
	case "ROUTINE":
		return PrecedenceRoutine, false, true
	case "NIACT IMMEDIATE":
		return PrecedenceNiact, false, true
	case "PIORITY", "PRIORTY", "PRIORIT", "PRORITY":
		return PrecedencePriority, true, true
	case "IMMEDAITE", "IMMEDIATTE", "IMMEDIAT", "IMEDIATE":
		return PrecedenceImmediate, true, true
	case "ROUTNE":
		return PrecedenceRoutine, true, true
	}
	return "", false, false
}
