package paragraph

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/acronyms.txt
var acronymData string

// acronymTable holds the acronyms of data/acronyms.txt by their upper-case
// form, with a bit filter that rules out most other words before the map
// is asked: Title looks up every word of a subject.
type acronymTable struct {
	spelling map[string]string // upper-case form -> spelling ("DOD" -> "DoD")
	filter   [acronymFilterBits / 64]uint64
}

// acronymFilterBits is the size of acronymTable.filter: about 300 entries
// set fewer than one bit in ten.
const acronymFilterBits = 4096

// acronyms is the table of data/acronyms.txt, parsed once and read-only
// afterwards.
var acronyms = sync.OnceValue(func() *acronymTable {
	t := &acronymTable{spelling: make(map[string]string, 400)}
	for ln := range strings.SplitSeq(acronymData, "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" || ln[0] == '#' {
			continue
		}
		u := strings.ToUpper(ln)
		t.spelling[u] = ln
		h := acronymHash(u)
		t.filter[h/64] |= 1 << (h % 64)
	}
	return t
})

// acronymHash is the filter bit of an upper-case form.
func acronymHash[T string | []byte](u T) uint32 {
	h := uint32(len(u))
	for i := 0; i < len(u); i++ {
		h = h*31 + uint32(u[i])
	}
	return h % acronymFilterBits
}

// lookup returns the spelling of the acronym whose upper-case form is u.
func (t *acronymTable) lookup(u string) (string, bool) {
	if h := acronymHash(u); t.filter[h/64]&(1<<(h%64)) == 0 {
		return "", false
	}
	sp, ok := t.spelling[u]
	return sp, ok
}

// lookupBytes is lookup for a form held in a buffer.
func (t *acronymTable) lookupBytes(u []byte) (string, bool) {
	if h := acronymHash(u); t.filter[h/64]&(1<<(h%64)) == 0 {
		return "", false
	}
	sp, ok := t.spelling[string(u)]
	return sp, ok
}

// isSmallWord reports whether the lower-case word w stays lower case
// inside a title, except first and after ":" or "-": short function words
// and the particles of names ("Lula da Silva", "Ludwig van Beethoven").
func isSmallWord(w string) bool {
	switch w {
	case "a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "of", "on", "or", "the", "to",
		"v.", "via", "vs.", "vs", "da", "das", "dos", "de", "del", "della", "van", "von", "der":
		return true
	}
	return false
}

// isApostropheTail reports whether the lower-case w stays lower case
// after an apostrophe ("GOL's", "We'll").
func isApostropheTail(w string) bool {
	switch w {
	case "s", "ll", "ve", "re", "t", "d", "m", "ing", "ed":
		return true
	}
	return false
}

// isRomanNumeral reports whether w is a Roman numeral kept upper case
// when written upper case ("Title III").
func isRomanNumeral(w string) bool {
	switch w {
	case "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XX":
		return true
	}
	return false
}
