// Package classification parses the security classification elements of a
// US diplomatic telegram: the banner line, the captions and handling lines
// under it, the E.O. (declassification) line and the "Classified By" line
// with its reasons. Levels and portion markings are the marking package's
// vocabulary. docs/classification.md describes these lines and their
// spellings.
//
// [Parse] reads the preamble of a cable body (or of a whole cable whose
// header precedes the banner) and returns a [Result]. The leaf parsers
// [ParseBanner], [ParseEO], [ParseClassifiedBy] and [ParseCaptionLine] read
// one element each; [Compare] cross-checks the levels of the parts.
//
// Damaged banners ("SS E C R E T", "C ONFIDENTIAL", lower case) are
// repaired with a warning. Only the preamble is searched (up to paragraph 2,
// at most 60 lines after the banner). Without a banner, the level comes only
// from a "CONFIDENTIAL - ENTIRE TEXT" statement or a bare classification line
// at the top of a received copy, with a warning; it is never guessed from
// portion markings or the header. SBU, SENSITIVE and FOUO are reported as
// caveats of unclassified cables only. Names on "Classified By" lines are
// returned as written, without correcting spelling or case.
//
// The preamble
//
//	S E C R E T COLOMBO 000815 SIPDIS NOFORN
//	E.O. 12958: DECL: 05/03/2017
//	Classified By: Ambassador Jane Q. Roe for reasons 1.4 (b) and (d)
//
// gives the classification SECRET//NOFORN, the captions SIPDIS and NOFORN,
// declassification on 2017-05-03 under E.O. 12958, and classified by "Jane
// Q. Roe" (title "Ambassador") for reasons 1.4(b), foreign government
// information, and 1.4(d), foreign relations.
package classification
