package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRun checks the summary printed for the embedded cable: the values
// that the markdown rendering must not change (serial 2350 after trailing
// spaces, paragraphs renumbered from 11.-18. to 1-8, the nine headings).
func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, false))
	s := out.String()
	for _, want := range []string{
		"reference id:     07BEIJING6403",
		"transmission id:  VZCZCXRO1249",
		"date-time group:  2007-09-28 14:31 UTC",
		"from:             AMEMBASSY BEIJING",
		"to:               SECSTATE WASHDC (RUEHC) IMMEDIATE 2350",
		"tags:             PREL PTER ETRD ENRG MARR ZK XD CH RS",
		"subject:          SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO MANDATE",
		"paragraphs:       13",
		"signers:          RANDT",
	} {
		assert.Contains(t, s, want)
	}
}

func TestRunJSON(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, true))
	var c struct {
		ReferenceID string `json:"reference_id"`
		Paragraphs  []struct {
			Number  int    `json:"number"`
			Heading string `json:"heading"`
			Marking struct {
				Level string `json:"level"`
			} `json:"marking"`
		} `json:"paragraphs"`
		Summary string `json:"summary"`
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &c))
	assert.Equal(t, "07BEIJING6403", c.ReferenceID)
	require.Len(t, c.Paragraphs, 13)
	headings := 0
	for i, p := range c.Paragraphs {
		assert.Equal(t, i+1, p.Number)
		assert.Equal(t, "CONFIDENTIAL", p.Marking.Level)
		if p.Heading != "" {
			headings++
		}
	}
	assert.Equal(t, 9, headings)
	assert.Contains(t, c.Summary, "Central Asian staff at the Shanghai Cooperation Organization")
}
