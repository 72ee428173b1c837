package refs

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
)

// Words that keep a REF candidate from being a cable citation.
//
//go:embed data/ref-blacklist.tsv
var blacklistTSV string

// Words that tell the kind of a non-cable REF item.
//
//go:embed data/ref-kinds.tsv
var kindsTSV string

// Country names: a country name with a year is a report.
//
//go:embed data/countries.tsv
var countriesTSV string

type wordTables struct {
	blacklist map[string]string // word -> reason
	kinds     map[string]Kind
	countries map[string]bool // compact country name
}

var wordData = sync.OnceValue(func() *wordTables {
	t := &wordTables{blacklist: map[string]string{}, kinds: map[string]Kind{}, countries: map[string]bool{}}
	for _, f := range tsvRows(countriesTSV, "name") {
		if name := strings.TrimSpace(f[0]); name != "" {
			t.countries[name] = true
		}
	}
	for _, f := range tsvRows(blacklistTSV, "word") {
		if len(f) >= 2 {
			t.blacklist[strings.TrimSpace(f[0])] = strings.TrimSpace(f[1])
		}
	}
	for _, f := range tsvRows(kindsTSV, "word") {
		if len(f) >= 2 {
			t.kinds[strings.TrimSpace(f[0])] = Kind(strings.TrimSpace(f[1]))
		}
	}
	return t
})

// isBlacklisted reports whether the upper-case word w keeps a candidate
// from being a cable citation.
func isBlacklisted(w string) bool {
	_, ok := wordData().blacklist[w]
	return ok
}

// isMonth reports whether the upper-case word w is a month name.
func isMonth(w string) bool {
	return wordData().blacklist[w] == "month"
}

// An intelligence report number of the TD-314 series written without its
// prefix ("314/07696-07" for "TD-314/07696-07").
var tdNumberRE = regexp.MustCompile(`^(?:TD-?)?314/\d{5,6}-\d{2}\b`)

// mayBeTDNumber reports whether text may match tdNumberRE: it starts
// with "TD" or "314".
func mayBeTDNumber(text string) bool {
	return strings.HasPrefix(text, "TD") || strings.HasPrefix(text, "314")
}

// kindRank orders the kinds when an item has words of several.
var kindRank = map[Kind]int{Email: 1, Tel: 2, Book: 3, Report: 4}

// kindOf classifies the text of a non-cable REF item by its words.
func kindOf(text string) Kind {
	if mayBeTDNumber(text) && tdNumberRE.MatchString(text) {
		return Report
	}
	best, rank := Other, 99
	kinds := wordData().kinds
	for i := 0; i < len(text); {
		if !isLetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isLetter(text[j]) {
			j++
		}
		w := text[i:j]
		if len(w) <= 14 {
			var buf [16]byte
			up := buf[:0]
			for k := 0; k < len(w); k++ {
				up = append(up, w[k]&^0x20)
			}
			if k, ok := kinds[string(up)]; ok {
				if r := kindRank[k]; r > 0 && r < rank {
					best, rank = k, r
				}
			}
		}
		i = j
	}
	return best
}

// countryYear reports whether toks[k] starts a country name followed by
// a year ("BRAZIL 2008", "UNITED KINGDOM 2007"): the name of a report
// such as "INCSR BRAZIL 2008", not a cable.
func countryYear(toks []token, k int) bool {
	var buf [64]byte
	for n := min(4, len(toks)-k-1); n >= 1; n-- {
		key, good := wordsKey(buf[:0], toks, k, n)
		if good && wordData().countries[string(key)] && yearLike(toks[k+n]) {
			return true
		}
	}
	return false
}

// reportCountry reports whether the citation whose station words start
// at toks[i] is a country report: the words spell a country and the
// serial is a year, and the country is not itself the spelling of a
// station ("BRAZIL 2008") or a word stands before it ("INCSR PANAMA
// 2008").
func reportCountry(toks []token, i int) bool {
	if !countryYear(toks, i) {
		return false
	}
	var buf [64]byte
	key, _ := wordsKey(buf[:0], toks, i, 1)
	if st, ok := stationData().byName[string(key)]; !ok || st != string(key) {
		return true
	}
	return i > 0 && toks[i-1].kind == tokWord && !citePrefixes[toks[i-1].up]
}
