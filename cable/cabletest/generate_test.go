package cabletest

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/marking"
	"github.com/cablemeta/cablemeta/refs"
	"github.com/cablemeta/cablemeta/tags"
)

// TestPostTable checks the generator's posts against the public tables of
// the header and paragraph packages.
func TestPostTable(t *testing.T) {
	when := time.Date(2007, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, p := range append([]post{state}, posts...) {
		name, ok := header.LookupRI(p.ri, when)
		assert.True(t, ok, p.ri)
		assert.Equal(t, p.plad, name, p.ri)
		assert.True(t, refs.KnownStation(p.station), p.station)
		if p.country != "" {
			e, ok := tags.Lookup(p.country)
			assert.True(t, ok, p.country)
			assert.Equal(t, tags.KindGeographic, e.Kind, p.country)
		}
	}
}

func TestTagTable(t *testing.T) {
	for _, c := range subjectTags {
		_, ok := tags.Lookup(c)
		assert.True(t, ok, c)
	}
}

func TestDeterministic(t *testing.T) {
	for i := range 50 {
		a, err := Generate(uint64(i), Options{Defects: AllDefects})
		require.NoError(t, err)
		b, err := Generate(uint64(i), Options{Defects: AllDefects})
		require.NoError(t, err)
		assert.Equal(t, a.Text, b.Text)
		assert.Equal(t, a.Want, b.Want)
	}
	a, _ := Generate(1, Options{})
	b, _ := Generate(2, Options{})
	assert.NotEqual(t, a.Text, b.Text)
}

func TestOptionsHonoured(t *testing.T) {
	for fx, err := range All(9, 40, Options{Year: 2008, Origin: "SANSALVADOR", Level: marking.Secret,
		NoForn: On, Sections: 2, References: 2, Paragraphs: 6, Tags: []string{"PGOV", "ES"}, Summary: On,
		Layout: cable.LayoutCablegate}) {
		require.NoError(t, err)
		w := fx.Want
		assert.Equal(t, 2008, w.DTG().Year())
		assert.Regexp(t, `^08SANSALVADOR\d+$`, w.ReferenceID)
		assert.Equal(t, "SECRET//NOFORN", w.Classification.Classification.String())
		assert.Equal(t, 2, fx.Sections)
		assert.Len(t, w.References, 2)
		assert.Len(t, w.Paragraphs(), 6)
		assert.NotEmpty(t, w.Summary())
		assert.Equal(t, "PGOV", w.Tags[0].Code)
		assert.Contains(t, fx.Text, "S E C R E T SECTION 01 OF 02 SAN SALVADOR ")
		assert.Contains(t, fx.Text, "\nNOFORN\n")
	}
}

func TestDefectsApplied(t *testing.T) {
	fx, err := Generate(4, Options{Year: 2005, Layout: cable.LayoutCablegate, Defects: AllDefects})
	require.NoError(t, err)
	assert.Equal(t, AllDefects, fx.Defects)
	assert.Contains(t, fx.Text, "\nTAGE: ")
	assert.NotContains(t, fx.Text, "SUBJECT:")
	// received copies have no DE line: those defects are not applied
	fx, err = Generate(4, Options{Layout: cable.LayoutReceivedCopy, Defects: AllDefects})
	require.NoError(t, err)
	assert.Equal(t, DefectNoSubject|DefectTagsLabel, fx.Defects)
}

func TestBadOptions(t *testing.T) {
	for _, o := range []Options{{Year: 1950}, {Origin: "ATLANTIS"}, {Sections: 12}, {Paragraphs: 31},
		{References: 27}, {Layout: "pdf"}, {Tags: []string{"A B"}}, {Level: "SEKRET"}, {NoForn: 7}} {
		_, err := Generate(1, o)
		assert.Error(t, err, "%+v", o)
	}
	for fx, err := range All(1, 3, Options{Year: 1950}) {
		assert.Nil(t, fx)
		assert.Error(t, err)
	}
}

func BenchmarkGenerate(b *testing.B) {
	b.ReportAllocs()
	var n int64
	for i := 0; b.Loop(); i++ {
		fx, err := Generate(uint64(i), Options{})
		if err != nil {
			b.Fatal(err)
		}
		n += int64(len(fx.Text))
	}
	b.SetBytes(n / int64(max(b.N, 1)))
}
