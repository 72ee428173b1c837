package classification

// Cutsets of the parse, for strings.Trim, TrimLeft and TrimRight.
const (
	blanks       = " \t"
	captionSeps  = " ,;:\t" // between captions
	captionEnd   = ".,;: "  // after a caption phrase
	bannerLead   = "\",\t " // before a banner in a dump row
	whoLead      = " :;,.-" // before the "who" part
	whoEnd       = " ,;:"   // after the "who" part
	titleEnd     = " ,;:."  // around the title
	nameEnd      = ",;: "   // after a name
	wordPunct    = ".,;:()" // around a title word
	eoEventTrail = " .,;"   // around the text after an E.O. date
)
