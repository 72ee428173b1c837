package refs

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// ID is a cable reference id such as 07BEIJING6403: the year of the
// date-time group, the originating station (the banner origin with spaces
// removed) and the station serial.
type ID struct {
	Year    int    `json:"year"`    // four digits (1966-2010 in Cablegate)
	Station string `json:"station"` // canonical station, letters only: "BEIJING", "USUNNEWYORK"
	Serial  int    `json:"serial"`  // without leading zeros
}

// Errors returned by [ParseID] and [MakeID]; test with [errors.Is].
var (
	// ErrInvalidID reports text that is not a cable id.
	ErrInvalidID = errors.New("refs: invalid cable id")
)

// IsZero reports whether id is the zero ID.
func (id ID) IsZero() bool { return id == ID{} }

// String returns the id in its canonical text form, e.g. "07BEIJING6403",
// or "" for an incomplete id.
func (id ID) String() string {
	var b [48]byte
	return string(id.appendTo(b[:0]))
}

// appendTo appends the canonical form of id (what String returns) to dst,
// nothing for an incomplete id: the REF parser writes a cited id on the
// stack and makes it a string only when it keeps the reference.
func (id ID) appendTo(dst []byte) []byte {
	if id.Station == "" || id.Serial <= 0 || id.Year < 0 {
		return dst
	}
	yy := id.Year % 100
	dst = append(dst, byte('0'+yy/10), byte('0'+yy%10))
	dst = append(dst, id.Station...)
	return strconv.AppendInt(dst, int64(id.Serial), 10)
}

// MarshalText implements [encoding.TextMarshaler] with the canonical form.
func (id ID) MarshalText() ([]byte, error) {
	if id.IsZero() {
		return []byte{}, nil
	}
	s := id.String()
	if s == "" {
		return nil, fmt.Errorf("%w: incomplete id %+v", ErrInvalidID, id)
	}
	return []byte(s), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseID]; empty
// text gives the zero ID.
func (id *ID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = ID{}
		return nil
	}
	v, err := ParseID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// MakeID builds a cable's own id from the year of its date-time group (two
// or four digits), the origin of its banner line ("SAN SALVADOR", "USUN NEW
// YORK") and its serial ("006403" read as 6403). The origin is only
// stripped of spaces and punctuation and upper-cased, as WikiLeaks did for
// its ids; no alias is applied, so the result is the id as published.
func MakeID(year int, origin string, serial int) (ID, error) {
	y, ok := fullYear(year)
	if !ok {
		return ID{}, fmt.Errorf("%w: year %d", ErrInvalidID, year)
	}
	st := compactLetters(origin)
	if st == "" {
		return ID{}, fmt.Errorf("%w: origin %q has no letters", ErrInvalidID, origin)
	}
	if serial <= 0 || serial > maxSerial {
		return ID{}, fmt.Errorf("%w: serial %d", ErrInvalidID, serial)
	}
	return ID{Year: y, Station: st, Serial: serial}, nil
}

// maxSerial bounds a station serial (STATE serials have six digits; the
// widest page-break padding is eight).
const maxSerial = 99999999

// fullYear turns a two-digit year into four digits with the Cablegate
// window (66-99 -> 19xx, 00-65 -> 20xx) and accepts
// four-digit years 1900-2099.
func fullYear(y int) (int, bool) {
	switch {
	case y >= 0 && y < 66:
		return 2000 + y, true
	case y >= 66 && y < 100:
		return 1900 + y, true
	case y >= 1900 && y < 2100:
		return y, true
	}
	return 0, false
}

// Banner debris glued into WikiLeaks ids: "SECTION01OF02" with typos
// ("ECTION", "SECTIOQ1", "SECTION0QF05", "SECTION01GF02").
var idSectionRE = regexp.MustCompile(`^([A-Z]{4,8}?)([0-9Q]{1,2})([A-Z]F)([0-9]{1,2})([A-Z].*)$`)

// Words that leaked from the banner or the FM line into the origin part of
// WikiLeaks ids ("06EFTOBAKU1165", "85NOFORNMOGADISHU1643",
// "09AMEMBASSYHANOI1284", "05EMBASSYBLABLA1").
var idStationPrefixes = []string{"EFTO", "NOFORN", "AMEMBASSY", "EMBASSY", "AMCONSUL", "AMCONGEN", "CONSULATE"}

