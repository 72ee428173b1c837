// Package relines restores the line structure of a cable text whose line
// breaks were lost: a database export that stored the cable in one field
// with every break turned into a space, or a copy that holds the whole
// cable on a few very long lines.
//
// [Restore] finds the cable's landmarks by their own evidence, with the
// lexicon's recognizers (a date-time group, "FM" followed by a station
// address, the DE and security lines, a banner with its origin and serial,
// the E.O., TAGS, SUBJECT, REF and Classified By labels, paragraph
// numbers, page-break lines) and puts a line break before each one found
// in the middle of a line, and after those that fill a line of their own,
// so that each field ends where the next landmark begins. Landmarks are
// looked for in the order a cable has them: header lines only before the
// banner, paragraph numbers only in sequence, so that "FM Lavrov" or "TO
// THE MINISTER" in the body never start a line.
//
// Nothing else is changed: the text keeps every character but the blanks
// a break replaces. Restore is for texts that [Flattened] reports; a text
// with its line breaks is left as it is.
package relines
