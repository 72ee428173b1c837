// Package cabletest generates realistic synthetic cables for the tests of
// archive tools: telegram text together with the metadata it encodes.
//
// [Generate] builds a cable from a seed and [Options] (year 1966-2010,
// post, level, sections, REF items, TAGS, paragraphs, layout, deliberate
// [Defect]s), writes it with [cable.Writer] and returns a [Fixture]: the
// Text and the expected [cable.Cable] (Fixture.Want). The same seed and
// options always give the same fixture. [All] yields a sequence of
// fixtures, [Compare] lists the fields on which a parsed cable differs from
// the expected one, and [Render] gives the text in the shapes users hold
// cables in (lines joined, markdown, PDF text, ...). A test reads
//
//	fx, err := cabletest.Generate(seed, cabletest.Options{})
//	...
//	got, err := cable.Parse(strings.NewReader(fx.Text))
//	...
//	if ms := cabletest.Compare(fx.Want, got); len(ms) > 0 { ... }
//
// The text follows its era: no header before 2003 and the VZCZC header
// after, the E.O. order and "Classified By" reasons in force at the date,
// portion markings from 1995, the Cablegate layout or a received copy.
// The sentences come from a small word list of the package's own, so no
// text of a real cable is reproduced and texts read oddly; posts, routing
// indicators and TAGS come from the tables the header and tags packages
// embed. Collective addressees, XMT lines, media versions, HTML and CSV
// wrappers are not generated.
package cabletest
