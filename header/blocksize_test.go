package header

import "testing"

func TestBlockSize(t *testing.T) {
	for _, c := range []struct {
		after string // the lines after the first addressee
		want  int
	}{
		{"", 1},
		{"INFO RUEHBJ/AMEMBASSY BEIJING 0001\n", 1},
		{"RUEHBJ/AMEMBASSY BEIJING 0001\nRUEHUL/AMEMBASSY SEOUL 0002\n\nC O N F I D E N T I A L\n", 3},
		{"RUEHBJ/AMEMBASSY BEIJING 0001\nXMT AMCONSUL X\n", 2},
		{"AMEMBASSY TOKYO\nE.O. 12958: DECL: 1/1/2019\n", 2},
		{"AMEMBASSY TOKYO\nCONFIDENTIAL\nPAGE 02\n", 2},
		{"AMEMBASSY TOKYO\nSubject line\n", 2},
	} {
		if got := blockSize(lineReader{text: c.after, num: 2}); got != c.want {
			t.Errorf("blockSize(%q) = %d, want %d", c.after, got, c.want)
		}
	}
}
