package marking

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Markings as written after paragraph numbers in the dev corpus and in
// docs/classification.md#portion-markings.
func TestParseMarking(t *testing.T) {
	tests := []struct {
		in    string
		level Level
		ctl   []string
		str   string
		whole bool
	}{
		{"(U)", Unclassified, nil, "U", false},
		{"(u)", Unclassified, nil, "U", false},
		{"(SBU)", Unclassified, []string{"SBU"}, "SBU", false},
		{"(C)", Confidential, nil, "C", false},
		{"(c)", Confidential, nil, "C", false},
		{"(S)", Secret, nil, "S", false},
		{"(TS)", TopSecret, nil, "TS", false},
		{"(S/NF)", Secret, []string{"NF"}, "S//NF", false},
		{"(s/nf)", Secret, []string{"NF"}, "S//NF", false},
		{"(C//NF)", Confidential, []string{"NF"}, "C//NF", false},
		{"(C/NOFORN)", Confidential, []string{"NF"}, "C//NF", false},
		{"(S/NOFORN)", Secret, []string{"NF"}, "S//NF", false},
		{"(SBU/NF)", Unclassified, []string{"SBU", "NF"}, "SBU//NF", false},
		{"(SBU/N)", Unclassified, []string{"SBU", "NF"}, "SBU//NF", false},
		{"(S//REL TO USA, FVEY)", Secret, []string{"REL TO USA, FVEY"}, "S//REL TO USA, FVEY", false},
		{"(S//REL TO USA, ACGU)", Secret, []string{"REL TO USA, ACGU"}, "S//REL TO USA, ACGU", false},
		{"(S/REL NATO)", Secret, []string{"REL NATO"}, "S//REL NATO", false},
		{"(S//Rel NATO, ISAF)", Secret, []string{"REL NATO, ISAF"}, "S//REL NATO, ISAF", false},
		{"(C/Rel Aus)", Confidential, []string{"REL AUS"}, "C//REL AUS", false},
		{"(S/REL to Pakistan)", Secret, []string{"REL TO PAKISTAN"}, "S//REL TO PAKISTAN", false},
		{"(SECRET/REL FRANCE)", Secret, []string{"REL FRANCE"}, "S//REL FRANCE", false},
		{"(SECRET/rel IAEA)", Secret, []string{"REL IAEA"}, "S//REL IAEA", false},
		{"(S//FGI//NF)", Secret, []string{"FGI", "NF"}, "S//FGI//NF", false},
		{"(U//FOUO)", Unclassified, []string{"FOUO"}, "U//FOUO", false},
		{"( C )", Confidential, nil, "C", false},
		{"(C )", Confidential, nil, "C", false},
		{"(C NF)", Confidential, []string{"NF"}, "C//NF", false},
		{"(SNF)", Secret, []string{"NF"}, "S//NF", false},
		{"(S-NF)", Secret, []string{"NF"}, "S//NF", false},
		{"(C - ENTIRE TEXT)", Confidential, nil, "C", true},
		{"(S-ENTIRE TEXT)", Secret, nil, "S", true},
		{"(/Rel UK)", LevelUnknown, []string{"REL UK"}, "//REL UK", false},
		{"(TOP SECRET)", TopSecret, nil, "TS", false},
		{"(CONFIDENTIAL)", Confidential, nil, "C", false},
		{"(S//REL TO USA,AUS,CAN,GBR,NZL,NATO)", Secret, []string{"REL TO USA, AUS, CAN, GBR, NZL, NATO"}, "S//REL TO USA, AUS, CAN, GBR, NZL, NATO", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			m, ok := ParseMarking(tt.in)
			require.True(t, ok)
			assert.Equal(t, tt.in, m.Raw)
			assert.Equal(t, tt.level, m.Level)
			assert.Equal(t, tt.ctl, m.Controls)
			assert.Equal(t, tt.str, m.String())
			assert.Equal(t, tt.whole, m.EntireText)
		})
	}
}

func TestParseMarkingRejects(t *testing.T) {
	for _, in := range []string{
		"(U.S.)", "(Iran)", "(China)", "(A)", "(a)", "(EU)", "(Economic)", "(Afghanistan)",
		"()", "( )", "(//)", "(1)", "(b/d)", "(N/SF)", "(S and D)", "(C/Gov)", "S", "(S", "S)",
		"(SS)", "(UN)", "(Sic)", "(see below)",
	} {
		_, ok := ParseMarking(in)
		assert.False(t, ok, in)
	}
}

func TestCutMarking(t *testing.T) {
	m, rest, ok := CutMarking(" (S//NF) Summary: The")
	require.True(t, ok)
	assert.Equal(t, "S//NF", m.String())
	assert.Equal(t, "(S//NF)", m.Raw)
	assert.Equal(t, " Summary: The", rest)

	m, rest, ok = CutMarking("(C)")
	require.True(t, ok)
	assert.Equal(t, Confidential, m.Level)
	assert.Empty(t, rest)

	for _, in := range []string{"(U.S.) officials", "Summary (C)", "(C", "", "   ", "(S/NF\n) x"} {
		_, rest, ok = CutMarking(in)
		assert.False(t, ok, in)
		assert.Equal(t, in, rest)
	}
}

func TestHighestMarking(t *testing.T) {
	var ms []Marking
	for _, s := range []string{"(U)", "(SBU)", "(S/NF)", "(C)"} {
		m, ok := ParseMarking(s)
		require.True(t, ok)
		ms = append(ms, m)
	}
	assert.Equal(t, Secret, HighestMarking(ms))
	assert.Equal(t, LevelUnknown, HighestMarking(nil))
}
