package tags

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/fixes.tsv
var fixesTSV string

// fixKind is the kind of a row of data/fixes.tsv.
type fixKind uint8

const (
	fixTypo fixKind = iota + 1
	fixSplit
	fixPhrase
	fixPerson
	fixDrop
)

// fix is one correction of data/fixes.tsv.
type fix struct {
	to   []string
	kind fixKind
}

type fixTable struct {
	// single holds corrections of one word ("POGOV", "PHUMBA").
	single map[string]fix
	// multi holds corrections of word sequences, keyed by the words joined
	// with one space ("HUMAN RIGHTS", "CLINTON HILLARY").
	multi map[string]fix
	// firstWords holds the first word of every key of multi and of every
	// multi-word catalog code, to skip most tokens cheaply.
	firstWords map[string]struct{}
	// maxWords is the longest word sequence in multi (and in the catalog's
	// multi-word codes).
	maxWords int
}

var loadFixes = sync.OnceValue(func() *fixTable {
	t := &fixTable{single: map[string]fix{}, multi: map[string]fix{}, firstWords: map[string]struct{}{}, maxWords: 1}
	for _, line := range strings.Split(fixesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || f[0] == "from" {
			continue
		}
		var k fixKind
		switch f[2] {
		case "typo":
			k = fixTypo
		case "split":
			k = fixSplit
		case "phrase":
			k = fixPhrase
		case "person":
			k = fixPerson
		case "drop":
			k = fixDrop
		default:
			continue
		}
		var to []string
		if f[1] != "" {
			to = strings.Split(f[1], "|")
		}
		key := normalizeCode(strings.ReplaceAll(f[0], ",", " "))
		fx := fix{to: to, kind: k}
		if n := strings.Count(key, " ") + 1; n > 1 {
			t.multi[key] = fx
			t.maxWords = max(t.maxWords, n)
			w, _, _ := strings.Cut(key, " ")
			t.firstWords[w] = struct{}{}
		} else {
			t.single[key] = fx
		}
	}
	for p := range loadCatalog().phrases {
		t.maxWords = max(t.maxWords, strings.Count(p, " ")+1)
		w, _, _ := strings.Cut(p, " ")
		t.firstWords[w] = struct{}{}
	}
	return t
})
