package textutil

import (
	"math/bits"
	"strings"
)

// IndexFold returns the index of the first instance of needle in s,
// ignoring ASCII case, or -1. needle must be lower case; its ASCII letters
// match either case, every other byte (digits, punctuation, non-ASCII)
// only itself.
//
// It is the one case-insensitive search of the parsers, run over every
// line and over whole pages (thousands of tags before a cable), so it
// tests the first two bytes of eight candidate positions at a time and
// compares the whole needle only where both match.
func IndexFold(s, needle string) int {
	n := len(needle)
	switch {
	case n == 0:
		return 0
	case n > len(s):
		return -1
	case n == 1:
		return indexByteFold(s, needle[0])
	}
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// Setting bit 0x20 lower-cases letters; it also merges a few other
	// byte pairs ('<' with 0x1C), so this is only a pre-filter.
	p0, p1 := uint64(needle[0]|0x20)*ones, uint64(needle[1]|0x20)*ones
	const bit = 0x2020202020202020
	last := len(s) - n // last possible start
	i := 0
	for ; i+8 <= last+1; i += 8 {
		// positions i..i+7: bytes i..i+7 against needle[0], bytes
		// i+1..i+8 against needle[1] (i+8 < len(s) as n >= 2)
		y := ((load8(s, i) | bit) ^ p0) | ((load8(s, i+1) | bit) ^ p1)
		// the high bit of each byte of y that is zero, and of some
		// bytes above a zero byte (a borrow): candidates, in order
		for m := (y - ones) &^ y & highs; m != 0; m &= m - 1 {
			if k := i + bits.TrailingZeros64(m)/8; HasPrefixFold(s[k:], needle) {
				return k
			}
		}
	}
	if i <= last && last >= 7 {
		// the last positions: one more step on the last eight, which
		// overlaps positions already tested (masked off; a zero byte
		// there may still flag one of the others, which is tested)
		j := last - 7
		y := ((load8(s, j) | bit) ^ p0) | ((load8(s, j+1) | bit) ^ p1)
		for m := (y - ones) &^ y & highs &^ (1<<(8*(i-j)) - 1); m != 0; m &= m - 1 {
			if k := j + bits.TrailingZeros64(m)/8; HasPrefixFold(s[k:], needle) {
				return k
			}
		}
		return -1
	}
	for ; i <= last; i++ {
		if HasPrefixFold(s[i:], needle) {
			return i
		}
	}
	return -1
}

// HasPrefixFold reports whether s starts with prefix, ignoring the case
// of ASCII letters (in s and in prefix).
func HasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		if c, d := s[j], prefix[j]; c != d {
			if l := c | 0x20; l != d|0x20 || l < 'a' || l > 'z' {
				return false
			}
		}
	}
	return true
}

// indexByteFold is IndexFold for a one-byte needle.
func indexByteFold(s string, c byte) int {
	i := strings.IndexByte(s, c)
	if c < 'a' || c > 'z' {
		return i
	}
	end := len(s)
	if i >= 0 {
		end = i
	}
	if j := strings.IndexByte(s[:end], c-('a'-'A')); j >= 0 {
		return j
	}
	return i
}
