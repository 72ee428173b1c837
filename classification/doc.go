// Package classification parses the security classification elements of a
// US diplomatic telegram: the banner line, the captions and handling lines
// under it, the E.O. (declassification) line, the "Classified By" line with
// its reasons. Levels and portion markings are the marking package's
// vocabulary.
//
// [Parse] reads the preamble of a cable body (or of a whole cable whose
// telegraphic header precedes the banner) and returns a [Result]. The leaf
// parsers are exported for other packages: [ParseBanner], [ParseEO],
// [ParseClassifiedBy], [ParseCaptionLine], and the level cross-check
// [Compare].
//
// # Supported variants
//
//   - Banners: letter-spaced and plain ("C O N F I D E N T I A L SECTION 01
//     OF 03 BEIJING 006403", "UNCLAS SECTION 01 OF 02 ..."), caveats
//     ("SECRET//NOFORN"), garbled words ("SS E C R E T", "CSE C R E T",
//     "C ONFIDENTIAL", "UUNCLAS", "O N F I D E N T I A L"), media copies
//     ("S e c r e t state 068250"), "UNCLAS E F T O", redacted origins
//     ("XXXXXXXXXXXX 000004"), captions and even the E.O. line run onto the
//     banner, banners after a tab (database rows of some dumps).
//   - Captions: SIPDIS, NOFORN, SENSITIVE, SBU, FOUO, EXDIS, NODIS, LIMDIS,
//     STADIS, SPECAT, EFTO, corrected-copy notes; passing lines ("DEPT FOR
//     WHA/BSC") are kept as passing text.
//   - E.O. lines of E.O. 11652, 12065, 12356, 12958 and 13526 in all
//     spellings ("E.O. 12958: DECL:", "EO 12958 DECL:", "E.o.", "E.0."),
//     with dates (M/D/YYYY, M/D/YY, YYYY/MM/DD, ISO, "011/2/2019"), events
//     and codes (OADR, N/A, X1, 1.6X1, 25X1, GDS, XGDS-2, MR, "DNG: CO
//     04/08/2026", "TEN YEARS AFTER KOREAN UNIFICATION"), a TAGS line run onto
//     them, and "Declassify on: ..." lines. Two-digit years below 50 are
//     20yy, others 19yy.
//   - "Classified By" lines wrapped over lines and mid-word, with one or
//     several names, titles before or after the name, reasons 1.4/1.5 and
//     letters in every spelling; "Derived from Multiple Sources"; no-name
//     forms; the older "CONFIDENTIAL - ENTIRE TEXT" statement.
//   - Portion markings: (U), (SBU), (C), (S), (TS), (S/NF), (C//NF),
//     (S//REL TO USA, FVEY), (S//FGI//NF), (U//FOUO), ( C ), (C NF), (SNF),
//     (S-NF), (C - ENTIRE TEXT), (SECRET/REL FRANCE), (/Rel UK).
//
// # Notable divergences
//
//   - Only the preamble is searched: up to paragraph 2 and at most 60 lines
//     after the banner; E.O. lines in the body are not reported.
//   - Without banner, the level is taken only from a "... - ENTIRE TEXT"
//     statement or from a bare classification line at the very top of a
//     received copy, each with a warning; it is never guessed from portion
//     markings or the header.
//   - Caveats SBU, SENSITIVE and FOUO are reported only for unclassified
//     cables; distribution captions (EXDIS, NODIS, ...) stay captions.
//   - Names on "Classified By" lines are returned as written: misspellings
//     ("RICAHRD") and case are not corrected.
//   - "(c)" is accepted as a marking: callers scanning lettered lists must
//     use their context.
//
// # Example
//
// The preamble
//
//	S E C R E T BOGOTA 000243 SIPDIS NOFORN
//	E.O. 12958: DECL: 09/28/2032
//	Classified By: Ambassador William B. Wood for reasons 1.4 (b) and (d)
//
// results in level SECRET with caveat NOFORN, origin "BOGOTA", serial 243,
// captions SIPDIS and NOFORN, declassification on 2032-09-28 under E.O.
// 12958, classified by "William B. Wood" (title "Ambassador") for reasons
// 1.4(b) foreign government information and 1.4(d) foreign relations.
package classification
