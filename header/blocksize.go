package header

import "github.com/cablemeta/cablemeta/internal/lexicon"

// maxBlockGuess bounds the count of blockSize: a few collective INFO
// lists run to hundreds of lines; the list grows past the guess.
const maxBlockGuess = 64

// blockSize guesses how many addressees an address block will hold when
// its first addressee has just been read and r is positioned after that
// line: one, plus the lines that follow up to the first blank line,
// keyword line (FM, TO, INFO, XMT), or line that ends the header (lower
// case, a body line, a bare classification word). The guess only sizes
// the list, which used to be made with room for 4 TO or 16 INFO
// addressees whatever the block held: a wrong guess costs a reallocation
// or a few unused slots, never a different result.
func blockSize(r lineReader) int {
	n := 1
	for n < maxBlockGuess {
		line, _, ok := r.next()
		if !ok {
			break
		}
		t := trimSpace(line)
		if t == "" || hasLower(t) || isBodyLine(t) || lexicon.ClassificationLine(t) {
			break
		}
		if kw, _ := cutKeyword(t); kw != "" {
			break
		}
		n++
	}
	return n
}
