package cable

import "github.com/cablemeta/cablemeta/marking"

// writeLevel returns the overall level and caveats of c ("NOFORN", ...).
func writeLevel(c *Cable) (marking.Level, []string) {
	if c.Classification == nil {
		return marking.LevelUnknown, nil
	}
	return c.Classification.Level, c.Classification.Caveats
}

// hasCaveat reports whether cvs holds cv.
func hasCaveat(cvs []string, cv string) bool {
	for _, x := range cvs {
		if x == cv {
			return true
		}
	}
	return false
}
