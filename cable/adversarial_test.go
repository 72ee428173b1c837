package cable

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAdversarialInputs feeds inputs that archive tools meet in the wild or
// that an attacker could craft. Each must end, without a panic, in a clear
// error or a (partial) result, and every output string must be valid UTF-8.
func TestAdversarialInputs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	junk := make([]byte, 1<<20)
	for i := range junk {
		junk[i] = byte(rng.UintN(256))
	}
	header := "VZCZCXRO1249\nOO RUEHCN\nDE RUEHBJ #6403/01 2711431\nZNY CCCCC ZZH\nO 281431Z SEP 07\nFM AMEMBASSY BEIJING\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 2350\n"
	var refs strings.Builder
	refs.WriteString("R 281431Z SEP 07\n\nCONFIDENTIAL BEIJING 006403\n\nREF: ")
	for i := range 100_000 {
		refs.WriteString("STATE ")
		refs.WriteString(strings.Repeat("1", 1+i%6))
		refs.WriteString(", ")
	}
	refs.WriteString("\n\n1. (C) Text.\n")

	tests := []struct {
		name    string
		in      []byte
		wantErr error // nil: must parse
	}{
		{"empty", nil, ErrNoCable},
		{"only whitespace", []byte(" \n\t\r\n  \n"), ErrNoCable},
		{"binary junk", junk, nil},
		{"invalid utf-8", []byte("SUBJECT: CAF\xc9 \xff\xfe TALKS\n\n1. (C) Text \x80.\n"), nil},
		{"nul bytes", []byte("SUBJECT: A\x00B\n\n1.\x00 (C) \x00Text.\n"), nil},
		{"header repeated 10,000 times", []byte(strings.Repeat(header, 10_000)), nil},
		{"100,000 REF items", []byte(refs.String()), nil},
		{"single line of 20 MB", bytes.Repeat([]byte("A"), 20<<20), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Parser{}
			n := 0
			for c, err := range p.Cables(bytes.NewReader(tt.in), tt.name) {
				n++
				if tt.wantErr != nil {
					require.Error(t, err)
					assert.True(t, errors.Is(err, tt.wantErr), "got %v", err)
					continue
				}
				if err != nil {
					var pe *diag.ParseError
					require.True(t, errors.As(err, &pe), "error must be a *diag.ParseError: %v", err)
				}
				if c != nil {
					assertValidUTF8(t, c)
				}
			}
			if tt.wantErr != nil {
				assert.Positive(t, n, "an error must be reported, not silence")
			}
		})
	}
}

// TestHugeInputCapped checks that MaxCableSize bounds what one cable may
// take, and that the stream goes on after an oversized cable.
func TestHugeInputCapped(t *testing.T) {
	p := &Parser{MaxCableSize: 1 << 10}
	_, err := p.Parse(strings.NewReader(strings.Repeat("SUBJECT: X\n", 1000)))
	require.Error(t, err)
	assert.ErrorIs(t, err, ErrTooLarge)
}

func assertValidUTF8(t *testing.T, c *Cable) {
	t.Helper()
	check := func(field, s string) {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: %q", field, s)
		}
	}
	check("reference_id", c.ReferenceID)
	check("from", c.From())
	check("subject", c.Subject())
	check("summary", c.Summary())
	for _, p := range c.Paragraphs() {
		check("paragraph", p.Text)
		check("heading", p.Heading)
	}
	for _, tg := range c.Tags {
		check("tag", tg.Code)
	}
	for _, r := range c.References {
		check("reference", r.Text)
	}
	for _, s := range c.Signers() {
		check("signer", s)
	}
	for _, w := range c.Warnings {
		check("warning", w.Message)
	}
}
