package refs

import (
	_ "embed"
	"math/bits"
	"strings"
	"sync"
)

// Station table shared by cable ids and REF citations, so that a citation
// always yields the id the cited cable carries itself.
//
//go:embed data/stations.tsv
var stationsTSV string

// Malformed WikiLeaks ids that the general repair rules cannot fix.
//
//go:embed data/id-malformed.tsv
var idMalformedTSV string

// stationTable is the parsed, immutable station table.
type stationTable struct {
	byName    map[string]string   // spelling (letters only, upper case) -> canonical station
	byLen     [][]stationSpelling // spellings by length, for fuzzy matching
	malformed map[string]string   // published malformed id -> canonical id text
	maxWords  int
}

var stationData = sync.OnceValue(func() *stationTable {
	t := &stationTable{byName: map[string]string{}, malformed: map[string]string{}, maxWords: 4}
	for _, f := range tsvRows(stationsTSV, "name") {
		if len(f) < 2 {
			continue
		}
		name, canon := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
		if name == "" || canon == "" {
			continue
		}
		t.byName[name] = canon
		for len(t.byLen) <= len(name) {
			t.byLen = append(t.byLen, nil)
		}
		t.byLen[len(name)] = append(t.byLen[len(name)], stationSpelling{name: name, letters: letterSet(name)})
	}
	for _, f := range tsvRows(idMalformedTSV, "published") {
		if len(f) >= 2 {
			t.malformed[strings.TrimSpace(f[0])] = strings.TrimSpace(f[1])
		}
	}
	return t
})

// stationSpelling is a station spelling with the set of its letters.
type stationSpelling struct {
	name    string
	letters uint32 // bit i set when the letter 'A'+i occurs
}

// letterSet returns the set of the upper-case letters of s.
func letterSet(s string) uint32 {
	var m uint32
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			m |= 1 << (c - 'A')
		}
	}
	return m
}

// tsvRows splits a TSV data file into fields, skipping comments, blank
// lines and the header line whose first field is header.
func tsvRows(data, header string) [][]string {
	var out [][]string
	for _, l := range strings.Split(data, "\n") {
		l = strings.TrimRight(l, "\r")
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if f[0] == header {
			continue
		}
		out = append(out, f)
	}
	return out
}

// CanonicalStation returns the canonical station for a spelling met in a
// cable id or a REF line ("RIO DE JAN", "SECSTATE", "Sao Paulo",
// "PORT-OF-SPAIN"): letters only, upper case, looked up in the station table
// (exact spelling or alias, then a one-letter typo of a known name). ok is
// false when the spelling is not a known station; the compact spelling is
// returned then.
func CanonicalStation(name string) (station string, ok bool) {
	c := compactLetters(name)
	if c == "" {
		return "", false
	}
	if s, ok := lookupStation(c, true); ok {
		return s, true
	}
	return c, false
}

// KnownStation reports whether station is a canonical station of the table
// (as it appears in a cable id, e.g. "BEIJING", "USUNNEWYORK").
func KnownStation(station string) bool {
	s, ok := stationData().byName[station]
	return ok && s == station
}

// knownSpelling reports whether the letters w spell a station of the
// table, exactly or as an alias ("HK", "Lima").
func knownSpelling(w string) bool {
	_, ok := stationData().byName[compactLetters(w)]
	return ok
}

// lookupStation maps a compact spelling to its canonical station: exact
// spelling or alias first, then (if fuzzy) a unique near miss.
func lookupStation(c string, fuzzy bool) (string, bool) {
	t := stationData()
	if s, ok := t.byName[c]; ok {
		return s, true
	}
	if fuzzy {
		return fuzzyStation(c)
	}
	return "", false
}

// fuzzyStation returns the canonical station whose spelling is within one
// edit (two for names of nine letters or more) of c, if exactly one
// canonical station is that close. Names shorter than four letters and
// words of the reference blacklist are never matched.
func fuzzyStation(c string) (string, bool) {
	if len(c) < 4 || len(c) > 40 || isBlacklisted(c) {
		return "", false
	}
	maxd := 1
	if len(c) >= 9 {
		maxd = 2
	}
	t := stationData()
	set := letterSet(c)
	best, bestd, unique := "", maxd+1, false
	for l := max(4, len(c)-maxd); l <= len(c)+maxd && l < len(t.byLen); l++ {
		for _, sp := range t.byLen[l] {
			// each edit changes the letter set by at most two letters
			if bits.OnesCount32(set^sp.letters) > 2*maxd {
				continue
			}
			n := sp.name
			d := osaDistance(c, n, maxd)
			if d > maxd {
				continue
			}
			canon := t.byName[n]
			switch {
			case d < bestd:
				best, bestd, unique = canon, d, true
			case d == bestd && canon != best:
				unique = false
			}
		}
	}
	if !unique || best == "" {
		return "", false
	}
	return best, true
}

// osaDistance is the optimal-string-alignment edit distance of a and b
// (insertions, deletions, substitutions, adjacent transpositions) for ASCII
// upper-case strings; it returns max+1 as soon as the distance exceeds max.
func osaDistance(a, b string, max int) int {
	la, lb := len(a), len(b)
	if abs(la-lb) > max {
		return max + 1
	}
	// three rows: i-2, i-1, i
	var buf [3][64]int
	if lb >= 63 {
		return max + 1
	}
	p2, p1, cur := buf[0][:lb+1], buf[1][:lb+1], buf[2][:lb+1]
	for j := 0; j <= lb; j++ {
		p1[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(p1[j]+1, cur[j-1]+1, p1[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, p2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		p2, p1, cur = p1, cur, p2
	}
	return p1[lb]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// compactLetters upper-cases s and keeps only its ASCII letters
// ("Rio de Jan" -> "RIODEJAN", "N'DJAMENA" -> "NDJAMENA"). A digit 0
// between letters is read as the letter O ("0TTAWA", "SANTIAG0").
func compactLetters(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 'A' || c > 'Z' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c)
		case c >= 'a' && c <= 'z':
			b.WriteByte(c - 'a' + 'A')
		case c == '0' && hasLetterAround(s, i):
			b.WriteByte('O')
		}
	}
	return b.String()
}

// hasLetterAround reports whether s[i] touches an ASCII letter.
func hasLetterAround(s string, i int) bool {
	return (i > 0 && isLetter(s[i-1])) || (i+1 < len(s) && isLetter(s[i+1]))
}

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
