package tags

import (
	_ "embed"
	"strings"
	"sync"
)

// tags.tsv is a verbatim copy of the shared reference table (see
// data/README.md for its sources and licences); extra.tsv adds codes observed
// in the dev corpus and a few curated rows.
var (
	//go:embed data/tags.tsv
	tagsTSV string
	//go:embed data/extra.tsv
	extraTSV string
)

// Entry is what the embedded catalog knows about one TAGS code.
type Entry struct {
	// Code is the canonical code ("PGOV", "CH", "CLINTON, HILLARY").
	Code string `json:"code"`
	// Kind is the category of the code.
	Kind Kind `json:"kind"`
	// Meaning is the best-sourced meaning, empty when no source gives one.
	Meaning string `json:"meaning,omitempty"`
	// Source names the public document the meaning (or, without a meaning,
	// the kind) comes from.
	Source string `json:"source,omitempty"`
}

// catalogRow is one row of a TSV file.
type catalogRow struct {
	kind    Kind
	tsvKind string
	meaning string
	source  string
	rank    int
}

// sourceRank orders the sources of tags.tsv by confidence (lower is better):
// official FAH-3 > PlusD label > FIPS/GeoNames > observed > code-only lists >
// unofficial (README.md of the reference data).
func sourceRank(source, tsvKind string) int {
	r := 7
	switch {
	case strings.HasPrefix(source, "5 FAH-3"):
		r = 0
	case strings.HasPrefix(source, "WikiLeaks PlusD"):
		r = 1
	case strings.HasPrefix(source, "FIPS 10-4"):
		r = 2
	case strings.HasPrefix(source, "cablemeta curation"):
		r = 3
	case strings.HasPrefix(source, "older FIPS"):
		r = 4
	case strings.HasPrefix(source, "observed"), strings.HasPrefix(source, "cablemeta"):
		r = 5
	case strings.HasPrefix(source, "heuer/cablemap"):
		r = 6
	}
	if tsvKind == "geographic_historical" {
		// Withdrawn codes (Europa Island for EU) only matter when nothing
		// else is known about the code.
		r += 10
	}
	return r
}

type catalog struct {
	entries map[string]Entry
	// phrases holds the multi-word codes ("EL AL", "GENERAL MOTORS").
	phrases map[string]struct{}
}

var loadCatalog = sync.OnceValue(func() *catalog {
	rows := map[string][]catalogRow{}
	var order []string
	for _, src := range []string{tagsTSV, extraTSV} {
		for i, line := range strings.Split(src, "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) < 4 || (i <= 1 && f[0] == "code") {
				continue
			}
			code := normalizeCode(f[0])
			k, _ := parseKind(f[1])
			if k == KindPerson {
				// The personal rows describe the form of the tag, not the person.
				f[2] = ""
			}
			if _, seen := rows[code]; !seen {
				order = append(order, code)
			}
			rows[code] = append(rows[code], catalogRow{kind: k, tsvKind: f[1], meaning: f[2], source: f[3], rank: sourceRank(f[3], f[1])})
		}
	}
	c := &catalog{entries: make(map[string]Entry, len(order)), phrases: map[string]struct{}{}}
	for _, code := range order {
		c.entries[code] = pickEntry(code, rows[code])
		if strings.IndexByte(code, ' ') > 0 && strings.IndexByte(code, ',') < 0 {
			c.phrases[code] = struct{}{}
		}
	}
	return c
})

// pickEntry merges the rows of one code: the kind of the best-ranked row, the
// meaning (and its source) of the best-ranked row that has one.
func pickEntry(code string, rows []catalogRow) Entry {
	best, bestMeaning := -1, -1
	for i, r := range rows {
		if best < 0 || r.rank < rows[best].rank {
			best = i
		}
		if r.meaning != "" && (bestMeaning < 0 || r.rank < rows[bestMeaning].rank) {
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
// is known, otherwise a guess from its shape (cable-format.md §6.2): a
// comma means a person, two letters a country or region, four letters
// starting with K a program, four letters starting with a subject-category
// letter a subject.
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
