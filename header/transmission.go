package header

import (
	"strings"
	"unicode/utf8"
)

// TransmissionID is format line 1 (FL1): start of transmission "V", start of
// message "ZCZC", a channel designator and a channel sequence number, written
// as one string (docs/header.md#transmission-line). It marshals to JSON as its
// raw text.
type TransmissionID struct {
	Raw     string // "VZCZCXRO1249"
	Channel string // "XRO"
	Number  string // "1249" as written (3 or 4 digits, may be empty)
}

// String returns the raw identifier.
func (t *TransmissionID) String() string {
	if t == nil {
		return ""
	}
	return t.Raw
}

// MarshalText implements encoding.TextMarshaler (the raw identifier).
func (t *TransmissionID) MarshalText() ([]byte, error) {
	if t == nil {
		return nil, nil
	}
	return []byte(t.Raw), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *TransmissionID) UnmarshalText(b []byte) error {
	v, err := ParseTransmissionID(string(b))
	if err != nil {
		return err
	}
	*t = *v
	return nil
}

// ParseTransmissionID parses an FL1 line such as "VZCZCXRO1249" or
// "VZCZCDOI550". Surrounding space is ignored; a prefix before the VZCZC
// token ("Cable Text: VZCZC...") is skipped.
func ParseTransmissionID(line string) (*TransmissionID, error) {
	return parseTransmissionID(line, 1)
}

func parseTransmissionID(line string, num int) (*TransmissionID, error) {
	s := trimSpace(line)
	i := vzczcIndex(s)
	if i < 0 {
		return nil, newErr(num, "transmission id", ErrTransmissionID, "no VZCZC token in %q", clip(s))
	}
	tok, rest := cutWord(s[i:])
	if rest != "" {
		return nil, newErr(num, "transmission id", ErrTransmissionID, "unexpected text after identifier: %q", clip(rest))
	}
	body := tok[len("VZCZC"):]
	j := 0
	for j < len(body) && isUpper(body[j]) {
		j++
	}
	k := j
	for k < len(body) && isDigit(body[k]) {
		k++
	}
	if j < 2 || j > 4 || k != len(body) || k-j > 5 {
		return nil, newErr(num, "transmission id", ErrTransmissionID, "want VZCZC + channel letters + digits, got %q", clip(tok))
	}
	return &TransmissionID{Raw: tok, Channel: body[:j], Number: body[j:]}, nil
}

// vzczcIndex returns the offset of a "VZCZC" token in s (at the start or
// after a space or colon), or -1.
func vzczcIndex(s string) int {
	off := 0
	for {
		i := strings.Index(s[off:], "VZCZC")
		if i < 0 {
			return -1
		}
		i += off
		if i == 0 || s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == ':' {
			return i
		}
		off = i + 5
	}
}

// clip shortens s for error messages.
func clip(s string) string {
	if len(s) <= 60 {
		return s
	}
	n := 57
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}
