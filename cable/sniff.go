package cable

import (
	"bytes"
	"fmt"
)

// sniffNUL tells text from binary data by the NUL bytes of head, the
// first bytes of an input without a byte order mark whose format is
// detected (a format named by the caller reads the bytes as they are). Text has none,
// except UTF-16: ASCII text in UTF-16 has a NUL in every other byte, at
// odd offsets in little-endian order, at even ones in big-endian. When
// head has NULs, sniffNUL returns the UTF-16 charset they show, or an
// error wrapping ErrNotCable for any other pattern. cs is the charset
// asked for: a named UTF-16 charset is kept, and a named one-byte charset
// still refuses binary data.
func sniffNUL(head []byte, cs charset) (charset, error) {
	first := bytes.IndexByte(head, 0)
	if first < 0 || cs.isUTF16() {
		return cs, nil
	}
	var even, odd int // NULs at even and odd offsets
	for i, b := range head[:len(head)&^1] {
		if b == 0 {
			if i&1 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	// Mostly ASCII text: nearly every other byte is NUL, the others
	// almost never.
	pairs := len(head) / 2
	if cs == csSniff && pairs >= 8 {
		switch {
		case odd*10 >= pairs*7 && even*20 < pairs:
			return csUTF16LE, nil
		case even*10 >= pairs*7 && odd*20 < pairs:
			return csUTF16BE, nil
		}
	}
	return cs, fmt.Errorf("%w: binary data (NUL byte at byte %d)", ErrNotCable, first)
}
