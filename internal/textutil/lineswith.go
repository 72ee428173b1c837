package textutil

import "math/bits"

// LinesWithFold reports, for each of up to eight words, the lines of s
// that hold it, ignoring ASCII case, in one pass over s. offs are the
// offsets in s of the lines' first bytes, ascending, offs[0] == 0 (a
// line runs to the next offset, the last to the end of s). Each word
// must be lower case, at least three bytes long and without a newline, so
// that a match lies within one line. The result holds, per word, the
// ascending indices in offs of the lines that hold it, each once.
//
// It tests the first three bytes of eight positions at a time against
// every word's first three bytes, and compares a whole word only where
// they match (two would let through every "co" and "be" of English prose):
// one scan costs about what one [IndexFold] over s costs, where asking
// for each word in turn would scan s once per word.
func LinesWithFold(s string, offs []int, words []string) [][]int {
	if len(words) > 8 {
		panic("textutil: LinesWithFold: more than eight words")
	}
	out := make([][]int, len(words))
	if len(offs) == 0 {
		return out
	}
	const ones, highs, bit = 0x0101010101010101, 0x8080808080808080, 0x2020202020202020
	var p0, p1, p2 [8]uint64
	for w, word := range words {
		if len(word) < 3 {
			panic("textutil: LinesWithFold: a word shorter than three bytes")
		}
		p0[w], p1[w], p2[w] = uint64(word[0]|0x20)*ones, uint64(word[1]|0x20)*ones, uint64(word[2]|0x20)*ones
	}
	line := 0
	found := func(k int) {
		for line+1 < len(offs) && offs[line+1] <= k {
			line++
		}
		for w, word := range words {
			if n := len(out[w]); (n == 0 || out[w][n-1] != line) && HasPrefixFold(s[k:], word) {
				out[w] = append(out[w], line)
			}
		}
	}
	i := 0
	for ; i+10 <= len(s); i += 8 {
		a, b, c := load8(s, i)|bit, load8(s, i+1)|bit, load8(s, i+2)|bit
		var m uint64
		for w := range words {
			y := (a ^ p0[w]) | (b ^ p1[w]) | (c ^ p2[w])
			m |= (y - ones) &^ y & highs
		}
		for ; m != 0; m &= m - 1 {
			found(i + bits.TrailingZeros64(m)/8)
		}
	}
	for ; i+2 < len(s); i++ {
		found(i)
	}
	return out
}
