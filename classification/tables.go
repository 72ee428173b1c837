package classification

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/reasons.tsv
var reasonsTSV string

//go:embed data/titles.txt
var titlesTXT string

// reasonKey identifies a classification category: section and letter.
type reasonKey struct{ section, letter string }

// reasonMeanings maps (section, letter) to the category's wording.
var reasonMeanings = sync.OnceValue(func() map[reasonKey]string {
	m := make(map[reasonKey]string)
	for line := range strings.SplitSeq(reasonsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) == 3 {
			m[reasonKey{f[0], f[1]}] = f[2]
		}
	}
	return m
})

// titleWords is the set of lower-case title, office and connector words.
var titleWords = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool)
	for line := range strings.SplitSeq(titlesTXT, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		m[line] = true
	}
	return m
})

// ReasonMeaning returns the wording of classification category letter
// ("a"-"h") of section ("1.4" or "1.5"), or "" if there is none.
func ReasonMeaning(section, letter string) string {
	return reasonMeanings()[reasonKey{section, strings.ToLower(letter)}]
}
