package cable

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/internal/golden"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// realCables lists the real cables of testdata/cables (see its README).
func realCables(t testing.TB) []string {
	t.Helper()
	var names []string
	ents, err := os.ReadDir("testdata/cables")
	require.NoError(t, err)
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), "README") {
			continue
		}
		switch filepath.Ext(e.Name()) {
		case ".html", ".txt", ".csv", ".md":
			names = append(names, e.Name())
		}
	}
	require.NotEmpty(t, names)
	return names
}

// parseFile reads every cable of one test file.
func parseFile(t testing.TB, p *Parser, name string) []*Cable {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata/cables", name))
	require.NoError(t, err)
	defer f.Close()
	var out []*Cable
	for c, err := range p.Cables(f, name) {
		require.NoError(t, err, name)
		out = append(out, c)
	}
	return out
}

// TestGolden compares the JSON of every real test cable with its reviewed
// golden file.
func TestGolden(t *testing.T) {
	p := &Parser{}
	for _, name := range realCables(t) {
		t.Run(name, func(t *testing.T) {
			cables := parseFile(t, p, name)
			require.Len(t, cables, 1)
			golden.JSON(t, filepath.Join("testdata/golden", strings.TrimSuffix(name, filepath.Ext(name))+".json"), cables[0])
		})
	}
}

type truthRecord struct {
	File           string `json:"file"`
	ReferenceID    string `json:"reference_id"`
	Date           string `json:"date"`
	DateDay        string `json:"date_day"`
	Classification string `json:"classification"`
	Title          string `json:"wikileaks_title"`
}

// TestAgainstPublisher checks the fields that the publisher's metadata can
// confirm: reference id, DTG day and hour, and classification level. The
// cables whose text cannot support the publisher's value are listed with
// the reason.
func TestAgainstPublisher(t *testing.T) {
	// Partial extracts and body fragments carry no date-time group, so
	// neither the DTG nor the year of the id can be read from their text.
	const noDTG = "text has no date-time group"
	cannot := map[string]string{
		"02VATICAN819.html/dtg": noDTG, "02VATICAN819.html/reference_id": noDTG,
		"03KATHMANDU280.html/dtg": noDTG, "03KATHMANDU280.html/reference_id": noDTG,
		"03THEHAGUE1910.html/dtg": noDTG, "03THEHAGUE1910.html/reference_id": noDTG,
		"03THEHAGUE2113.html/dtg": noDTG, "03THEHAGUE2113.html/reference_id": noDTG,
		"04THEHAGUE2735.html/dtg": noDTG, "04THEHAGUE2735.html/reference_id": noDTG,
		"05BRASILIA3251.html/dtg": noDTG, "05BRASILIA3251.html/reference_id": noDTG,
		"05LONDON4981.html/dtg": noDTG, "05LONDON4981.html/reference_id": noDTG,
		"05MANAMA1672.html/dtg": noDTG, "05MANAMA1672.html/reference_id": noDTG,
		"05NEWDELHI9245.html/dtg": noDTG, "05NEWDELHI9245.html/reference_id": noDTG,
		"09REYKJAVIK102.txt/dtg": noDTG, "09REYKJAVIK102.txt/reference_id": noDTG,
		"09STATE77662.txt/dtg": noDTG, "09STATE77662.txt/reference_id": noDTG,
	}
	f, err := os.Open("testdata/cables/truth.jsonl")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	p := &Parser{}
	for sc.Scan() {
		var rec truthRecord
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
		t.Run(rec.File, func(t *testing.T) {
			c := parseFile(t, p, rec.File)[0]
			if _, skip := cannot[rec.File+"/reference_id"]; !skip {
				assert.Equal(t, rec.ReferenceID, c.ReferenceID, "reference id")
			}
			if _, skip := cannot[rec.File+"/dtg"]; !skip {
				if assert.False(t, c.DTG().IsZero(), "dtg") {
					assert.Equal(t, rec.Date[:13], c.DTG().Format("2006-01-02 15"), "dtg day and hour")
				}
			}
			if _, skip := cannot[rec.File+"/classification"]; !skip {
				level, _, _ := strings.Cut(rec.Classification, "//")
				assert.Equal(t, level, c.Level().String(), "classification level")
			}
		})
	}
	require.NoError(t, sc.Err())
}
