package tags

import "fmt"

// Kind is the category of a TAGS code (docs/tags.md#kinds-of-codes).
type Kind uint8

// The kinds of TAGS codes.
const (
	// KindUnknown is a code whose kind cannot be told.
	KindUnknown Kind = iota
	// KindSubject is a subject TAG: 4 letters, category letter first (PGOV, ECON).
	KindSubject
	// KindGeographic is a geo-political TAG: a 2-letter FIPS 10-4 country or region code (CH, RS, XF).
	KindGeographic
	// KindOrganization is an organization TAG (NATO, UNSC, IAEA, EUN).
	KindOrganization
	// KindProgram is a program TAG ("K-tag": KDEM, KPAO, KNNP).
	KindProgram
	// KindPerson is a personal-name TAG written "SURNAME, GIVEN" (CLINTON, HILLARY).
	KindPerson
)

var kindNames = [...]string{
	KindUnknown:      "unknown",
	KindSubject:      "subject",
	KindGeographic:   "geographic",
	KindOrganization: "organization",
	KindProgram:      "program",
	KindPerson:       "person",
}

// String returns the lower-case name of the kind ("subject", "geographic", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText encodes the kind as its name.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, fmt.Errorf("tags: invalid kind %d", uint8(k))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText decodes a kind name. The short names used by the Python peer
// ("geo", "org") and the tags.tsv kinds ("personal", "geographic_region", ...)
// are accepted too.
func (k *Kind) UnmarshalText(b []byte) error {
	kind, ok := parseKind(string(b))
	if !ok {
		return fmt.Errorf("tags: unknown kind %q", b)
	}
	*k = kind
	return nil
}

// parseKind maps a kind name (ours, the peer's or a tags.tsv kind) to a Kind.
func parseKind(s string) (Kind, bool) {
	switch s {
	case "unknown", "":
		return KindUnknown, true
	case "subject", "subject_category":
		return KindSubject, true
	case "geographic", "geo", "geographic_historical", "geographic_nonstandard", "geographic_region":
		return KindGeographic, true
	case "organization", "org":
		return KindOrganization, true
	case "program", "program_prefix":
		return KindProgram, true
	case "person", "personal":
		return KindPerson, true
	}
	return KindUnknown, false
}
