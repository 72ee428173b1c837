package classification

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// cbKeys lists the keyword spans that next finds in text, one after the
// other, as findClassifiedBy visits them.
func cbKeys(text string, next func(string, int) (int, int)) string {
	var out []int
	for off := 0; off < len(text); {
		start, end := next(text, off)
		if start < 0 {
			break
		}
		out = append(out, start, end)
		off = end
	}
	return fmt.Sprint(out)
}

func TestCBKeyMatch(t *testing.T) {
	tests := []struct {
		in   string
		want int // cbKeyStartLen
	}{
		{"Classified By: Amb. X", len("Classified By: ")},
		{"CLASSIFIED BY\tPOLOFF", len("CLASSIFIED BY\t")},
		{"clasifd by x", len("clasifd by ")},
		{"claſſified by", len("claſſified by")},
		{"classified byx", 0},
		{"classified by_", 0},
		{"classifed by :x", len("classifed by :")},
		{"classified", 0},
		{"declassified by", 0},
		{" classified by", 0},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cbKeyStartLen(tt.in), "%q", tt.in)
	}
}

// TestCBKey lists the keyword spans that nextCBKey finds, one after the
// other: misspellings, white space, word boundaries, "ſ" (the window
// around "fied" reaches 6 bytes back, so a two-byte "ſſ" falls out of it).
func TestCBKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Classified By: Amb. X", "[0 14]"},
		{"CLASSIFIED BY\tPOLOFF", "[0 14]"},
		{"UNCLASSIFIED\nCLASSIFIED BY X", "[13 27]"},
		{"DECLASSIFIED BY NARA", "[]"},
		{"classified\n\n by", "[0 15]"},
		{"Clasified by", "[0 12]"},
		{"claſſified by", "[]"},
		{"classified byx", "[]"},
		{"CLASSIFIED                                 BY", "[0 45]"},
		{"classified", "[]"},
		{"classified b", "[]"},
		{"classifiedby", "[]"},
		{"classified :by", "[]"},
		{"fied by", "[]"},
		{"CLASSIFIED BY: CLASSIFIED BY: X", "[0 14 15 29]"},
		{"xfied by classified by", "[9 22]"},
		{"CLASSIFIED\u00a0BY", "[]"},
		{"classified\fby", "[0 13]"},
		{"classiFIED By\r\nx", "[0 15]"},
		{"_classified by", "[1 14]"},
		{"x_classified by", "[2 15]"},
		{"claſified by", "[0 13]"},
		{"clasified by: x", "[0 13]"},
		{"classifed by", "[]"},
		{"clasifd by", "[]"},
		{"classiied by", "[]"},
		{"classified by_", "[]"},
		{"classified byé", "[0 13]"},
		{"classified by :", "[0 15]"},
		{"classified  by  :  x", "[0 17]"},
		{"CLAſſIFIED BY", "[]"},
		{"claſsified by", "[]"},
		{"DECLASSIFIED BY", "[]"},
		{"Classified By: Classified by x", "[0 14 15 29]"},
		{"1. classified by x", "[3 17]"},
		{"classified by                                     :", "[0 46]"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, cbKeys(tt.in, nextCBKey), "%q", tt.in)
	}
}
