package paragraph

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// commentTexts are bodies with comment openers at the start of a line,
// inside a line and in parentheses.
var commentTexts = []string{
	"1. (C) Text.\n\n2. (C) Comment: the view.  End comment.\n",
	"Text here.  Comment: one.  End comment.  More. (Comment: two.)\n",
	"COMMENT\n-------\nX\n3. (S) Begin comment: Y\n",
	"Nothing to see.\n",
}

// TestFindCommentNoneLater checks the property commentSpans relies on to
// stop early: when findComment finds no opener from a position, it finds
// none from any later one.
func TestFindCommentNoneLater(t *testing.T) {
	for _, s := range commentTexts {
		checkFindCommentNoneLater(t, s)
	}
	r := newRegion(commentTexts[1], splitLines(commentTexts[1], 1))
	start, _, _ := r.findComment(0)
	assert.Equal(t, 9, start, "the opener inside the line is found, from the end of the sentence before it")
}

func checkFindCommentNoneLater(t *testing.T, s string) {
	t.Helper()
	ls := splitLines(s, 1)
	if len(ls) == 0 {
		return
	}
	r := newRegion(s, ls)
	none := -1 // the first position from which none is found
	for p := 0; p <= len(r.text); p++ {
		start, _, _ := r.findComment(p)
		if start < 0 && none < 0 {
			none = p
		} else if start >= 0 && none >= 0 {
			t.Fatalf("%q: no opener from %d, one at %d from %d", s, none, start, p)
		}
	}
}

// FuzzFindCommentNoneLater runs the check of TestFindCommentNoneLater on
// any text.
func FuzzFindCommentNoneLater(f *testing.F) {
	for _, s := range commentTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2000 {
			return // quadratic check
		}
		checkFindCommentNoneLater(t, s)
	})
}
