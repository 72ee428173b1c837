package cable

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseDecodesOnce: the readers normalise a cable once, so an entity
// the cable spells ("&amp;lt;") is decoded once ("&lt;"), not again by
// the body parser; a Document built by hand is normalised by the body
// parser as before.
func TestParseDecodesOnce(t *testing.T) {
	const text = "UNCLAS\nSUBJECT: A TEST\n\n1. (U) A &amp;lt; B.\n\n2. (U) C.\n"
	c, err := (&Parser{}).ParseString(text)
	require.NoError(t, err)
	require.NotNil(t, c.Body)
	require.Len(t, c.Body.Paragraphs, 2)
	assert.Equal(t, "A &lt; B.", c.Body.Paragraphs[0].Text)

	c, err = (&Parser{}).ParseDocument(Document{Text: "UNCLAS\r\nSUBJECT: A TEST\r\n\r\n1. (U) A &lt; B.\r\n"})
	require.NoError(t, err)
	require.Len(t, c.Body.Paragraphs, 1)
	assert.Equal(t, "A < B.", c.Body.Paragraphs[0].Text, "a hand-made document is normalised")
}
