package cable_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/paragraph"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// errorsCable is an invented cable without defects; each case below
// damages one part of it.
const errorsCable = "R 031200Z MAR 09\nFM AMEMBASSY ZENDA\nTO SECSTATE WASHDC 0001\nBT\n" +
	"C O N F I D E N T I A L ZENDA 000123\n\nE.O. 12958: DECL: 03/03/2019\nTAGS: PREL, PGOV\n" +
	"SUBJECT: ZENDA COUNCIL DELAYS THE HARBOR REFORM\n\n" +
	"Classified By: Ambassador Rudolf Rassendyll, reasons 1.4 (b) and (d)\n\n" +
	"1. (C) The harbor council delayed the reform.\n\n2. (C) The council meets again in April.\nRASSENDYLL\n"

// The error a part reports reaches the caller of cable.Parse: in lenient
// mode through the warning that carries it (Cable.Warnings.Err()), in
// strict mode through the *diag.StrictError inside the *diag.ParseError.
func TestParseErrorChain(t *testing.T) {
	tests := []struct {
		name, old, new string
		part           string
		kind           diag.Kind
		line           int
		sentinels      []error
	}{
		{"header: DTG not a date", "031200Z MAR 09", "311200Z SEP 09",
			"header", header.WarnInvalidDTG, 1, []error{header.ErrDTG, header.ErrDate}},
		{"classification: no banner", "C O N F I D E N T I A L ZENDA 000123\n", "",
			"classification", classification.WarnNoBanner, 4, []error{classification.ErrNoBanner}},
		{"classification: DECL not a date", "DECL: 03/03/2019", "DECL: 02/30/2019",
			"classification", classification.WarnBadDate, 7, []error{classification.ErrBadDate}},
		{"body: no subject", "SUBJECT: ZENDA COUNCIL DELAYS THE HARBOR REFORM\n", "",
			"paragraph", paragraph.WarnNoSubject, 5, []error{paragraph.ErrNoSubject}},
	}
	c, err := cable.Parse(strings.NewReader(errorsCable))
	require.NoError(t, err)
	require.Empty(t, c.Warnings, "the undamaged cable")
	require.NoError(t, c.Warnings.Err())

	for _, tt := range tests {
		in := strings.Replace(errorsCable, tt.old, tt.new, 1)
		require.NotEqual(t, errorsCable, in)
		t.Run(tt.name+"/lenient", func(t *testing.T) {
			c, err := cable.Parse(strings.NewReader(in))
			require.NoError(t, err)
			require.NotEmpty(t, c.Warnings)
			w := c.Warnings[0]
			assert.Equal(t, tt.part, w.Part)
			assert.Equal(t, tt.kind, w.Kind)
			assert.Equal(t, tt.line, w.Line)
			for _, s := range tt.sentinels {
				assert.ErrorIs(t, w.Err, s)
				assert.ErrorIs(t, c.Warnings.Err(), s)
			}
			var list diag.List
			assert.ErrorAs(t, c.Warnings.Err(), &list)
		})
		t.Run(tt.name+"/strict", func(t *testing.T) {
			c, err := (&cable.Parser{Strict: true}).Parse(strings.NewReader(in))
			require.Error(t, err)
			require.NotNil(t, c, "the partial cable is returned")
			for _, s := range tt.sentinels {
				assert.ErrorIs(t, err, s)
			}
			se, ok := errors.AsType[*diag.StrictError](err)
			require.True(t, ok, "%v", err)
			assert.Equal(t, tt.kind, se.Warning.Kind)
			assert.Equal(t, tt.part, se.Warning.Part)
			pe, ok := errors.AsType[*diag.ParseError](err)
			require.True(t, ok)
			assert.Equal(t, tt.line, pe.Line)
			assert.Equal(t, se.Warning.Field, pe.Field)
		})
	}
}

// A strict error names the input it came from.
func TestParseStrictErrorSource(t *testing.T) {
	in := strings.Replace(errorsCable, "031200Z MAR 09", "311200Z SEP 09", 1)
	var p cable.Parser
	p.Strict = true
	for _, err := range p.Cables(strings.NewReader(in), "zenda.txt") {
		pe, ok := errors.AsType[*diag.ParseError](err)
		require.True(t, ok, "%v", err)
		assert.Equal(t, "zenda.txt", pe.Path)
		assert.ErrorIs(t, err, header.ErrDTG)
		assert.True(t, strings.HasPrefix(err.Error(), "zenda.txt: line 1: DTG: header: invalid-dtg: "), err.Error())
	}
}
