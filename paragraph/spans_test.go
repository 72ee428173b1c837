package paragraph

import (
	"fmt"
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
	r := newRegion(nil, commentTexts[1], splitLines(commentTexts[1], 1))
	start, _, _ := r.findComment(0)
	assert.Equal(t, 9, start, "the opener inside the line is found, from the end of the sentence before it")
}

func checkFindCommentNoneLater(t *testing.T, s string) {
	t.Helper()
	ls := splitLines(s, 1)
	if len(ls) == 0 {
		return
	}
	r := newRegion(nil, s, ls)
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

// regionTexts are bodies whose lines newRegion joins: as split, with
// carriage returns and trailing blanks that the split drops, and with no
// newline at the end.
var regionTexts = []string{
	"1. (C) Text.\n\n2. (C) Comment: the view.\nEnd comment.\n",
	"A line \r\nSIPDIS\r\nB line\t\nC\n",
	"One\nTwo\nThree",
	"\n\n",
}

// refRegion is newRegion's text and offsets by their definition: every
// line's text followed by a newline.
func refRegion(ls []line) (string, []int) {
	var text string
	offs := make([]int, len(ls))
	for i, l := range ls {
		offs[i] = len(text)
		text += l.text + "\n"
	}
	return text, offs
}

// editLines changes ls as the clean-up may: per line, by the two bits of
// edits for it, the line is kept, dropped (SIPDIS, page breaks), cut short
// (a signer cut off) or replaced by a copy of its text.
func editLines(ls []line, edits uint64) []line {
	var out []line
	for i, l := range ls {
		switch (edits >> (2 * (i % 32))) & 3 {
		case 1:
			continue
		case 2:
			l.text = l.text[:len(l.text)/2]
		case 3:
			l.text = string([]byte(l.text))
		}
		out = append(out, l)
	}
	return out
}

func checkNewRegion(t *testing.T, s string, edits uint64) {
	t.Helper()
	ls := editLines(splitLines(s, 1), edits)
	r := newRegion(nil, s, ls)
	text, offs := refRegion(ls)
	if r.text != text || fmt.Sprint(r.offs) != fmt.Sprint(offs) {
		t.Fatalf("newRegion(%q, edits %x) = %q %v, want %q %v", s, edits, r.text, r.offs, text, offs)
	}
}

// TestNewRegion checks the runs newRegion copies whole against the line
// by line join.
func TestNewRegion(t *testing.T) {
	for _, s := range regionTexts {
		for _, edits := range []uint64{0, 0b01, 0b0100, 0b1000, 0b1100, 0b10_00_00, 0xffff, 0x5555, 0xaaaa} {
			checkNewRegion(t, s, edits)
		}
	}
	s := regionTexts[0]
	r := newRegion(nil, s, splitLines(s, 1))
	assert.Equal(t, s, r.text, "lines as split are a slice of the source")
	assert.Equal(t, []int{0, 13, 14, 40}, r.offs)
}

// FuzzNewRegion runs the check of TestNewRegion on any text and edits.
func FuzzNewRegion(f *testing.F) {
	for _, s := range regionTexts {
		f.Add(s, uint64(0))
		f.Add(s, uint64(0b10_01_00))
	}
	f.Fuzz(func(t *testing.T, s string, edits uint64) {
		checkNewRegion(t, s, edits)
	})
}

// FuzzCollapsesToRule: collapsesToRule(t) is "collapse(t) is empty or a
// rule".
func FuzzCollapsesToRule(f *testing.F) {
	for _, s := range []string{"", "---", "- - -", "-\u00a0-\u00a0-", "--", "\u2003", "*=*", "x---", "--- x", "\u2014 \u2014\u2014", "\xff--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := collapse(s)
		if got, want := collapsesToRule(s), c == "" || isDashRun(c); got != want {
			t.Fatalf("collapsesToRule(%q) = %v, want %v (collapsed %q)", s, got, want, c)
		}
	})
}
