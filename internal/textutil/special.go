package textutil

import "math/bits"

// IndexSpecial returns the index of the first byte of s that is not
// printable ASCII (a control character, DEL or a byte of a multi-byte
// UTF-8 sequence) or is c, or -1. It tests eight bytes at a time: the
// line filters run it over every line of a body.
func IndexSpecial(s string, c byte) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	cs := uint64(c) * ones
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		low := (x - 0x20*ones) &^ x // a byte below 0x20
		high := x + ones | x        // a byte from 0x7f (DEL) up
		eq := x ^ cs
		eq = (eq - ones) &^ eq // a byte equal to c
		if m := (low | high | eq) & highs; m != 0 {
			// the lowest flagged byte is a match: the borrows and
			// carries only flag bytes above a matching one by mistake
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if b := s[i]; b < 0x20 || b >= 0x7f || b == c {
			return i
		}
	}
	return -1
}
