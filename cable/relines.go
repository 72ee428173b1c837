package cable

import (
	"fmt"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/relines"
)

// WarnLineBreaksRestored: the text had lost its line breaks (a database
// export that stored the cable in one field, every break a space) and
// they were restored before the cable's landmarks; the warnings' line
// numbers count the restored lines.
const WarnLineBreaksRestored diag.Kind = "line-breaks-restored"

// restoreLines restores the line breaks of a flattened text before its
// landmarks, for the section parsers, which read a cable line by line;
// other texts are returned as they are.
func (c *Cable) restoreLines(text string) string {
	out, n := relines.Restore(text)
	if n > 0 {
		c.addWarning(diag.Warning{Line: 1, Part: "cable", Kind: WarnLineBreaksRestored,
			Message: fmt.Sprintf("line breaks lost; %d restored before the landmarks found in the text", n)})
	}
	return out
}
