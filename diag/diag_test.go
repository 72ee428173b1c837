package diag

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWarningString(t *testing.T) {
	tests := []struct {
		w    Warning
		want string
	}{
		{Warning{Line: 12, Part: "header", Field: "DE line", Message: "m"}, "line 12: header: DE line: m"},
		{Warning{Part: "tags", Field: "tags", Message: "m"}, "tags: m"},
		{Warning{Offset: 40, Field: "TAGS", Message: "m"}, "offset 40: TAGS: m"},
		{Warning{Message: "m"}, "m"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.w.String())
	}
}

func TestWarningJSON(t *testing.T) {
	tests := []struct {
		w    Warning
		want string
	}{
		{Warning{Line: 3, Part: "header", Field: "DTG", Kind: "invalid-dtg", Message: "m", Err: errors.New("x")},
			`{"line":3,"part":"header","field":"DTG","kind":"invalid-dtg","message":"m"}`},
		{Warning{Part: "cable", Kind: "no-body", Message: "m"}, `{"part":"cable","kind":"no-body","message":"m"}`},
		{Warning{Line: 1, Offset: 7, Kind: "k", Message: "m"}, `{"line":1,"offset":7,"kind":"k","message":"m"}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.w)
		require.NoError(t, err)
		assert.Equal(t, tt.want, string(b))
	}
}

func TestListSortStable(t *testing.T) {
	l := List{{Line: 5, Message: "a"}, {Line: 2, Offset: 9, Message: "b"}, {Message: "c"}, {Line: 5, Message: "d"}, {Line: 2, Offset: 3, Message: "e"}}
	l.Sort()
	var got []string
	for _, w := range l {
		got = append(got, w.Message)
	}
	assert.Equal(t, []string{"c", "e", "b", "a", "d"}, got)
}

func TestParseErrorFormat(t *testing.T) {
	sentinel := errors.New("malformed DE line")
	tests := []struct {
		e    *ParseError
		want string
	}{
		{&ParseError{Path: "a.csv", Row: 3, Line: 12, Field: "DE line", Err: sentinel}, "a.csv: row 3: line 12: DE line: malformed DE line"},
		{&ParseError{Line: 2, Err: sentinel}, "line 2: malformed DE line"},
		{&ParseError{Offset: 70, Field: "TAGS", Err: sentinel}, "offset 70: TAGS: malformed DE line"},
		{&ParseError{Field: "csv"}, "csv: unknown error"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.e.Error())
		assert.Equal(t, tt.e.Err == sentinel, errors.Is(tt.e, sentinel))
	}
}

func TestStrictChain(t *testing.T) {
	sentinel := errors.New("malformed date-time group")
	leaf := &ParseError{Line: 3, Field: "DTG", Err: sentinel}
	tests := []struct {
		name   string
		w      Warning
		isLeaf bool
	}{
		{"from an error", Warning{Line: 3, Part: "header", Field: "DTG", Kind: "invalid-dtg", Message: "m", Err: leaf}, true},
		{"plain warning", Warning{Line: 4, Part: "tags", Kind: "typo-fixed", Message: "m"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error = Strict(tt.w)
			se, ok := errors.AsType[*StrictError](err)
			require.True(t, ok)
			assert.Equal(t, tt.w.Kind, se.Warning.Kind)
			pe, ok := errors.AsType[*ParseError](err)
			require.True(t, ok)
			assert.Equal(t, tt.w.Line, pe.Line)
			assert.Equal(t, tt.isLeaf, errors.Is(err, sentinel))
			assert.Equal(t, tt.isLeaf, errors.Is(List{tt.w}.Err(), sentinel))
		})
	}
	assert.NoError(t, List(nil).Err())
}

func TestListError(t *testing.T) {
	w := Warning{Line: 2, Part: "tags", Message: "m"}
	tests := []struct {
		l    List
		want string
	}{
		{nil, "no warnings"},
		{List{w}, "line 2: tags: m"},
		{List{w, w}, "line 2: tags: m (and 1 more warning)"},
		{List{w, w, w}, "line 2: tags: m (and 2 more warnings)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.l.Error())
	}
}

func TestStrictErrorFormat(t *testing.T) {
	tests := []struct {
		w    Warning
		want string
	}{
		{Warning{Line: 3, Part: "header", Field: "DTG", Kind: "invalid-dtg", Message: "m"}, "line 3: DTG: header: invalid-dtg: m"},
		{Warning{Line: 9, Part: "paragraph", Field: "paragraph", Kind: "missing-paragraph", Message: "m"}, "line 9: paragraph: missing-paragraph: m"},
		{Warning{Kind: "no-body", Message: "m"}, "no-body: m"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Strict(tt.w).Error())
	}
}
