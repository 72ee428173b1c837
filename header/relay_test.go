package header

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// riListCases are FL2 lists and near misses: for those isRIList accepts,
// appendRIs must give strings.Fields.
var riListCases = []string{
	"RUEHC", "RUEHCN RUEHGH RUEHVC", "RUEHCN\tRUEHGH", "RUEHCN  RUEHGH \t",
	"RUEHCN \u00a0RUEHGH", "RUEHCN\u00a0 RUEHGH", "RUEHCN RUEHGH\u00a0", "RUEHC GIPNC RUEHB",
	"RUEHC \r\nRUEHB", "RUEHC \vRUEHB\f", "RUEHC \u2003RUEHB", "RUEHC\u2003RUEHB", " RUEHC", "",
}

// TestAppendRIs: appendRIs splits what isRIList accepts as strings.Fields does.
func TestAppendRIs(t *testing.T) {
	for _, s := range riListCases {
		if !isRIList(s) {
			continue
		}
		assert.Equal(t, strings.Fields(s), appendRIs(nil, s), "appendRIs(%q)", s)
		assert.Equal(t, append([]string{"RUEHX"}, strings.Fields(s)...), appendRIs([]string{"RUEHX"}, s), "appendRIs(%q) after one", s)
	}
	assert.Equal(t, []string{"RUEHCN", "RUEHGH"}, appendRIs(nil, "RUEHCN \u00a0RUEHGH"))
	assert.Nil(t, appendRIs(nil, ""))
}

// FuzzAppendRIs: on any list isRIList accepts, appendRIs gives strings.Fields.
func FuzzAppendRIs(f *testing.F) {
	for _, s := range riListCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isRIList(s) {
			return
		}
		if got, want := appendRIs(nil, s), strings.Fields(s); !assert.ObjectsAreEqual(want, got) {
			t.Fatalf("appendRIs(%q) = %q, strings.Fields gives %q", s, got, want)
		}
	})
}
