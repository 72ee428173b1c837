package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// builtCLI returns a function that runs the command built by TestMain
// with stdin and args: exit code, stdout, stderr.
func builtCLI(t *testing.T) func(stdin string, args ...string) (int, string, string) {
	return func(stdin string, args ...string) (int, string, string) {
		return cli(t, "", []byte(stdin), args...)
	}
}

// inventedCable is a synthetic cable: invented post, names and numbers;
// captions give the caveats, the subject holds & < >, the INFO addressee
// has no routing indicator, precedence or serial, the invented tag KZXQ
// has no meaning.
func inventedCable(serial int, captions ...string) string {
	return fmt.Sprintf(`VZCZCXRO%04[1]d
PP RUEHC
DE RUEHNP #%04[1]d/01 0640915
ZNR UUUUU ZZH
P 040915Z MAR 08
FM AMEMBASSY NORTHPORT
TO RUEHC/SECSTATE WASHDC PRIORITY 2250
INFO AMEMBASSY EASTLAKE

UNCLAS E F T O NORTHPORT %06[1]d

%[2]s

E.O. 12958: N/A
TAGS: PGOV KZXQ PREL
SUBJECT: R&D <PORT> FUND

1. SUMMARY: The council funds the port. END SUMMARY.

2. The vote is in May.

HARLOW
`, serial, strings.Join(captions, "\n\n"))
}

func TestBuiltOutputReadable(t *testing.T) {
	cm := builtCLI(t)

	t.Run("json", func(t *testing.T) {
		code, out, stderr := cm(inventedCable(412, "SENSITIVE"))
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, out, `"subject":"R&D <PORT> FUND"`, "no HTML escaping")
		assert.NotContains(t, out, `""`, "absent members are omitted, never empty strings")
		assert.Contains(t, out, `"info":[{"name":"AMEMBASSY EASTLAKE","line":8}]`)
	})

	t.Run("created_time", func(t *testing.T) {
		code, out, stderr := cm("", "-fields", "published.created,published.created_time", samples+"/04BOGOTA11339.html")
		require.Equal(t, 0, code, stderr)
		m := lines(t, out)[0]
		pub := m["published"].(map[string]any)
		assert.Regexp(t, `^\d{4}-\d\d-\d\d \d\d:\d\d$`, pub["created"])
		assert.Equal(t, strings.Replace(pub["created"].(string), " ", "T", 1)+":00Z", pub["created_time"])
	})

	t.Run("meta", func(t *testing.T) {
		code, out, stderr := cm(inventedCable(412), "-meta")
		require.Equal(t, 0, code, stderr)
		m := lines(t, out)[0]
		assert.NotContains(t, m, "summary")
		assert.Contains(t, m, "subject")
		for _, p := range m["paragraphs"].([]any) {
			assert.NotContains(t, p, "text")
			assert.Contains(t, p, "number")
		}
	})

	t.Run("dotted fields in jsonl and csv", func(t *testing.T) {
		code, out, stderr := cm(inventedCable(412), "-fields", "classification.level,tags.code")
		require.Equal(t, 0, code, stderr)
		assert.Equal(t, `{"source":{"path":"-","format":"text","line":1},"classification":{"level":"UNCLASSIFIED"},"tags":[{"code":"PGOV"},{"code":"KZXQ"},{"code":"PREL"}]}`+"\n", out)

		code, out, stderr = cm(inventedCable(412, "SENSITIVE"), "-format", "csv", "-fields", "reference_id,classification.level,classification.caveats,tags.meaning")
		require.Equal(t, 0, code, stderr)
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		require.NoError(t, err)
		require.Len(t, recs, 2)
		assert.Equal(t, []string{"source.path", "source.format", "source.row", "reference_id", "classification.level", "classification.caveats", "tags.meaning"}, recs[0])
		// PGOV's meaning holds a ";": escaped, so that the cell splits
		// into exactly three meanings at the unescaped ";", KZXQ's empty:
		// the n-th meaning is the n-th tag's.
		assert.Equal(t, []string{"-", "text", "", "08NORTHPORT412", "UNCLASSIFIED", "EFTO;SENSITIVE",
			`Political Affairs--Government\; Internal Governmental Affairs;;Political Affairs--External Political Relations`}, recs[1])

		code, out, stderr = cm(inventedCable(412), "-fields", "tags.meaning")
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, out, `"tags":[{"meaning":"Political Affairs--Government; Internal Governmental Affairs"},{},{"meaning":`)
	})

	t.Run("unknown field", func(t *testing.T) {
		for _, f := range []string{"bogus", "classification.levle", "bogus.x"} {
			code, out, stderr := cm(inventedCable(412), "-fields", "reference_id,"+f)
			assert.Equal(t, 2, code, f)
			assert.Empty(t, out)
			assert.Contains(t, stderr, fmt.Sprintf("unknown field %q; known: ", f))
		}
		_, _, stderr := cm("", "-format", "csv", "-fields", "classification.levle")
		assert.Contains(t, stderr, "known: classification.level, classification.caveats,")
	})
}

func TestBuiltStats(t *testing.T) {
	cm := builtCLI(t)
	dir := t.TempDir()
	write := func(name, text string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	// The same classification with its caveats in two orders, and an
	// input that is not a cable.
	write("a.txt", inventedCable(412, "SENSITIVE", "NOFORN"))
	write("b.txt", inventedCable(413, "NOFORN", "SENSITIVE"))
	write("c.txt", "\n\n\n")

	code, out, _ := cm("", "stats", dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "       2  UNCLASSIFIED//EFTO//NOFORN//SENSITIVE\n")
	assert.NotContains(t, out, "SENSITIVE//NOFORN")
	assert.Contains(t, out, "\nfailed inputs\n")
	assert.Contains(t, out, "c.txt")

	code, out, _ = cm("", "stats", "-format", "json", dir)
	assert.Equal(t, 1, code)
	var st struct {
		ByClass []entry   `json:"by_classification"`
		Failed  []failure `json:"failed_inputs"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &st))
	assert.Equal(t, []entry{{"UNCLASSIFIED//EFTO//NOFORN//SENSITIVE", 2}}, st.ByClass)
	require.Len(t, st.Failed, 1)
	assert.Equal(t, filepath.Join(dir, "c.txt"), st.Failed[0].Source)
	assert.NotEmpty(t, st.Failed[0].Error)

	code, out, _ = cm("", "stats", "-format", "csv", dir)
	assert.Equal(t, 1, code)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, []string{"table", "key", "count"}, recs[0])
	assert.Contains(t, recs, []string{"classification", "UNCLASSIFIED//EFTO//NOFORN//SENSITIVE", "2"})
	assert.Contains(t, recs, []string{"tag", "PGOV", "2"})
	assert.Contains(t, recs, []string{"total", "failed", "1"})
}
