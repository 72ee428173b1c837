package cable

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// viewSamples parses the reader samples.
func viewSamples(t *testing.T) []*Cable {
	t.Helper()
	paths, err := filepath.Glob("testdata/read/*.*")
	require.NoError(t, err)
	var cs []*Cable
	for _, p := range paths {
		f, err := os.Open(p)
		require.NoError(t, err)
		for c, err := range (&Parser{}).Cables(f, p) {
			if err == nil {
				cs = append(cs, c)
			}
		}
		f.Close()
	}
	require.NotEmpty(t, cs)
	return cs
}

func TestJSONViewEveryField(t *testing.T) {
	cs := viewSamples(t)
	full, err := NewJSONView(nil, nil)
	require.NoError(t, err)
	for _, c := range cs {
		want, err := c.MarshalJSON()
		require.NoError(t, err)
		got, err := full.AppendJSON(nil, c)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), "the full view is the JSON form")
	}
	for _, f := range JSONFields() {
		v, err := NewJSONView([]string{f.Name}, nil)
		require.NoError(t, err, f.Name)
		for _, c := range cs {
			b, err := v.AppendJSON(nil, c)
			require.NoError(t, err, f.Name)
			var obj map[string]any
			require.NoError(t, json.Unmarshal(b, &obj), "%s: %s", f.Name, b)
			vals := v.Values(c)[0]
			top, _, _ := strings.Cut(f.Name, ".")
			// a member with a value is in the object; one without is not
			assert.Equal(t, len(vals) > 0, obj[top] != nil, "%s in %s: %s", f.Name, c.Source, b)
		}
	}
}

func TestJSONViewDrop(t *testing.T) {
	v, err := NewJSONView(nil, []string{"paragraphs.text", "summary", "comment"})
	require.NoError(t, err)
	for _, c := range viewSamples(t) {
		b, err := v.AppendJSON(nil, c)
		require.NoError(t, err)
		var obj map[string]any
		require.NoError(t, json.Unmarshal(b, &obj))
		assert.NotContains(t, obj, "summary")
		assert.NotContains(t, obj, "comment")
		ps, _ := obj["paragraphs"].([]any)
		assert.Len(t, ps, len(c.Paragraphs()))
		for _, p := range ps {
			assert.NotContains(t, p, "text")
		}
	}
	// Clearing the dropped members gives what the member-by-member
	// encoding gives.
	require.True(t, v.zeroDrop)
	slow := *v
	slow.zeroDrop = false
	for _, c := range viewSamples(t) {
		want, err := slow.AppendJSON(nil, c)
		require.NoError(t, err)
		got, err := v.AppendJSON(nil, c)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got))
	}
	for _, drop := range [][]string{{"paragraphs.marking.raw"}, {"source.format"}, {"header.de.raw"}} {
		v, err := NewJSONView(nil, drop)
		require.NoError(t, err)
		assert.False(t, v.zeroDrop, "%v: an emptied object, or a member written when empty", drop)
	}

	_, err = NewJSONView(nil, []string{"paragraphs.txt"})
	assert.ErrorIs(t, err, ErrUnknownField)
}
