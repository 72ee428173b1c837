package classification

// byteSet is a set of ASCII bytes to trim from strings. strings.Trim,
// TrimLeft and TrimRight build the set of their cutset on every call,
// which cost more than the trimming on the short words and lines of the
// preamble; the sets here are built once.
type byteSet struct {
	chars string    // the cutset, as strings.Trim takes it
	bits  [4]uint64 // bit c is set for each byte c of chars
}

// Cutsets of the parse.
var (
	blanks       = newByteSet(" \t")
	captionSeps  = newByteSet(" ,;:\t") // between captions
	captionEnd   = newByteSet(".,;: ")  // after a caption phrase
	bannerLead   = newByteSet("\",\t ") // before a banner in a dump row
	whoLead      = newByteSet(" :;,.-") // before the "who" part
	whoEnd       = newByteSet(" ,;:")   // after the "who" part
	titleEnd     = newByteSet(" ,;:.")  // around the title
	nameEnd      = newByteSet(",;: ")   // after a name
	wordPunct    = newByteSet(".,;:()") // around a title word
	eoEventTrail = newByteSet(" .,;")   // around the text after an E.O. date
)

// newByteSet returns the set of the bytes of chars, which must be ASCII.
func newByteSet(chars string) byteSet {
	s := byteSet{chars: chars}
	for i := 0; i < len(chars); i++ {
		c := chars[i]
		if c >= 0x80 {
			panic("classification: byteSet of a non-ASCII byte")
		}
		s.bits[c>>6] |= 1 << (c & 63)
	}
	return s
}

func (s *byteSet) has(c byte) bool { return s.bits[c>>6]&(1<<(c&63)) != 0 }

// trimLeft is strings.TrimLeft(t, s.chars).
func (s *byteSet) trimLeft(t string) string {
	i := 0
	for i < len(t) && s.has(t[i]) {
		i++
	}
	return t[i:]
}

// trimRight is strings.TrimRight(t, s.chars).
func (s *byteSet) trimRight(t string) string {
	i := len(t)
	for i > 0 && s.has(t[i-1]) {
		i--
	}
	return t[:i]
}

// trim is strings.Trim(t, s.chars).
func (s *byteSet) trim(t string) string { return s.trimRight(s.trimLeft(t)) }
