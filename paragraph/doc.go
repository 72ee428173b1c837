// Package paragraph parses the body of a US diplomatic telegram: the
// SUBJECT line, the numbered paragraphs with their portion markings and
// headings, the summary, comment, quoted-text and action-request spans, and
// the signers. docs/body.md describes these parts and their spellings. The
// REF block's references and cable ids are read by package refs.
//
// [Parse] takes a cable body (from the banner on), a whole cable or a
// fragment, normalised or raw (carriage returns, HTML entities, markdown
// links and headings, cables.csv backslashes and "¶" are tolerated). It
// removes the transmission debris that [Clean] describes (page breaks,
// repeated section headers of received copies, stray SIPDIS lines), then
// reads the subject, paragraphs, spans and signature. [ParseSubject],
// [ParseSigners], [Clean] and [Title] are the smaller pieces.
//
// The subject is searched only before the first numbered paragraph, never
// guessed from the body. Paragraph numbers damaged by markdown renderings
// ("11." for "¶1.") are repaired by their sequence, with a warning. Text
// is not re-flowed: paragraphs keep one line per source line, so no
// hyphenated word is joined by guesswork, and lettered sub-items stay in
// their paragraph. The signer is the last name line, upper-cased, found
// after footers and publisher debris; a name split over two lines is not
// joined and typos are not corrected.
//
// The body
//
//	SUBJECT: NEW CABINET SWORN IN; PRESIDENT KEEPS
//	DEFENSE PORTFOLIO
//
//	11. (C) Summary: The new cabinet took office. End summary.
//
//	12. (SBU) The President kept defense, he said,
//
//	COLOMBO 00000815 002 OF 002
//
//	"for the time being."
//
//	ROE
//
// gives the subject "NEW CABINET SWORN IN; PRESIDENT KEEPS DEFENSE
// PORTFOLIO", paragraphs 1 (C) and 2 (SBU, "The President kept defense,
// he said,\n\"for the time being.\""), the summary "The new cabinet took
// office.", the signer ROE and two warnings for the renumbered paragraphs.
package paragraph
