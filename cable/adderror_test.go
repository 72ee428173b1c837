package cable

import (
	"errors"
	"testing"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/header"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An error a part's parser returns becomes a warning of that part that
// carries it; a strict error gives its own warning.
func TestAddError(t *testing.T) {
	leaf := &diag.ParseError{Line: 7, Field: "DTG", Err: header.ErrDTG}
	strictW := diag.Warning{Line: 3, Part: "tags", Field: "TAGS", Kind: "typo-fixed", Message: "m"}
	tests := []struct {
		name string
		err  error
		want diag.Warning
	}{
		{"nil", nil, diag.Warning{}},
		{"parse error", leaf, diag.Warning{Line: 7, Part: "header", Field: "DTG", Kind: WarnPartError, Message: header.ErrDTG.Error(), Err: leaf}},
		{"plain error", header.ErrDE, diag.Warning{Part: "header", Kind: WarnPartError, Message: header.ErrDE.Error(), Err: header.ErrDE}},
		{"strict error", diag.Strict(strictW), strictW},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &Cable{}
			c.addError("header", tt.err)
			if tt.err == nil {
				assert.Empty(t, c.Warnings)
				return
			}
			require.Len(t, c.Warnings, 1)
			assert.Equal(t, tt.want, c.Warnings[0])
			if tt.want.Err != nil {
				assert.True(t, errors.Is(c.Warnings.Err(), tt.want.Err))
			}
		})
	}
}
