package cabletest

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/marking"
)

// knownIssue is a round-trip failure caused by a parser, not by the
// writer or the generator, reported to the parser's owner. The test
// tolerates a mismatch only when its field is listed and applies holds for
// the fixture; anything else fails.
type knownIssue struct {
	field   string
	applies func(fx *Fixture) bool
	note    string
}

// knownIssues, keyed by Compare field name (none open at present: the
// paragraph issues listed here were fixed and are now guarded).
var knownIssues = []knownIssue{}

// missingWarnings returns the defect warnings of fx that got lacks, as
// mismatches of field "warning.<kind>".
func missingWarnings(fx *Fixture, got *cable.Cable) []Mismatch {
	var ms []Mismatch
	for _, k := range MissingWarnings(fx.WantWarnings, got) {
		ms = append(ms, Mismatch{Field: "warning." + string(k), Want: string(k)})
	}
	return ms
}

func known(fx *Fixture, m Mismatch) bool {
	for _, k := range knownIssues {
		if k.field == m.Field && k.applies(fx) {
			return true
		}
	}
	return false
}

// roundTripStats is the outcome of a round-trip run.
type roundTripStats struct {
	n        int
	fields   map[string]int // mismatches per field (known included)
	known    map[string]int
	failures []string // unknown mismatches, first ones
}

func roundTrip(t testing.TB, seed uint64, n int, opt Options) roundTripStats {
	st := roundTripStats{fields: map[string]int{}, known: map[string]int{}}
	p := &cable.Parser{}
	for fx, err := range All(seed, n, opt) {
		require.NoError(t, err)
		st.n++
		got, err := p.ParseString(fx.Text)
		if err != nil {
			st.failures = append(st.failures, fmt.Sprintf("seed %d: parse error: %v", fx.Seed, err))
			continue
		}
		for _, m := range append(Compare(fx.Want, got), missingWarnings(fx, got)...) {
			st.fields[m.Field]++
			if known(fx, m) {
				st.known[m.Field]++
				continue
			}
			if len(st.failures) < 20 {
				st.failures = append(st.failures, fmt.Sprintf("seed %d (%s, %d sections): %s", fx.Seed, fx.Layout, fx.Sections, m))
			}
		}
	}
	return st
}

func (st roundTripStats) report(t testing.TB, d time.Duration) {
	keys := make([]string, 0, len(st.fields))
	for k := range st.fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%d cables in %v; fields with mismatches:", st.n, d.Round(time.Millisecond))
	for _, k := range keys {
		fmt.Fprintf(&b, " %s %d (known %d, pass %.2f%%);", k, st.fields[k], st.known[k], 100*float64(st.n-st.fields[k])/float64(st.n))
	}
	t.Log(b.String())
}

// TestRoundTrip checks Parse(Write(c)) == c on 2,000 generated cables
// (seed 1). CABLEMETA_ROUNDTRIP_N=100000 runs more.
func TestRoundTrip(t *testing.T) {
	n := 2000
	if s := os.Getenv("CABLEMETA_ROUNDTRIP_N"); s != "" {
		v, err := strconv.Atoi(s)
		require.NoError(t, err, "CABLEMETA_ROUNDTRIP_N")
		n = v
	} else if testing.Short() {
		n = 300
	}
	start := time.Now()
	st := roundTrip(t, 1, n, Options{})
	st.report(t, time.Since(start))
	assert.Empty(t, st.failures, "round-trip mismatches not in knownIssues")
}

// TestRoundTripShapes runs the round trip over each era, level and layout
// with every option forced, defects included.
func TestRoundTripShapes(t *testing.T) {
	cases := []Options{
		{Year: 1966},
		{Year: 1975, Layout: cable.LayoutReceivedCopy, Sections: 1},
		{Year: 1989, Level: marking.LimitedOfficialUse},
		{Year: 2001, Origin: "STATE", References: 5},
		{Year: 2007, Origin: "BEIJING", Level: marking.Confidential, NoForn: On, Sections: 3, Paragraphs: 8, Summary: On},
		{Year: 2009, Level: marking.Secret, NoForn: On, Tags: []string{"PREL", "PGOV", "KS"}, References: -1},
		{Year: 2010, Layout: cable.LayoutCablegate, Defects: AllDefects},
		{Layout: cable.LayoutReceivedCopy, Sections: 1, Defects: DefectNoSubject | DefectTagsLabel},
	}
	for i, opt := range cases {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			st := roundTrip(t, uint64(100+i), 60, opt)
			assert.Empty(t, st.failures)
		})
	}
}

// FuzzRoundTrip explores seeds and options: Write then Parse must give
// back the generated metadata (known parser issues aside).
func FuzzRoundTrip(f *testing.F) {
	f.Add(uint64(1), uint16(2007), uint8(3), uint8(2), uint8(1), uint8(0), uint8(0), uint16(0))
	f.Add(uint64(42), uint16(1975), uint8(1), uint8(1), uint8(0), uint8(0), uint8(1), uint16(15))
	f.Fuzz(func(t *testing.T, seed uint64, year uint16, level, sections, refs, paras, layout uint8, defects uint16) {
		opt := Options{
			Year:       int(year),
			Level:      levelOf(level),
			Sections:   int(sections % 10),
			References: int(refs%8) - 1,
			Paragraphs: int(paras % 31),
			Defects:    Defect(defects) & AllDefects,
		}
		if opt.Year != 0 && (opt.Year < 1966 || opt.Year > 2010) {
			opt.Year = 1966 + int(year)%45
		}
		switch layout % 3 {
		case 1:
			opt.Layout = cable.LayoutCablegate
		case 2:
			opt.Layout = cable.LayoutReceivedCopy
		}
		fx, err := Generate(seed, opt)
		require.NoError(t, err)
		again, err := Generate(seed, opt)
		require.NoError(t, err)
		require.Equal(t, fx.Text, again.Text, "generation is not deterministic")
		got, err := (&cable.Parser{}).ParseString(fx.Text)
		require.NoError(t, err)
		for _, m := range append(Compare(fx.Want, got), missingWarnings(fx, got)...) {
			if !known(fx, m) {
				t.Errorf("%s, %d sections, defects %q: %s", fx.Layout, fx.Sections, fx.Defects, m)
			}
		}
	})
}

func levelOf(b uint8) marking.Level { return levelsByRank[b%6] }
