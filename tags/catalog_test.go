package tags

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// noteRE matches the words of our research notes, which must never reach a
// user as a meaning or a source.
var noteRE = regexp.MustCompile(`(?i)seen with|seen for|seen in|transcribed|truncated in|` +
	`shared fixture|fixture|per blog|unconfirmed|heuristic|likely wrong|count=|unverified|` +
	`dms gateway|unofficial|older meaning|non-standard|loose use|regional code|usage\)|` +
	`personal-name tag|low confidence|sample|cable-format|cablemeta|guess|\?|\[|\]|\.\.\.`)

// sourceParens are the meanings whose parentheses are part of the label
// as the source writes it (PlusD labels, the 1995 FIPS names); any other
// parenthesis in a meaning is a remark of ours.
var sourceParens = map[string]bool{
	"China (Mainland)": true, "Korea (South)": true, "Korea (North)": true,
	"Yemen (Sanaa)": true, "Yemen (Aden)": true,
}

// noteLike returns why a meaning or source looks like a note of ours, ""
// when it does not.
func noteLike(s string, isMeaning bool) string {
	if m := noteRE.FindString(s); m != "" {
		return m
	}
	if isMeaning && strings.ContainsAny(s, "()") && !sourceParens[s] {
		return "parenthesised remark"
	}
	if !isMeaning && strings.ContainsAny(s, "()") {
		return "parenthesised remark"
	}
	return ""
}

// TestNoNotesReturned asks Lookup and KindOf about every code of every
// data file and fails on a returned meaning or source that looks like one
// of our notes.
func TestNoNotesReturned(t *testing.T) {
	n := 0
	for _, src := range []string{tagsTSV, extraTSV} {
		for _, f := range tsvRows(src, "code") {
			e, ok := Lookup(f[0])
			require.True(t, ok, f[0])
			assert.Empty(t, noteLike(e.Meaning, true), "%s meaning %q", f[0], e.Meaning)
			assert.Empty(t, noteLike(e.Source, false), "%s source %q", f[0], e.Source)
			assert.Empty(t, noteLike(e.Code, true), "%s code", f[0])
			assert.NotEmpty(t, e.Source, f[0])
			assert.Equal(t, e.Kind, KindOf(f[0]), f[0])
			n++
		}
	}
	assert.Greater(t, n, 1000)
}

// TestNoteLike checks the detector on notes the tables once returned as
// meanings, and on meanings that have to pass.
func TestNoteLike(t *testing.T) {
	for _, s := range []string{
		"Ener[gy...] (entry truncated in the transcribed excerpt)",
		"regional code; seen with KZ AF RS (Astana) and in 07BEIJING6403 (shared fixture)",
		"International Information Programs (per blog; unofficial)",
		"non-standard; seen for Venezuela (standard VE)", "Switzerland (ISO CH)",
		"Administration--Post Administration (1975 usage)", "Burma (older meaning; modern FIPS: Myanmar)",
	} {
		assert.NotEmpty(t, noteLike(s, true), s)
	}
	for _, s := range []string{"China (Mainland)", "Political Affairs--Government; Internal Governmental Affairs", "USSR", ""} {
		assert.Empty(t, noteLike(s, true), s)
	}
}

// TestDataFiles checks the shape of the data files: six columns, a known
// source key on every row, the rank of every key a number.
func TestDataFiles(t *testing.T) {
	sources := loadSources()
	for _, f := range tsvRows(sourcesTSV, "key") {
		require.Len(t, f, 3, f[0])
		assert.Less(t, sources[f[0]].rank, unknownRank, f[0])
	}
	for name, src := range map[string]string{"tags.tsv": tagsTSV, "extra.tsv": extraTSV} {
		for _, f := range tsvRows(src, "code") {
			require.Len(t, f, 6, "%s %s", name, f[0])
			_, ok := sources[f[3]]
			assert.True(t, ok, "%s %s: source key %q", name, f[0], f[3])
			_, ok = parseKind(f[1])
			assert.True(t, ok, "%s %s: kind %q", name, f[0], f[1])
		}
	}
}

// TestPickEntry checks the rule for a code with several rows on invented
// rows: the kind of the best-ranked row, the meaning of the best-ranked row
// of that kind that has one.
func TestPickEntry(t *testing.T) {
	tests := []struct {
		name string
		rows []catalogRow
		want Entry
	}{
		{"official beats label and list", []catalogRow{
			{kind: KindSubject, source: "list", rank: 6},
			{kind: KindSubject, meaning: "Label", source: "label", rank: 1},
			{kind: KindSubject, meaning: "Official", source: "official", rank: 0},
		}, Entry{Code: "QQQQ", Kind: KindSubject, Meaning: "Official", Source: "official"}},
		{"meaning from a lower row of the same kind", []catalogRow{
			{kind: KindGeographic, source: "observed", rank: 5},
			{kind: KindGeographic, meaning: "Old Land", source: "old", rank: 14},
		}, Entry{Code: "QQQQ", Kind: KindGeographic, Meaning: "Old Land", Source: "old"}},
		{"no meaning from another kind", []catalogRow{
			{kind: KindGeographic, meaning: "Old Island", source: "old", rank: 14},
			{kind: KindOrganization, source: "usage", rank: 3},
		}, Entry{Code: "QQQQ", Kind: KindOrganization, Source: "usage"}},
		{"tie: first row", []catalogRow{
			{kind: KindSubject, meaning: "First", source: "a", rank: 2},
			{kind: KindSubject, meaning: "Second", source: "b", rank: 2},
		}, Entry{Code: "QQQQ", Kind: KindSubject, Meaning: "First", Source: "a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pickEntry("QQQQ", tt.rows))
		})
	}
}

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"ENERG", "ENRG", true}, {"ENRG", "ENERG", true}, {"PGVO", "PGOV", true},
		{"PGOX", "PGOV", true}, {"PGOV", "PGOV", false}, {"PGOVXX", "PGOV", false},
		{"ABCD", "WXYZ", false}, {"", "A", true}, {"AB", "BA", true}, {"ABC", "BCA", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, oneEdit(tt.a, tt.b), "%s %s", tt.a, tt.b)
	}
}

// TestUnknownCode: a single-word tag that is no known code and has no
// code's shape is kept with kind unknown and a warning, naming a code one
// edit away; known codes, code-shaped codes and multi-word tags get none.
func TestUnknownCode(t *testing.T) {
	tests := []struct {
		value string
		warn  string // "" for none
	}{
		{"PREL, ENERG, XX", `"ENERG" is no known TAGS code (ENRG is one edit away)`},
		{"PREL, ZQXWV", `"ZQXWV" is no known TAGS code`},
		{"PREL, PGOV, KZZZ, QQ", ""},
		{"PREL, ZEMBLAN FISHERIES REFORM", ""},
	}
	for _, tt := range tests {
		t.Run(tt.value, func(t *testing.T) {
			_, warns, _ := parseValue([]string{tt.value}, 1)
			var msgs []string
			for _, w := range warns {
				if w.Kind == WarnUnknownCode {
					msgs = append(msgs, w.Message)
				}
			}
			if tt.warn == "" {
				assert.Empty(t, msgs)
				return
			}
			assert.Equal(t, []string{tt.warn}, msgs)
		})
	}
}
