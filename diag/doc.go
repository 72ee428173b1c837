// Package diag holds the vocabulary the cablemeta parsers share to report
// problems: a [Warning] for something odd that did not stop parsing, a
// [List] of warnings, a [ParseError] for a problem with its position, and
// the [StrictError] a parser in strict mode returns for its first warning.
//
// Positions are 1-based line numbers in the caller's coordinates and byte
// offsets; either is 0 when unknown. Each section package declares its
// own warning kinds (typed [Kind]) and sentinel errors.
package diag
