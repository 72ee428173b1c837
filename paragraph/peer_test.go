package paragraph

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// peerCase is one case of the peer's test suite (testdata/peer/*.jsonl,
// copied from shared/peer-cases: heuer/cablemap tests as data).
type peerCase struct {
	Input    string          `json:"input"`
	Expected json.RawMessage `json:"expected"`
	Params   map[string]any  `json:"params"`
	Source   string          `json:"source"`
}

func loadPeer(t *testing.T, name string) []peerCase {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "peer", name+".jsonl"))
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
	require.NotEmpty(t, out)
	return out
}

// peerPortionRE is the scorer's leading-marking rule for params.clean=false.
var peerPortionRE = regexp.MustCompile(`(?i)^\(\s*(?:TS|S|C|U|SBU|LOU|FOUO)(?:\s*/{1,2}\s*(?:NF|NOFORN|SBU|FOUO|REL[A-Z ,]*|OC|ORCON))*\s*\)\s*`)

// TestPeerSubject runs the peer's subject cases as the CLI scores them: the
// cable's subject is Body.SubjectText (the subject without its marking).
func TestPeerSubject(t *testing.T) {
	cases := loadPeer(t, "subject")
	pass := 0
	for _, c := range cases {
		var want string
		require.NoError(t, json.Unmarshal(c.Expected, &want))
		b, err := Parse(c.Input)
		require.NoError(t, err)
		got := b.SubjectText()
		if c.Params["clean"] == false {
			want = peerPortionRE.ReplaceAllString(strings.TrimSpace(want), "")
			got = peerPortionRE.ReplaceAllString(strings.TrimSpace(got), "")
		}
		if assert.Equal(t, want, got, c.Source) {
			pass++
		}
	}
	t.Logf("subject: %d/%d", pass, len(cases))
}

func TestPeerSummary(t *testing.T) {
	cases := loadPeer(t, "summary")
	pass := 0
	for _, c := range cases {
		var want string
		require.NoError(t, json.Unmarshal(c.Expected, &want))
		b, err := Parse(c.Input)
		require.NoError(t, err)
		if assert.Equal(t, want, b.Summary, c.Source) {
			pass++
		}
	}
	t.Logf("summary: %d/%d", pass, len(cases))
}

func TestPeerSigners(t *testing.T) {
	cases := loadPeer(t, "signers")
	pass := 0
	for _, c := range cases {
		var want []string
		require.NoError(t, json.Unmarshal(c.Expected, &want))
		b, err := Parse(c.Input)
		require.NoError(t, err)
		got := b.Signers
		if len(want) == 0 {
			want = nil
		}
		if assert.Equal(t, want, got, c.Source) {
			pass++
		}
		assert.Equal(t, got, ParseSigners(c.Input), c.Source)
	}
	t.Logf("signers: %d/%d", pass, len(cases))
}

func TestPeerTitlefy(t *testing.T) {
	for _, c := range loadPeer(t, "titlefy") {
		var want string
		require.NoError(t, json.Unmarshal(c.Expected, &want))
		assert.Equal(t, want, Title(c.Input), c.Source)
	}
}
