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

type wordTables struct {
	blacklist map[string]string // word -> reason
	kinds     map[string]Kind
}

var wordData = sync.OnceValue(func() *wordTables {
	t := &wordTables{blacklist: map[string]string{}, kinds: map[string]Kind{}}
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
