package cable

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// utf16Of encodes s in UTF-16 without a byte order mark.
func utf16Of(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestUTF16WithoutBOM(t *testing.T) {
	text := string(readTestFile(t, "read/04THEHAGUE3156.txt"))
	want, err := Parse(strings.NewReader(text))
	require.NoError(t, err)
	for _, be := range []bool{false, true} {
		data := utf16Of(text, be)
		// whole, and as a stream
		for _, r := range []io.Reader{bytes.NewReader(data), io.MultiReader(bytes.NewReader(data))} {
			c, err := Parse(r)
			require.NoError(t, err, "big endian %v", be)
			assert.Equal(t, want.Classification, c.Classification)
			assert.Equal(t, want.Paragraphs(), c.Paragraphs())
			assert.Empty(t, c.Warnings, "decoded as UTF-16, not as Windows-1252")
		}
	}
}

func TestNotCable(t *testing.T) {
	random := make([]byte, 64<<10)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	noNUL := bytes.ReplaceAll(random, []byte{0}, []byte{1})
	for _, tt := range []struct {
		name string
		data []byte
		msg  string
	}{
		{"random bytes", random, "not a cable: binary data (NUL byte at byte "},
		{"random bytes without NUL", noNUL, "not a cable: none of a cable's landmarks found"},
		{"prose", []byte("Dear Maria,\nthe garden is lovely this year.\nSee you soon, Ana\n"), "not a cable: none of a cable's landmarks found"},
		{"json lines", []byte(`{"source":{"path":"a.html","format":"html"},"reference_id":"07QUITO12","subject":"X"}` + "\n"), "not a cable: none"},
		{"utf-16 with odd NULs", append(utf16Of("TAGS: PREL", false), 0, 0, 0, 'x', 'y', 'z', 0), "binary data"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, r := range []io.Reader{bytes.NewReader(tt.data), io.MultiReader(bytes.NewReader(tt.data))} {
				c, err := Parse(r)
				assert.Nil(t, c, "no cable of mojibake")
				require.Error(t, err)
				assert.ErrorContains(t, err, tt.msg)
				assert.ErrorIs(t, err, ErrNotCable)
				assert.ErrorIs(t, err, ErrNoCable, "a kind of ErrNoCable")
				var pe *diag.ParseError
				assert.True(t, errors.As(err, &pe))
			}
		})
	}
	// A format named by the caller reads the bytes as they are.
	_, err := (&Parser{Format: FormatText}).Parse(bytes.NewReader([]byte("TAGS: PREL\x00\n")))
	assert.NoError(t, err)
}

func TestNotCableString(t *testing.T) {
	_, err := (&Parser{}).ParseString("Meeting notes: bring the slides.")
	assert.ErrorIs(t, err, ErrNotCable)
	assert.False(t, errors.Is(ErrNoCable, ErrNotCable), "an empty input is not 'not a cable'")
	c, err := (&Parser{}).ParseString("1. (C) The minister agreed.\n")
	require.NoError(t, err, "a numbered paragraph marks a body fragment")
	assert.Len(t, c.Paragraphs(), 1)
}

func TestSniffNUL(t *testing.T) {
	ascii := "UNCLAS SECTION 01 OF 02 STATE 000123\n"
	for _, tt := range []struct {
		head []byte
		cs   charset
		want charset
		err  bool
	}{
		{[]byte(ascii), csSniff, csSniff, false},
		{utf16Of(ascii, false), csSniff, csUTF16LE, false},
		{utf16Of(ascii, true), csSniff, csUTF16BE, false},
		{utf16Of(ascii, true), csUTF16LE, csUTF16LE, false}, // asked for
		{utf16Of(ascii, false), csWin1252, csWin1252, true}, // a one-byte charset asked for
		{[]byte(strings.Repeat("\x00", 64)), csSniff, csSniff, true},
		{[]byte("ab\x00"), csSniff, csSniff, true},
	} {
		got, err := sniffNUL(tt.head, tt.cs)
		assert.Equal(t, tt.want, got, "%q", tt.head)
		assert.Equal(t, tt.err, err != nil, "%q: %v", tt.head, err)
	}
}
