package paragraph

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAcronymTable: the filter lets every acronym through (it has no
// false negatives), and rules out most other words.
func TestAcronymTable(t *testing.T) {
	tab := acronyms()
	assert.Greater(t, len(tab.spelling), 250)
	for u, sp := range tab.spelling {
		got, ok := tab.lookup(u)
		assert.True(t, ok, u)
		assert.Equal(t, sp, got)
		got, ok = tab.lookupBytes([]byte(u))
		assert.True(t, ok, u)
		assert.Equal(t, sp, got)
	}
	sp, ok := tab.lookup("DOD")
	assert.True(t, ok)
	assert.Equal(t, "DoD", sp)
	passed := 0
	words := []string{"THE", "GOVERNMENT", "MINISTER", "SAID", "THAT", "WOULD", "MEETING", "FOREIGN", "TALKS", "PRESIDENT",
		"ELECTION", "OFFICIALS", "SECURITY", "ECONOMIC", "BUDGET", "TREATY", "REFORM", "CONTACTS", "VISIT", "DEMARCHE"}
	for _, w := range words {
		if _, ok := tab.spelling[w]; ok {
			continue
		}
		if h := acronymHash(w); tab.filter[h/64]&(1<<(h%64)) != 0 {
			passed++
		}
	}
	assert.LessOrEqual(t, passed, 5, "the filter should rule out most plain words")
}

// FuzzAcronymLookup: the filtered lookups answer as the map does.
func FuzzAcronymLookup(f *testing.F) {
	for _, s := range []string{"DOD", "NATO", "THE", "", "ÉTAT", "GOL"} {
		f.Add(s)
	}
	tab := acronyms()
	f.Fuzz(func(t *testing.T, u string) {
		want, wantOK := tab.spelling[u]
		if got, ok := tab.lookup(u); got != want || ok != wantOK {
			t.Fatalf("lookup(%q) = %q %v, want %q %v", u, got, ok, want, wantOK)
		}
		if got, ok := tab.lookupBytes([]byte(u)); got != want || ok != wantOK {
			t.Fatalf("lookupBytes(%q) = %q %v, want %q %v", u, got, ok, want, wantOK)
		}
	})
}
