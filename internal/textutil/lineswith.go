package textutil

import "math/bits"

// LinesWithFold reports, for each word, the lines of s that hold it,
// ignoring ASCII case, in one pass over s per four words. offs are the
// offsets in s of the lines' first bytes, ascending, offs[0] == 0 (a
// line runs to the next offset, the last to the end of s). Each word
// must be lower case, at least three bytes long and without a newline, so
// that a match lies within one line. The result holds, per word, the
// ascending indices in offs of the lines that hold it, each once.
//
// It tests the first three bytes of eight positions at a time against
// every word's first three bytes, and compares a whole word only where
// they match (two would let through every "co" and "be" of English prose):
// asking [IndexFold] for each word in turn would scan s once per word.
// That is worth 5% of cable.Parse: 682k instructions per cable with this
// pass, 718k with a loop of IndexFold per word (cachegrind, GOGC=off,
// the cable package's BenchmarkParse).
func LinesWithFold(s string, offs []int, words []string) [][]int {
	out := make([][]int, len(words))
	for _, word := range words {
		if len(word) < 3 {
			panic("textutil: LinesWithFold: a word shorter than three bytes")
		}
	}
	if len(offs) == 0 {
		return out
	}
	// four words per pass, unrolled; a missing word is a pattern of zero
	// bytes, which no byte of s matches once bit 0x20 is set
	for g := 0; g < len(words); g += 4 {
		linesWith4(s, offs, words[g:min(g+4, len(words))], out[g:])
	}
	return out
}

// linesWith4 is one pass of LinesWithFold for up to four words.
func linesWith4(s string, offs []int, words []string, out [][]int) {
	const ones, highs, bit = 0x0101010101010101, 0x8080808080808080, 0x2020202020202020
	var p [4][3]uint64
	for w, word := range words {
		for k := range 3 {
			p[w][k] = uint64(word[k]|0x20) * ones
		}
	}
	// line is the line of the block being read; a match at k is on it or
	// on a later line
	line := 0
	found := func(w, k int) {
		l := line
		for l+1 < len(offs) && offs[l+1] <= k {
			l++
		}
		if n := len(out[w]); (n == 0 || out[w][n-1] != l) && HasPrefixFold(s[k:], words[w]) {
			out[w] = append(out[w], l)
		}
	}
	// match flags the high bit of each byte of t that is zero (and may
	// flag bytes above one that is: found checks each position)
	match := func(t uint64) uint64 { return (t - ones) &^ t }
	i := 0
	for ; i+10 <= len(s); i += 8 {
		// the first two bytes, then (in a block of text out of ten) the
		// third
		a, b := load8(s, i)|bit, load8(s, i+1)|bit
		t0 := (a ^ p[0][0]) | (b ^ p[0][1])
		t1 := (a ^ p[1][0]) | (b ^ p[1][1])
		t2 := (a ^ p[2][0]) | (b ^ p[2][1])
		t3 := (a ^ p[3][0]) | (b ^ p[3][1])
		if (match(t0)|match(t1)|match(t2)|match(t3))&highs == 0 {
			continue // the common case: no word starts in these eight bytes
		}
		c := load8(s, i+2) | bit
		t0 |= c ^ p[0][2]
		t1 |= c ^ p[1][2]
		t2 |= c ^ p[2][2]
		t3 |= c ^ p[3][2]
		if (match(t0)|match(t1)|match(t2)|match(t3))&highs == 0 {
			continue
		}
		for line+1 < len(offs) && offs[line+1] <= i {
			line++
		}
		for w, t := range [4]uint64{t0, t1, t2, t3} {
			for m := match(t) & highs; m != 0; m &= m - 1 {
				found(w, i+bits.TrailingZeros64(m)/8)
			}
		}
	}
	for ; i+2 < len(s); i++ {
		for line+1 < len(offs) && offs[line+1] <= i {
			line++
		}
		for w := range words {
			found(w, i)
		}
	}
}
