package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// noteWords are words of our research notes; none may be printed as a tag
// meaning or a station name.
var noteWords = regexp.MustCompile(`(?i)seen with|seen for|seen in|transcribed|truncated in|fixture|` +
	`per blog|unconfirmed|heuristic|likely wrong|count=|unverified|dms gateway|unofficial|` +
	`older meaning|non-standard|regional code|personal-name tag|low confidence|sample|\(iso |\[|\?`)

// TestNoNotesPrinted runs the command over the test cables and fails on a
// printed tag meaning or station name that looks like one of our notes: a
// station name is in capitals as in cables and never opens with a
// parenthesis; a meaning holds parentheses only where its source writes
// them.
func TestNoNotesPrinted(t *testing.T) {
	sourceParens := map[string]bool{"China (Mainland)": true, "Korea (South)": true, "Korea (North)": true, "Yemen (Sanaa)": true, "Yemen (Aden)": true}
	code, out, stderr := runCLI(t, "", "-j", "2", "../../cable/testdata/cables", samples)
	require.Equal(t, 0, code, stderr)
	meanings, stations := 0, 0
	for _, o := range lines(t, out) {
		walkValues(o, "", func(key, v string) {
			switch key {
			case "meaning":
				meanings++
				assert.Empty(t, noteWords.FindString(v), "meaning %q", v)
				assert.True(t, !strings.ContainsAny(v, "()") || sourceParens[v], "meaning %q", v)
			case "station":
				stations++
				assert.Empty(t, noteWords.FindString(v), "station %q", v)
				assert.False(t, strings.HasPrefix(v, "("), "station %q", v)
				assert.Equal(t, strings.ToUpper(v), v, "station %q", v)
			}
		})
	}
	assert.Greater(t, meanings, 100)
	assert.Greater(t, stations, 100)
}

// walkValues calls f with every string value of v and its key, except
// under classified_by, whose reason meanings quote the executive order.
func walkValues(v any, key string, f func(key, v string)) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if k == "classified_by" {
				continue
			}
			walkValues(e, k, f)
		}
	case []any:
		for _, e := range x {
			walkValues(e, key, f)
		}
	case string:
		f(key, x)
	}
}
