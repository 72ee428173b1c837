package marking

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLevel(t *testing.T) {
	tests := []struct {
		in   string
		want Level
		ok   bool
	}{
		{"CONFIDENTIAL", Confidential, true},
		{"c o n f i d e n t i a l", Confidential, true},
		{"UNCLAS EFTO", Unclassified, true},
		{"SBU", Unclassified, true},
		{"lou", LimitedOfficialUse, true},
		{"Top Secret", TopSecret, true},
		{"S", Secret, true},
		{"SECRET//NOFORN", LevelUnknown, false},
		{"", LevelUnknown, false},
		{"SEKRET", LevelUnknown, false},
	}
	for _, tt := range tests {
		got, err := ParseLevel(tt.in)
		assert.Equal(t, tt.want, got, "%q", tt.in)
		if tt.ok {
			assert.NoError(t, err, "%q", tt.in)
		} else {
			assert.ErrorIs(t, err, ErrUnknownLevel, "%q", tt.in)
			assert.Contains(t, err.Error(), `"`+tt.in+`"`)
		}
	}
}

// The order of levels is their rank, not the order of their names.
func TestLevelOrder(t *testing.T) {
	order := []Level{LevelUnknown, Unclassified, LimitedOfficialUse, Confidential, Secret, TopSecret}
	for i, a := range order {
		assert.Equal(t, i, a.Rank(), "%q", a)
		assert.Equal(t, i > 0, a.IsValid(), "%q", a)
		for j, b := range order {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			assert.Equal(t, want, a.Compare(b), "%q vs %q", a, b)
		}
	}
	assert.Equal(t, 0, Level("SEKRET").Rank())
	assert.Equal(t, Secret, Highest(Unclassified, Secret, Level("SEKRET"), Confidential))
	assert.Equal(t, LevelUnknown, Highest())
}

func TestLevelText(t *testing.T) {
	tests := []struct {
		in   string
		want Level
		err  bool
	}{
		{`{"level":"SECRET"}`, Secret, false},
		{`{"level":"unclas"}`, Unclassified, false},
		{`{"level":""}`, LevelUnknown, false},
		{`{"level":"SEKRET"}`, LevelUnknown, true},
	}
	for _, tt := range tests {
		var v struct {
			Level Level `json:"level"`
		}
		err := json.Unmarshal([]byte(tt.in), &v)
		assert.Equal(t, tt.err, err != nil, tt.in)
		assert.Equal(t, tt.want, v.Level, tt.in)
		if tt.err {
			assert.True(t, errors.Is(err, ErrUnknownLevel), tt.in)
		}
	}
	b, err := json.Marshal(struct{ L Level }{TopSecret})
	require.NoError(t, err)
	assert.Equal(t, `{"L":"TOP SECRET"}`, string(b))
}

func TestSecurityLevel(t *testing.T) {
	tests := map[string]Level{
		"CCCCC": Confidential, "SSSSS": Secret, "UUUUU": Unclassified, "EEEEE": Unclassified, "TTTTT": TopSecret,
		"": LevelUnknown, "XXXXX": LevelUnknown, "ZZH": LevelUnknown,
	}
	for in, want := range tests {
		got, ok := SecurityLevel(in)
		assert.Equal(t, want, got, "%q", in)
		assert.Equal(t, want != LevelUnknown, ok, "%q", in)
	}
}