// ParseID reads a cable id and returns it in canonical form. It accepts the
// compact form ("07BEIJING6403", "07beijing006403", "10-OTTAWA-57"), PlusD
// forms ("1975DACCA00292_b", "10SHANGHAI60_a"), document numbers with the
// station cut to six letters ("1974SANTIA05678", see [ID.DocNumber]), and repairs malformed
// WikiLeaks ids: banner debris ("08ECTION01OF02MANAMA492" -> 08MANAMA492,
// "06EFTOBAKU1165", "85NOFORNMOGADISHU1643", "09AMEMBASSYHANOI1284"),
// trailing debris ("90STATE255723TOSEC140328", "07OSLO000160ZDK164"), a
// doubled year ("7575LIBREVILLE1895"), station aliases ("SECSTATE" ->
// STATE, "RIODEJAN" -> RIODEJANEIRO, "USUN" -> USUNNEWYORK) and one-letter
// typos of known stations ("09BEIRT96" -> 09BEIRUT96). A well-formed id
// with an unknown station is accepted as it is (see [KnownStation]).
func ParseID(s string) (ID, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	if u == "" {
		return ID{}, fmt.Errorf("%w: empty", ErrInvalidID)
	}
	if len(u) > 80 {
		return ID{}, fmt.Errorf("%w: %d bytes is too long", ErrInvalidID, len(u))
	}
	if m, ok := stationData().malformed[u]; ok {
		u = m
	}
	// PlusD document suffix: "_A", "_B2".
	if i := strings.LastIndexByte(u, '_'); i > 0 && len(u)-i >= 2 && len(u)-i <= 3 && isLetter(u[i+1]) {
		u = u[:i]
	}
	d := digitRun(u, 0)
	var year int
	switch {
	case d == 2:
		year, _ = fullYear(int(u[0]-'0')*10 + int(u[1]-'0'))
	case d == 4 && u[:2] == u[2:4]:
		year, _ = fullYear(int(u[0]-'0')*10 + int(u[1]-'0'))
	case d == 4 && (u[:2] == "19" || u[:2] == "20"):
		y, _ := strconv.Atoi(u[:4])
		if y < 1966 || y > 2065 { // outside the two-digit window of String
			return ID{}, idErr(s, 0, "year out of range")
		}
		year = y
	default:
		return ID{}, idErr(s, 0, "want a two-digit year")
	}
	rest := strings.TrimLeft(u[d:], "- ")
	if m := idSectionRE.FindStringSubmatch(rest); m != nil && osaDistance(m[1], "SECTION", 2) <= 2 {
		rest = m[5]
	}
	i := 0
	for i < len(rest) && (isLetter(rest[i]) || rest[i] == ' ' || rest[i] == '-' || rest[i] == '.' || rest[i] == '\'') {
		i++
	}
	raw := compactLetters(rest[:i])
	if raw == "" {
		return ID{}, idErr(s, len(u)-len(rest), "want a station name")
	}
	rest = strings.TrimLeft(rest[i:], "- ")
	n := digitRun(rest, 0)
	if n == 0 {
		return ID{}, idErr(s, len(u)-len(rest), "want a serial number")
	}
	digits := strings.TrimLeft(rest[:n], "0")
	if digits == "" || len(digits) > 8 {
		return ID{}, idErr(s, len(u)-len(rest), "serial out of range")
	}
	serial, _ := strconv.Atoi(digits)
	if tail := rest[n:]; tail != "" && !idDebrisTail(tail) {
		return ID{}, idErr(s, len(u)-len(tail), "unexpected text after the serial")
	}
	station := canonicalIDStation(raw)
	if d == 4 && len(raw) == 6 && !KnownStation(station) {
		if st, ok := docNumberStation(raw); ok {
			station = st // a document number: "1974SANTIA05678"
		}
	}
	return ID{Year: year, Station: station, Serial: serial}, nil
}

// DocNumber returns the id in the document-number form of NARA's and
// PlusD's 1970s telegrams: four-digit year, station cut to its first six
// letters, serial zero-padded to five digits ("1974SANTIA05678" for
// 74SANTIAGO5678). [ParseID] reads that form back. It returns "" for an
// incomplete id.
func (id ID) DocNumber() string {
	if id.Station == "" || id.Serial <= 0 || id.Year < 1000 {
		return ""
	}
	st := id.Station
	if len(st) > 6 {
		st = st[:6]
	}
	return fmt.Sprintf("%04d%s%05d", id.Year, st, id.Serial)
}

// docNumberStation returns the known station whose first six letters are
// st, when exactly one is: the station of a document number
// ("SANTIA" -> SANTIAGO).
func docNumberStation(st string) (string, bool) {
	found := ""
	for _, canon := range stationData().byName {
		if len(canon) > 6 && canon[:6] == st && canon != found {
			if found != "" {
				return "", false
			}
			found = canon
		}
	}
	return found, found != ""
}

// CanonicalID returns the canonical text form of a cable id, see [ParseID].
func CanonicalID(s string) (string, error) {
	id, err := ParseID(s)
	if err != nil {
		return "", err
	}
	return id.String(), nil
}

func idErr(s string, pos int, msg string) error {
	return fmt.Errorf("%w %q: byte %d: %s", ErrInvalidID, s, pos, msg)
}

// digitRun returns the number of ASCII digits at s[i:].
func digitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

// idDebrisTail reports whether tail is a known kind of debris after the
// serial of a WikiLeaks id: a TOSEC/SECTO number ("TOSEC140328") or an
// operating signal with a number ("ZDK164").
func idDebrisTail(tail string) bool {
	letters := 0
	for letters < len(tail) && isLetter(tail[letters]) {
		letters++
	}
	if letters == 0 || digitRun(tail, letters) != len(tail)-letters || letters == len(tail) {
		return false
	}
	w := tail[:letters]
	return w == "TOSEC" || w == "SECTO" || (len(w) == 3 && w[0] == 'Z')
}

// canonicalIDStation maps the station part of an id to its canonical
// station: table spelling or alias, then banner-debris prefixes removed,
// then a unique near miss of a known station; otherwise it is kept.
func canonicalIDStation(raw string) string {
	if s, ok := lookupStation(raw, false); ok {
		return s
	}
	cur := raw
	for stripped := true; stripped; {
		stripped = false
		for _, p := range idStationPrefixes {
			if len(cur) > len(p) && strings.HasPrefix(cur, p) {
				cur = cur[len(p):]
				stripped = true
				if s, ok := lookupStation(cur, false); ok {
					return s
				}
			}
		}
	}
	if s, ok := fuzzyStation(cur); ok {
		return s
	}
	return cur
}
