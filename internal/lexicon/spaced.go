package lexicon

// LetterSpaced reports whether the trimmed line t opens with a word
// written letter by letter: at least five single capital letters, each
// followed by one blank, after at most one word of one or two capitals
// ("S E C R E T", "SS E C R E T", "CO N F I D E N T I A L", "O N F I D E
// N T I A L": banners as garbled copies print them). No addressee, label
// or sentence opens so.
func LetterSpaced(t string) bool {
	i := 0
	if len(t) > 2 && isUpper(t[0]) && (t[1] == ' ' || isUpper(t[1]) && t[2] == ' ') {
		// a first word of one or two capitals: counted below when single
		if t[1] != ' ' {
			i = 3
		}
	}
	n := 0
	for i < len(t) && isUpper(t[i]) && (i+1 == len(t) || t[i+1] == ' ') {
		n++
		i += 2
	}
	return n >= 5
}
