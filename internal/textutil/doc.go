// Package textutil holds the small text helpers that every cablemeta parser
// shares: splitting text into numbered lines, and undoing the rendering
// artefacts that copies of cables carry (markdown links, trailing hard-break
// spaces, HTML entities, carriage returns).
//
// The helpers never drop words: they only remove presentation (link syntax,
// trailing blanks, entity escapes). Line count is preserved by [Normalize]
// except where an escaped newline entity (&#x000A;) becomes a real newline.
package textutil
