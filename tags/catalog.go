package tags

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// The catalog is made of data files (see data/README.md): tags.tsv, the
// codes of the reference table, and extra.tsv, codes seen in cables that it
// lacks; each row names its source by a key of sources.tsv, which gives the
// key's rank and citation. The note column of the rows is ours and is never
// returned.
var (
	//go:embed data/tags.tsv
	tagsTSV string
	//go:embed data/extra.tsv
	extraTSV string
	//go:embed data/sources.tsv
	sourcesTSV string
)

// Entry is what the embedded catalog knows about one TAGS code.
type Entry struct {
	// Code is the canonical code ("PGOV", "CH", "CLINTON, HILLARY").
	Code string `json:"code"`
	// Kind is the category of the code.
	Kind Kind `json:"kind"`
	// Meaning is the meaning a public source gives, empty when none does.
	Meaning string `json:"meaning,omitempty"`
	// Source cites the public document the meaning (or, without a meaning,
	// the kind) comes from.
	Source string `json:"source,omitempty"`
}

// catalogRow is one row of a TSV file.
type catalogRow struct {
	kind    Kind
	meaning string
	source  string // citation
	rank    int
}

// tagSource is one row of sources.tsv.
type tagSource struct {
	rank     int
	citation string
}

// unknownRank ranks a row whose source key is not in sources.tsv (the
// tests keep every key listed) below every listed source.
const unknownRank = 9

// withdrawnPenalty is added to the rank of a withdrawn geographic code
// (kind geographic_historical): Europa Island for EU, the Federal Republic
// of Germany for GE only matter when nothing else is known of the code.
const withdrawnPenalty = 10

// tsvRows returns the rows of a TSV data file split on tabs, without its
// comment lines and header row (the row whose first cell is header).
func tsvRows(src, header string) [][]string {
	var out [][]string
	for line := range strings.Lines(src) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if f[0] == header {
			continue
		}
		out = append(out, f)
	}
	return out
}

// loadSources reads sources.tsv: key -> rank and citation.
func loadSources() map[string]tagSource {
	m := map[string]tagSource{}
	for _, f := range tsvRows(sourcesTSV, "key") {
		if len(f) < 3 {
			continue
		}
		r, err := strconv.Atoi(f[1])
		if err != nil {
			r = unknownRank
		}
		m[f[0]] = tagSource{rank: r, citation: f[2]}
	}
	return m
}

type catalog struct {
	entries map[string]Entry
	// phrases holds the multi-word codes ("EL AL", "GENERAL MOTORS").
	phrases map[string]struct{}
}

var loadCatalog = sync.OnceValue(func() *catalog {
	sources := loadSources()
	rows := map[string][]catalogRow{}
	var order []string
	for _, src := range []string{tagsTSV, extraTSV} {
		// Columns: code, kind, meaning, source key, note, observed_in_sample.
		for _, f := range tsvRows(src, "code") {
			if len(f) < 4 {
				continue
			}
			code := normalizeCode(f[0])
			k, _ := parseKind(f[1])
			s, ok := sources[f[3]]
			if !ok {
				s.rank = unknownRank
			}
			if f[1] == "geographic_historical" {
				s.rank += withdrawnPenalty
			}
			if _, seen := rows[code]; !seen {
				order = append(order, code)
			}
			rows[code] = append(rows[code], catalogRow{kind: k, meaning: f[2], source: s.citation, rank: s.rank})
		}
	}
	c := &catalog{entries: make(map[string]Entry, len(order)), phrases: map[string]struct{}{}}
	for _, code := range order {
		c.entries[code] = pickEntry(code, rows[code])
	}
	for code := range c.entries {
		if strings.IndexByte(code, ' ') > 0 && strings.IndexByte(code, ',') < 0 {
			c.phrases[code] = struct{}{}
		}
	}
	return c
})

// pickEntry merges the rows of one code. Rule: the kind comes from the
// best-ranked row (lowest rank; the first in file order on a tie); the
// meaning, and the source cited with it, from the best-ranked row of that
// same kind that has a meaning. So EU, an organization by the curation
// row, does not take the meaning of the withdrawn geographic code EU
// (Europa Island), while TC, a geographic code, keeps the withdrawn
// meaning when no current row gives one.
func pickEntry(code string, rows []catalogRow) Entry {
	best := 0
	for i, r := range rows {
		if r.rank < rows[best].rank {
			best = i
		}
	}
	bestMeaning := -1
	for i, r := range rows {
		if r.meaning != "" && r.kind == rows[best].kind && (bestMeaning < 0 || r.rank < rows[bestMeaning].rank) {
			bestMeaning = i
		}
	}
	e := Entry{Code: code, Kind: rows[best].kind, Source: rows[best].source}
	if bestMeaning >= 0 {
		e.Meaning = rows[bestMeaning].meaning
		e.Source = rows[bestMeaning].source
	}
	return e
}

// near returns the smallest code of the catalog, of one word and at least
// four letters, that is one edit (a letter inserted, dropped, changed, or
// two letters swapped) away from w; "" when there is none or w is shorter
// than four letters (short words are one edit away from too many codes).
func (c *catalog) near(w string) string {
	if len(w) < 4 {
		return ""
	}
	best := ""
	for code := range c.entries {
		if (best == "" || code < best) && len(code) >= 4 && strings.IndexByte(code, ' ') < 0 && oneEdit(w, code) {
			best = code
		}
	}
	return best
}

// oneEdit reports whether a and b differ by exactly one edit: a byte
// inserted or dropped, changed, or two adjacent bytes swapped.
func oneEdit(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) > len(b) {
		return a[i+1:] == b[i:]
	}
	if a[i+1:] == b[i+1:] {
		return true
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// normalizeCode upper-cases a code and collapses its white space.
func normalizeCode(s string) string {
	s = strings.TrimSpace(s)
	if needsUpper(s) {
		s = strings.ToUpper(s)
	}
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\t\n\r") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// needsUpper reports whether s has a byte that ToUpper could change.
func needsUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c >= 'a' && c <= 'z') || c >= 0x80 {
			return true
		}
	}
	return false
}

// Lookup returns what the embedded catalog knows about a TAGS code. The code
// is matched case-insensitively; personal-name tags are matched in their
// "SURNAME, GIVEN" form.
func Lookup(code string) (Entry, bool) {
	e, ok := loadCatalog().entries[normalizeCode(code)]
	return e, ok
}

// KindOf returns the kind of a TAGS code: the catalog's kind when the code
// is known, otherwise a guess from its shape: a comma means a person, two
// letters a country or region, four letters starting with K a program,
// four letters starting with a subject-category letter a subject.
func KindOf(code string) Kind {
	code = normalizeCode(code)
	if e, ok := loadCatalog().entries[code]; ok {
		return e.Kind
	}
	return guessKind(code)
}

// subjectCategories are the first letters of subject TAGS: the FAH-3
// categories A B C E L M O P and the S and T codes seen in cables (SOCI,
// SNAR, TBIO, TSPA).
const subjectCategories = "ABCELMOPST"

func guessKind(code string) Kind {
	switch {
	case strings.IndexByte(code, ',') >= 0:
		return KindPerson
	case len(code) == 2 && isUpperWord(code):
		return KindGeographic
	case len(code) == 4 && isUpperWord(code) && code[0] == 'K':
		return KindProgram
	case len(code) == 4 && isUpperWord(code) && strings.IndexByte(subjectCategories, code[0]) >= 0:
		return KindSubject
	}
	return KindUnknown
}

// isUpperWord reports whether s is made of ASCII capital letters only.
func isUpperWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
