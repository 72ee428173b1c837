package cable

import (
	"bufio"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		cs    charset
		want  string
		kinds []diag.Kind
	}{
		{"utf8", "SOUTH AFRICA’S", csSniff, "SOUTH AFRICA’S", nil},
		{"bom dropped", "\xEF\xBB\xBFTAGS: PREL", csSniff, "TAGS: PREL", nil},
		// 07TBILISI2290-style damage comes as Windows-1252 punctuation.
		{"cp1252 fallback", "PRESIDENT\x92S \x93VIEWS\x94 \x96 CHARG\xC9", csSniff, "PRESIDENT’S “VIEWS” – CHARGÉ",
			[]diag.Kind{WarnReadCharsetFallback}},
		{"mostly utf8 keeps utf8", "MBEKI’S “PROBLEM” \xFF", csSniff, "MBEKI’S “PROBLEM” \uFFFD", []diag.Kind{WarnReadInvalidBytes}},
		{"named utf8 replaces", "A\x92B", csUTF8, "A\uFFFDB", []diag.Kind{WarnReadInvalidBytes}},
		{"named 1252 on ascii", "PLAIN", csWin1252, "PLAIN", nil},
		{"named 1252 undefined byte", "\x81\x8D", csWin1252, "\uFFFD\uFFFD", nil}, // undefined in Windows-1252: replaced
		{"utf16le", "\xFF\xFEA\x00\x19\x20", csUTF16LE, "A’", nil},
		{"utf16be odd byte", "\x00A\x00", csUTF16BE, "A\uFFFD", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ws := decodeText([]byte(tt.in), tt.cs, 1)
			assert.Equal(t, tt.want, got)
			assert.True(t, utf8.ValidString(got))
			var kinds []diag.Kind
			for _, w := range ws {
				kinds = append(kinds, w.Kind)
				assert.Equal(t, "read", w.Part)
			}
			assert.Equal(t, tt.kinds, kinds)
		})
	}
}

func TestDecodeTextWarningLine(t *testing.T) {
	_, ws := decodeText([]byte("A\nB\nC\x92D"), csSniff, 10)
	require.Len(t, ws, 1)
	assert.Equal(t, 12, ws[0].Line)
	assert.Contains(t, ws[0].Message, "0x92 at byte 5")
}

func TestLookupCharset(t *testing.T) {
	for label, want := range map[string]charset{
		"": csSniff, "UTF-8": csUTF8, "latin1": csWin1252, "ISO-8859-1": csWin1252, "us-ascii": csWin1252,
		"windows-1252": csWin1252, "utf-16": csUTF16LE, "UTF-16BE": csUTF16BE, ` "cp1252" `: csWin1252,
	} {
		got, err := lookupCharset(label)
		require.NoError(t, err, label)
		assert.Equal(t, want, got, label)
	}
	koi, err := lookupCharset("koi8-r")
	require.NoError(t, err)
	got, _ := decodeText([]byte{0xf0, 0xd2, 0xc9}, koi, 0)
	assert.Equal(t, "При", got, "any WHATWG encoding is decoded through golang.org/x/text")
	_, err = lookupCharset("no-such-charset")
	assert.ErrorIs(t, err, ErrUnknownCharset)
	assert.Equal(t, "windows-1252", csWin1252.String())
}

func TestDeclaredCharset(t *testing.T) {
	tests := map[string]string{
		"<?xml version='1.0' encoding='utf-8' ?>\n<html>":                                       "utf-8",
		`<html><head><meta charset="windows-1252"></head>`:                                      "windows-1252",
		`<HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1"></HEAD>`: "ISO-8859-1",
		`<meta name=x content="y"><meta charset=latin1>`:                                        "latin1",
		`<html><pre>charset=x</pre>`:                                                            "",
	}
	for in, want := range tests {
		assert.Equal(t, want, declaredCharset([]byte(in)), in)
	}
}

func TestUTF16Reader(t *testing.T) {
	// "VZCZC’𝄞" in UTF-16LE, with a surrogate pair and a lone surrogate.
	in := "V\x00Z\x00\x19\x20\x34\xD8\x1E\xDD\x34\xD8Q\x00"
	r := newDecodingReader(bufio.NewReader(strings.NewReader(in)), csUTF16LE)
	b, err := io.ReadAll(r)
	require.NoError(t, err)
	assert.Equal(t, "VZ’𝄞\uFFFDQ", string(b))
}
