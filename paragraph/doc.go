// Package paragraph parses the body of a US diplomatic telegram: the
// SUBJECT line, the numbered paragraphs with their portion markings and
// headings, the SUMMARY, COMMENT, quoted-text and action-request spans, and
// the signers (docs/body.md).
//
// [Parse] takes a cable body (from the classification banner on), a whole
// cable or a fragment, already normalised by the caller (see
// internal/textutil.Normalize) or raw: carriage returns, trailing blanks,
// HTML entities, markdown links and "####" headings, cables.csv line-end
// backslashes and a leading "¶" are tolerated. It first removes the
// transmission artefacts that [Clean] describes, then reads the preamble,
// the paragraphs, the spans and the signature. The smaller pieces are
// exported too: [ParseSubject], [ParseSigners], [Clean] and [Title]. The
// REF block's references and cable ids are read by package
// github.com/cablemeta/cablemeta/refs.
//
// # Supported variants
//
//   - SUBJECT labels "SUBJECT:", "Subject:", "SUBJ:", "UBJECT:" (lost S),
//     "SUBJECT " without colon (but not "SUBJECT LINE"), doubled
//     "SUBJECT: SUBJECT:", a label alone on its line, and media versions
//     that run E.O., TAGS and Subject onto one line. The subject ends at a
//     blank line, a REF/REFS/REF(S)/Ref(s) label (also run onto the same
//     line), Classified By, a banner, "SENSITIVE BUT", a numbered paragraph,
//     SUMMARY, a page break, a dash run, "PAGE nn", "This is an Action
//     Req", a media dateline ("Friday, ..."). Only the preamble is searched
//     (before the first numbered paragraph, at most 3,000 bytes), so body
//     text never becomes a subject. A leading portion marking is kept in
//     [Body.Subject] and exposed as [Body.SubjectMarking].
//   - Paragraph numbers "1.", "¶1.", "1.(U)", "1)" (when the cable numbers
//     that way); four-digit years ("¶2006.") and decimals ("1.4") are no
//     paragraphs. The markdown rendering bug that turned "¶1."-"¶8." into
//     "11."-"18." is repaired with a sequence rule (docs/renderings.md),
//     and WikiLeaks anchors on wrapped dates ("on October\n¶26.") are
//     recognised. Portion markings are read with marking.CutMarking,
//     including the older "CONFIDENTIAL - ENTIRE TEXT." form.
//   - Headings: underlined or over- and underlined titles (hyphens, "=",
//     Unicode dashes, broken runs "- - -"), markdown "#### Title" followed
//     by a stray "-----", a title standing alone between blank lines
//     ("Secretariat: Security is Central"), one-line media forms
//     ("Comment -------", "----- General Points -----"). A heading belongs
//     to the paragraph that follows it.
//   - Clean-up: NCD page-break lines ("BEIJING 00006403 002 OF 003",
//     "PARIS 00002069 001.2 OF 002", "KABUL 00001239 001.6 of"),
//     received-copy page frames (classification footer and header around
//     "PAGE 02 ..."), also glued to text in un-wrapped copies; spurious
//     SIPDIS lines and leading "SIPDIS " tokens after the caption block;
//     a sentence split by one of them is rejoined.
//   - Repeated section headers (docs/body.md): a cable sent in
//     several sections repeats, before each banner "SECTION 02 OF 03", the
//     classification frame, the ACTION/INFO office lines, the dashed
//     control line and the DTG/FM/TO/INFO block, and after it the captions
//     and the E.O., TAGS and SUBJECT lines (90CAPETOWN97, 01VATICAN5693).
//     They are cut out of the paragraphs and reported, lines kept, as a
//     "section-header" span; a sentence split by one is rejoined.
//     Addressee lines count only below an FM line, so text in capitals is
//     never taken for them.
//   - Preamble lines (E.O., TAGS and its typos "TAGE:", "TAG:", "TGS:",
//     REF, Classified By, captions) are never headings. A body with a
//     banner, E.O. or TAGS line but no SUBJECT line gets a "no-subject"
//     warning; a fragment without any of them does not.
//   - Spans: SUMMARY ("SUMMARY:", "1. (C) Summary:", "Summary.", "BEGIN
//     SUMMARY", dashed SUMMARY headings, "SUMMARY AND COMMENT", "Summary and
//     Action Request", "Summary/Comment", "Summay") up to "END SUMMARY"
//     (also split over lines, or by a page break: "END" + page break +
//     "SUMMARY.") or the end of its paragraph; without an
//     opener but with END SUMMARY, the summary is paragraph 1. COMMENT
//     (line start, after a sentence, "(COMMENT: ...)") up to "END COMMENT",
//     "End \ncomment.", the closing parenthesis or the end of the
//     paragraph. BEGIN TEXT ... END TEXT. ACTION REQUEST(ED).
//   - Signers: the last name line, upper-cased, after skipping
//     classification footers, NNNN, "End Cable Text", NARA review lines,
//     page headers, post web-site footers, WikiLeaks debris ("SELECT *
//     FROM", "</table>"), GP-3 and a header block printed after the text.
//     "BRUSH BRUSH" is one signer, "TIMKEN JR", "DE PREE" and "VAN VOORST"
//     one name, "GREEN REID" two signers; "CDA Griffiths" yields GRIFFITHS;
//     a signer run onto the last line ("... CONSIDERED.  EAGLETON") or onto
//     a footer ("... index. cfm Tuttle") is found.
//
// # Notable divergences
//
//   - Text is never re-flowed: paragraph and span texts keep one line per
//     source line (blank lines dropped, white space runs collapsed), so no
//     hyphenated word is joined by guesswork.
//   - Sub-items (lettered "A.", dashed "--" bullets) stay inside the
//     paragraph text; they are not split out.
//   - A subject missing from the text is not guessed from the body, even
//     when a title-like first line looks like one (08TRIPOLI642).
//   - Signers split over two lines are not joined; names are upper-cased,
//     typos are not corrected.
//   - Positions of text holding escaped newlines ("&#x000A;") refer to the
//     text after those entities have become line breaks.
//
// # Example
//
// The input
//
//	SUBJECT: SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO
//	MANDATE
//
//	11. (C) SUMMARY: Central Asian staff ... END SUMMARY.
//
//	Short on Specifics
//	-----
//
//	12. (C) For emergency situations, he added,
//
//	BEIJING 00006403 002 OF 003
//
//	"response specifics are still being developed."
//
//	Randt
//
// results in Subject "SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO
// MANDATE", paragraphs 1 and 2 (marking C, paragraph 2 with heading "Short
// on Specifics" and text "For emergency situations, he added,\n\"response
// specifics are still being developed.\""), Summary "Central Asian staff
// ...", Signers ["RANDT"] and two "renumbered" warnings.
package paragraph
