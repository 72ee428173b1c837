package classification

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type peerCase struct {
	Input     string          `json:"input"`
	Expected  json.RawMessage `json:"expected"`
	Normalize bool            `json:"normalize"`
	Source    string          `json:"source"`
}

func readPeerCases(t *testing.T, name string) []peerCase {
	t.Helper()
	f, err := os.Open("testdata/peer/" + name)
	require.NoError(t, err)
	defer f.Close()
	var out []peerCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c peerCase
		require.NoError(t, json.Unmarshal(sc.Bytes(), &c))
		out = append(out, c)
	}
	require.NoError(t, sc.Err())
	return out
}

// TestPeerClassifiedBy runs the "text" cases of the peer's
// classified_by tests (testdata/peer/README.md). Names are compared as
// written, case-insensitively for the normalize=true cases. The bar is 90%.
func TestPeerClassifiedBy(t *testing.T) {
	cases := readPeerCases(t, "classified_by.jsonl")
	require.NotEmpty(t, cases)
	pass := 0
	for _, c := range cases {
		var want []string
		require.NoError(t, json.Unmarshal(c.Expected, &want))
		res, err := Parse(c.Input)
		require.NoError(t, err)
		var got []string
		if res.ClassifiedBy != nil {
			got = res.ClassifiedBy.Names
		}
		if equalNames(want, got, c.Normalize) {
			pass++
		} else {
			t.Logf("%s: want %q got %q (input %q)", c.Source, want, got, c.Input)
		}
	}
	rate := float64(pass) / float64(len(cases))
	t.Logf("classified_by peer cases: %d/%d (%.1f%%)", pass, len(cases), 100*rate)
	assert.GreaterOrEqual(t, rate, 0.90)
}

func equalNames(want, got []string, fold bool) bool {
	if len(want) != len(got) {
		return false
	}
	for i := range want {
		if want[i] != got[i] && !(fold && strings.EqualFold(want[i], got[i])) {
			return false
		}
	}
	return true
}

// TestPeerNondisclosureDeadline runs the peer's nondisclosure_deadline
// cases: all must pass (date as YYYY-MM-DD, null when there is none).
func TestPeerNondisclosureDeadline(t *testing.T) {
	for _, c := range readPeerCases(t, "nondisclosure_deadline.jsonl") {
		var want *string
		require.NoError(t, json.Unmarshal(c.Expected, &want))
		res, err := Parse(c.Input)
		require.NoError(t, err, c.Source)
		var got *string
		if res.Declassification != nil && !res.Declassification.Date.IsZero() {
			s := res.Declassification.Date.String()
			got = &s
		}
		assert.Equal(t, want, got, c.Source)
	}
}
