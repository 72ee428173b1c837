// Package marking holds the classification vocabulary the cablemeta
// packages share: the [Level] of a cable or paragraph, the portion
// [Marking] that follows a paragraph number ("(S//NF)"), and the level a
// telegraphic security line's characters stand for ([SecurityLevel]).
//
// Banners, captions and the other classification elements of a cable are
// parsed by the classification package; the security line by the header
// package.
package marking
