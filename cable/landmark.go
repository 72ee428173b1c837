package cable

import "fmt"

// errNoLandmark is the error of a text in which no landmark is found.
var errNoLandmark = fmt.Errorf("%w: none of a cable's landmarks found (telegraphic header, date-time group, "+
	"classification, E.O. line, TAGS, subject, references, numbered paragraphs, summary, signers)", ErrNotCable)

// hasLandmark reports whether the parsers found anything that marks a
// text as a cable: a telegraphic header or dateline, a date-time group or
// day and time, addressees, a classification banner, caption or marking,
// an E.O. or Classified By line, TAGS, a subject, references, a numbered
// paragraph, a summary or comment, or signers (the tail of a body);
// or the publisher's metadata of a page or a
// cables.csv row, which says the text is a cable. Text without any of
// them (random bytes decoded as Windows-1252, a JSON file, prose) is not
// a cable.
func (c *Cable) hasLandmark() bool {
	if c.Published != nil || c.Header != nil || c.DayTime() != nil ||
		c.class() != nil || c.Declassification() != nil || c.ClassifiedBy() != nil || len(c.Captions()) > 0 ||
		len(c.Tags) > 0 || c.Subject() != "" || len(c.References) > 0 ||
		c.Summary() != "" || c.Comment() != "" || len(c.Signers()) > 0 {
		return true
	}
	for _, p := range c.Paragraphs() {
		if p.Number > 0 || p.Marking != nil {
			return true
		}
	}
	return false
}
