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
var refBlacklistTSV string

// Words that tell the kind of a non-cable REF item.
//
//go:embed data/ref-kinds.tsv
var refKindsTSV string

type refWordTables struct {
	blacklist map[string]string // word -> reason
	kinds     map[string]RefKind
}

var refWords = sync.OnceValue(func() *refWordTables {
	t := &refWordTables{blacklist: map[string]string{}, kinds: map[string]RefKind{}}
	for _, f := range stTSVRows(refBlacklistTSV, "word") {
		if len(f) >= 2 {
			t.blacklist[strings.TrimSpace(f[0])] = strings.TrimSpace(f[1])
		}
	}
	for _, f := range stTSVRows(refKindsTSV, "word") {
		if len(f) >= 2 {
			t.kinds[strings.TrimSpace(f[0])] = RefKind(strings.TrimSpace(f[1]))
		}
	}
	return t
})

// refBlacklisted reports whether the upper-case word w keeps a candidate
// from being a cable citation.
func refBlacklisted(w string) bool {
	_, ok := refWords().blacklist[w]
	return ok
}

// refMonth reports whether the upper-case word w is a month name.
func refMonth(w string) bool {
	return refWords().blacklist[w] == "month"
}

// An intelligence report number of the TD-314 series written without its
// prefix ("314/07696-07"; cable-format.md §4 cites "TD-314/65216-07").
var rfTDNumberRE = regexp.MustCompile(`^(?:TD-?)?314/\d{5,6}-\d{2}\b`)

// rfMayBeTDNumber reports whether text may match rfTDNumberRE: it starts
// with "TD" or "314".
func rfMayBeTDNumber(text string) bool {
	return strings.HasPrefix(text, "TD") || strings.HasPrefix(text, "314")
}

// refKindRank orders the kinds when an item has words of several.
var refKindRank = map[RefKind]int{RefEmail: 1, RefTel: 2, RefBook: 3, RefReport: 4}

// refKindOf classifies the text of a non-cable REF item by its words.
func refKindOf(text string) RefKind {
	if rfMayBeTDNumber(text) && rfTDNumberRE.MatchString(text) {
		return RefReport
	}
	best, rank := RefOther, 99
	kinds := refWords().kinds
	for i := 0; i < len(text); {
		if !idIsLetter(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && idIsLetter(text[j]) {
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
				if r := refKindRank[k]; r > 0 && r < rank {
					best, rank = k, r
				}
			}
		}
		i = j
	}
	return best
}
