// Package tags parses the TAGS line of a US diplomatic telegram (Traffic
// Analysis by Geography and Subject, docs/tags.md) into canonical
// codes, each with its kind (subject, geographic, organization, program,
// person) and, where a public source gives one, its meaning.
//
// [Parse] and [Parser.ParseResult] find the TAGS line in a cable body or a
// whole cable (they scan up to the first numbered paragraph); [ParseLine]
// parses the value of one line. [Lookup] and [KindOf] answer questions about
// single codes from the embedded catalog (data/tags.tsv, data/extra.tsv).
//
// # Supported variants
//
//   - Keywords TAGS:, TAGS (no colon), TAGS,, TAG, Tags:, tags and the typos
//     TAGE, TAGES, TAS:, TGS:, TABS:, AGS: (reported as label-variant).
//   - The keyword at the start of a line, after a pilcrow or markdown marks,
//     or later on the line: glued to the E.O. line ("DECL: 03/20/2019 TAG
//     PTER, PGOV", "05/21/2015TAGS: PREL") or in a one-line media version.
//   - Separators: spaces, commas, semicolons, mixed.
//   - Continuation lines: after a line ending with a comma, a line starting
//     with "CODE,", an upper-case line made of codes only, or a short
//     upper-case line right before SUBJECT ("COUNTRY\nCLEARANCE"). A value
//     ends at a blank line, at SUBJECT/REF/Classified By (also on the same
//     line) and at a page-break header ("UNCLASSIFIED PAGE 02 ...").
//   - Markup: WikiLeaks tag links, markdown links [PREL](#), a pilcrow.
//   - Repairs from data/fixes.tsv (each row with its source): typos (POGOV
//     -> PGOV, MOPPS -> MOPS, RU -> RS), codes written together (PHUMPGOV,
//     KFRDKIRFCVISCMGTKOCIASECPHUMSMIGEG), multi-word tags (HUMAN RIGHTS,
//     GOI EXTERNAL), personal names (RICE CONDOLEEZZA -> RICE, CONDOLEEZZA).
//     Codes written together that are not in the table are split when every
//     piece is a known code and 4-letter pieces dominate.
//   - Personal names: "(STEINBERG, JAMES B.)", "OBAMA, BARACK", and two or
//     three unknown words right after OVIP ("OVIP ZOELLICK ROBERT").
//   - Unknown words next to each other form one multi-word tag when one of
//     them has 5 letters or more ("GLOBAL DEFENSE").
//   - A line without the keyword, right after the E.O. line and right before
//     SUBJECT, made only of known codes separated by commas (08BEIJING3662).
//   - SIPDIS is dropped; duplicates are removed, the first kept.
//
// # Notable divergences
//
//   - Codes are upper-cased; Tag.Raw keeps the upper-cased text as written
//     when a repair changed it.
//   - A repeated keyword ("TAGS: EAID, BA, TAGS: EFIN") is dropped, where the
//     Python peer cablemap keeps "TAGS" as a tag.
//   - Country codes are FIPS 10-4 (CH = China, SZ = Switzerland, RS =
//     Russia), never ISO 3166. EU and UN are reported as organizations, AU as
//     Austria (FIPS); withdrawn codes (UR, YO) keep their historical meaning.
//   - A meaning is the wording of a public source (State's 5 FAH-3 TAGS
//     handbook, WikiLeaks PlusD labels, FIPS 10-4); a code no citable source
//     explains has an empty meaning. When a code has several catalog rows,
//     the best-ranked source wins (data/README.md gives the rule).
//   - Kinds of codes missing from the catalog are guessed from their shape
//     (a 2-letter code is taken as geographic, a comma means a person).
//   - Only the first TAGS line of the text is read; TAGS after the first
//     numbered paragraph are ignored.
//
// # Example
//
// The lines
//
//	E.O. 12958: DECL: 09/17/2018
//	TAGS: OVIP RICE CONDOLEEZZA PREL PHSA SP KV CU
//	BL, IS
//	SUBJECT: SECRETARY RICE ...
//
// give OVIP (subject), RICE, CONDOLEEZZA (person), PREL, PHSA (subject),
// SP, KV, CU, BL, IS (geographic: Spain, Kosovo, Cuba, Bolivia, Israel),
// found on lines 2-3.
package tags
