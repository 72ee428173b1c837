package refs

import "github.com/cablemeta/cablemeta/diag"

// Warning kinds reported by this package, in the [diag.Warning]s of a
// [Result] (Part "references", Field "REF").
const (
	// WarnBadReference: a REF label without items, or an item that could
	// not be read (it is dropped).
	WarnBadReference diag.Kind = "bad-reference"
	// WarnBadReferenceID: a cited cable whose id cannot be made (no year is
	// written and the citing cable's year is unknown).
	WarnBadReferenceID diag.Kind = "bad-reference-id"
	// WarnSelfReference: a REF item cites the citing cable itself; it is
	// dropped.
	WarnSelfReference diag.Kind = "self-reference"
	// WarnStationSpelling: a station name in a REF item was read as a near
	// miss of a known station ("BRASILA 931" -> BRASILIA).
	WarnStationSpelling diag.Kind = "station-spelling"
)

// The Part and Field of the warnings of this package.
const (
	warnPart  = "references"
	warnField = "REF"
)
