package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParagraphNumber(t *testing.T) {
	for _, tt := range []struct {
		s     string
		num   int
		delim byte
		text  string // the text after the number; "-" for no number
	}{
		{"1. (C) Text", 1, '.', "(C) Text"},
		{" ¶2. Text", 2, '.', "Text"},
		{"\t12.(S)", 12, '.', "(S)"},
		{"123. X", 123, '.', "X"},
		{"1.", 1, '.', ""},
		{"1 .X", 1, '.', "X"},
		{"¶ 3 .\t", 3, '.', ""},
		{"¶¶1. A", 1, '.', "A"},
		{"## 11. Text", 11, '.', "Text"},
		{"1.THE MINISTER", 1, '.', "THE MINISTER"},
		{"4) Text", 4, ')', "Text"},
		{"1. \"A", 1, '.', "\"A"},
		{"1", 0, 0, "-"},
		{"1.5 MILLION", 0, 0, "-"},
		{"1..", 0, 0, "-"},
		{"3.a", 0, 0, "-"},
		{"4)a", 0, 0, "-"},
		{"1234. X", 0, 0, "-"},
		{"0. X", 0, 0, "-"},
		{"1,2. A", 0, 0, "-"},
		{"1   . A", 0, 0, "-"},
		{"A. Text", 0, 0, "-"},
		{"", 0, 0, "-"},
	} {
		p, ok := ParagraphNumber(tt.s)
		assert.Equal(t, tt.text != "-", ok, "%q", tt.s)
		assert.Equal(t, ok, ParagraphLine(tt.s), "%q", tt.s)
		if ok {
			assert.Equal(t, tt.num, p.Num, "%q", tt.s)
			assert.Equal(t, tt.delim, p.Delim, "%q", tt.s)
			assert.Equal(t, tt.text, tt.s[p.Text:], "%q", tt.s)
		}
	}
}

func TestParagraphOne(t *testing.T) {
	for _, s := range []string{"1. (C)", "¶1. Summary", "  1.", "1. \"A", "1.(SBU) Summary:", "1.THE", "* 1. Text"} {
		assert.True(t, ParagraphOne(s), s)
	}
	for _, s := range []string{"1) Text", "2. (C) Text", "11. Text", "1.5 PERCENT", "1", "REF 1. X"} {
		assert.False(t, ParagraphOne(s), s)
	}
}
