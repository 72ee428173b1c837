// Package cable parses US diplomatic telegrams ("cables") into one typed
// [Cable]: the telegraphic header, the classification and its markings, the
// TAGS, the subject, references, numbered paragraphs, summary, comment and
// signers. It composes the packages that decode each part
// ([github.com/cablemeta/cablemeta/header],
// [github.com/cablemeta/cablemeta/classification],
// [github.com/cablemeta/cablemeta/tags] and
// [github.com/cablemeta/cablemeta/paragraph]) and adds what needs all of
// them: the reference id and the cross-checks between parts.
//
// A [Cable] holds each part once, as its package decoded it (Header,
// Classification, Tags, Body, References) with the Warnings of all; its
// methods answer the common questions ([Cable.ID], [Cable.DTG],
// [Cable.From], [Cable.Level], [Cable.Subject], ...) and return the zero
// value when the cable lacks the part. The JSON form the cablemeta command
// prints is a view of it ([Cable.MarshalJSON]); [JSONView] selects members
// of that form by dotted name.
//
// # Supported formats
//
// The input format is detected from the bytes, or chosen with
// [Parser.Format]:
//
//   - WikiLeaks Cablegate pages (all three viewer templates of 2010-11): the
//     cable text comes from the <pre> blocks; the page's own metadata table
//     is reported separately in [Cable.Published] and never used for parsed
//     fields.
//   - cables.csv rows (id, date, refid, origin, classification, references,
//     header, content; MySQL-style backslash escapes), read as a stream.
//   - Plain text and markdown renderings, body-only fragments, received
//     copies with PAGE lines, 1960s-1990s telegrams whose header starts at
//     the date-time group, and several cables concatenated in one file.
//   - UTF-8, Windows-1252 (what files labelled Latin-1 hold), UTF-16 and any
//     other WHATWG encoding named in [Parser.Charset], decoded with
//     golang.org/x/text; with or without a byte order mark, LF or CRLF line
//     ends. Unnamed input that is not valid UTF-8 is read as Windows-1252,
//     with a warning. UTF-16 without a byte order mark is told by its NUL
//     bytes.
//   - Any of these compressed with gzip or bzip2, or archived in a zip or
//     tar file (also .tar.gz), told by their magic bytes: each archive
//     member is an input of its own, named "archive.zip!dir/file.html".
//
// Binary data, and text in which no landmark of a cable is found, is
// reported as [ErrNotCable], never parsed into a cable of garbage.
//
// # Writing cables
//
// [Writer] renders a Cable back into telegram text (the Cablegate layout
// with its header block, or a received copy), and the package
// [github.com/cablemeta/cablemeta/cable/cabletest] generates synthetic
// cables with known metadata for the tests of archive tools.
//
// # The reference id
//
// A Cablegate id such as 07BEIJING6403 is the two-digit year of the
// date-time group, the origin of the classification banner without spaces
// (BEIJING) and the banner serial without leading zeros (006403 → 6403).
// It is cross-checked with the serial of the DE line (#6403), and the
// disagreement is a warning, never a silent repair.
//
// # Lenient by default
//
// Every oddity that does not stop parsing is reported as a [diag.Warning]
// with its line number; [Parser.Strict] turns the first one into a
// [*diag.ParseError] wrapping a [*diag.StrictError]. Errors of the parts
// are wrapped, not flattened: errors.Is(err, header.ErrDTG) holds. A cable without a telegraphic header (a body
// fragment) or without a date-time group still parses: fields that the text
// does not carry are left empty rather than guessed.
//
// # Notable divergences
//
//   - Fields are read from the cable text only. The publisher's metadata
//     (WikiLeaks' page table, cables.csv columns) is kept in
//     [Cable.Published] as found, including its known bugs (the minutes of
//     "Created" hold the 12-hour-clock hour on pages published before
//     August 2011).
//   - Line numbers count lines of the decoded cable text (after HTML
//     entities and tags are removed), not lines of an HTML page.
package cable
