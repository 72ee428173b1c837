// Package cable parses US diplomatic telegrams ("cables") into one typed
// [Cable]: the telegraphic header, the classification and its markings, the
// TAGS, the subject, references, numbered paragraphs, summary, comment and
// signers. It composes the packages that decode each part
// ([github.com/cablemeta/cablemeta/header],
// [github.com/cablemeta/cablemeta/classification],
// [github.com/cablemeta/cablemeta/tags],
// [github.com/cablemeta/cablemeta/paragraph] and
// [github.com/cablemeta/cablemeta/refs]) and adds what needs all of them:
// the reference id and the cross-checks between parts.
//
// A [Cable] holds each part once, as its package decoded it (Header,
// Classification, Tags, Body, References) with the Warnings of all; its
// methods answer the common questions ([Cable.ID], [Cable.DTG],
// [Cable.From], [Cable.Level], [Cable.Subject], ...) and return the zero
// value when the cable lacks the part. The JSON form the cablemeta command
// prints is a view of it ([Cable.MarshalJSON]); [JSONView] selects members
// of that form by dotted name.
//
// The input format is detected from the bytes or set with [Parser.Format]:
// WikiLeaks Cablegate pages, cables.csv rows (read as a stream), plain text
// and markdown renderings, body-only fragments, received copies and several
// cables in one file (docs/renderings.md). Text is decoded from UTF-8,
// Windows-1252, UTF-16 or the encoding named in [Parser.Charset]; unnamed
// input that is not valid UTF-8 is read as Windows-1252, with a warning.
// Any of these may be compressed (gzip, bzip2) or archived (zip, tar);
// each archive member is an input of its own ("archive.zip!dir/file.html").
// Binary data, and text in which no landmark of a cable is found, is
// reported as [ErrNotCable]. [Writer] renders a Cable back into telegram
// text.
//
// The reference id (07COLOMBO815) is the two-digit year of the date-time
// group, the banner origin without spaces and the banner serial without
// leading zeros. The DE and FM lines and the page breaks check it and
// supply an origin or serial the banner lacks or garbles, with a warning;
// without all three parts there is no id.
//
// Parsing is lenient: every oddity that does not stop it is a
// [diag.Warning] with its line number, and fields the text does not carry
// stay empty. [Parser.Strict] turns the first warning into a
// [*diag.ParseError] wrapping a [*diag.StrictError]; errors of the parts
// are wrapped, so errors.Is(err, header.ErrDTG) holds. Fields come from the
// cable text only: the publisher's metadata (WikiLeaks' page table,
// cables.csv columns) is kept in [Cable.Published] as found, bugs included.
// Line numbers count lines of the decoded text, not of an HTML page.
package cable
