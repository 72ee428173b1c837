// Package refs reads what a US diplomatic telegram cites: the items of its
// REF block, the cable reference ids they name (07BEIJING6403: year of the
// date-time group, station, serial) and the station names those ids are
// made of.
//
// [Parser.Parse] finds the REF block(s) of a cable body or a whole cable,
// in the preamble before paragraph 1, and returns one [Reference] per item:
// a cited cable with its canonical id, or an e-mail, telephone
// conversation, handbook section, report or other document with its kind
// and text. [ParseID] reads and repairs a published cable id, [MakeID]
// builds a cable's own id from its DTG year and banner origin and serial,
// and [CanonicalStation] maps a station spelling ("RIO DE JAN", "SECSTATE")
// to the station of the ids. One embedded station table (data/stations.tsv)
// serves ids and references alike, so a citation yields the id the cited
// cable carries itself.
//
// Not read: references in the paragraphs ("reftel", "ref A para 3"), the
// dates and subjects of non-cable items, and REF lines after paragraph 1.
//
// # Notable divergences
//
//   - A citation of the citing cable itself is dropped with a warning;
//     the WikiLeaks reference lists keep it.
//   - Continuations ("PARIS 1501, 1568", "State 188314, 259032") are read
//     as cables of the same station and year, and non-cable items are kept
//     with their kind, where the Python peer cablemap drops some of them.
//   - [MakeID] applies no alias, so a cable's own id is the id as
//     published ("SECSTATE" stays); [ParseID] and citations use the
//     canonical station ("STATE").
//
// # Example
//
// In a cable of 2008, the block
//
//	REF: A. BERLIN 1045 AND 1052
//	¶B. 07 STATE 12345 (NOTAL)
//	¶C. GUHA-CARTER E-MAIL (07SEP07)
//
// yields the cables 08BERLIN1045 and 08BERLIN1052 (label A), 07STATE12345
// (label B) and an e-mail (label C, no id).
package refs
