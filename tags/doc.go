// Package tags parses the TAGS line of a US diplomatic telegram (Traffic
// Analysis by Geography and Subject) into canonical codes, each with its
// kind (subject, geographic, organization, program, person) and, where a
// public source gives one, its meaning. docs/tags.md describes the line,
// its spellings and the kinds of codes.
//
// [Parse] and [Parser.ParseResult] find the TAGS line in a cable body or a
// whole cable, up to the first numbered paragraph; [ParseLine] parses the
// value of one line. [Lookup] and [KindOf] answer questions about single
// codes from the embedded catalog (data/tags.tsv, data/extra.tsv).
//
// Misspelt labels (TAGE, TGS:), continuation lines, WikiLeaks and markdown
// links are accepted. Typos, codes written together, phrases and personal
// names are repaired from data/fixes.tsv, and glued codes are split when
// every piece is a known code; Tag.Raw keeps the text as written. Country
// codes are FIPS 10-4, not ISO 3166 (CH is China, SZ Switzerland). Codes
// missing from the catalog get a kind from their shape. Only the first
// TAGS line is read; a repeated keyword ("TAGS: EAID, TAGS: EFIN") is
// dropped, where the Python peer cablemap keeps "TAGS" as a tag; SIPDIS and
// duplicates are dropped.
//
// The lines
//
//	E.O. 12958: DECL: 05/03/2017
//	TAGS: OVIP ROE JANE PREL POGOV CE
//	IN, NP
//	SUBJECT: NEW CABINET SWORN IN
//
// give OVIP, PREL and PGOV (subject; PGOV repaired from POGOV, with a
// warning), ROE, JANE (person) and CE, IN, NP (geographic: Sri Lanka,
// India, Nepal), found on lines 2-3.
package tags
