// Package lexicon recognises the landmarks of a cable's text, each in
// exactly one place: the date-time group line, banner and classification
// lines, the E.O., TAGS and SUBJECT labels, paragraph numbers, page-break
// lines, the lines of repeated section headers, and the like.
//
// A recognizer reads one line, or a line from an offset, and reports
// where its landmark starts and ends, so that a caller can find a landmark
// in the middle of a line when the evidence around it is strong enough.
// What a landmark means for a part of the cable (where a field ends, what
// it holds) is the section parsers' business, not the lexicon's.
//
// The recognizers keep no state and are safe for concurrent use.
package lexicon
