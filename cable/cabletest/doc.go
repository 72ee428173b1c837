// Package cabletest generates realistic synthetic cables for the tests of
// archive tools: telegram text together with the metadata it encodes.
//
// [Generate] builds a cable from a seed and [Options] (year 1966-2010,
// originating post, classification level and NOFORN, sections, REF items,
// TAGS, paragraphs, summary, layout and deliberate [Defect]s), writes it
// with [cable.Writer] and returns a [Fixture]: the Text and the expected
// [cable.Cable] (Fixture.Want). The same seed and options always give the
// same fixture: the only source of randomness is a math/rand/v2 PCG
// source seeded with the seed. [All] yields a sequence of fixtures;
// [Compare] lists the fields on which a parsed cable differs from the
// expected one, so that a test reads
//
//	fx, _ := cabletest.Generate(seed, cabletest.Options{})
//	got, _ := cable.Parse(strings.NewReader(fx.Text))
//	if ms := cabletest.Compare(fx.Want, got); len(ms) > 0 { ... }
//
// [Render] gives a cable text in the shapes users hold cables in (lines
// joined, line breaks dropped, blank lines dropped, CRLF, markdown, PDF
// text, wrapped), so that a test can check that each is read like the
// plain text.
//
// # Supported variants
//
//   - Eras: header-less cables starting at the DTG line before 2003, the
//     VZCZC header (FL1-FL4) from 2003, SIPDIS captions from 2006; E.O.
//     lines of the era (none before 1972, 11652 GDS, 12065 and 12356 OADR,
//     12958 with a date, N/A for unclassified cables); Classified By with
//     reasons 1.5 before 25 March 2003 and 1.4 after; portion markings
//     from 1995; upper-case text and "SECRET - ENTIRE TEXT." paragraphs
//     before 1995; LIMITED OFFICIAL USE before 1995.
//   - Layouts: cable.LayoutCablegate (page-break lines between sections)
//     and cable.LayoutReceivedCopy (PAGE/ACTION/INFO/control lines, page
//     frames, repeated section headers).
//   - Defects: a missing SUBJECT, the TAGS label typo "TAGE", a DE serial
//     that disagrees with the banner, a DE day of year that is not the
//     DTG's.
//
// # Notable divergences
//
// The sentences are built from a small word list of the package's own:
// no text of a real cable is reproduced, so texts read oddly. Posts,
// routing indicators and PLADs come from the public ACP 117 table the
// header package embeds (25 posts and the Department), TAGS codes from
// the tags package's catalog. Collective addressees, XMT lines, media
// versions, HTML and CSV wrappers are not generated.
//
// # Example
//
// Generate(1, Options{Year: 2007, Origin: "BEIJING"}) gives a cable whose
// text starts
//
//	VZCZCXRO...
//	OO RUEHWEB
//
//	DE RUEHBJ #.../01 ...
//
// and whose Want holds ReferenceID "07BEIJING...", From "AMEMBASSY
// BEIJING", the TO line "RUEHC/SECSTATE WASHDC ..." and so on.
package cabletest
