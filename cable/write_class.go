package cable

import "github.com/cablemeta/cablemeta/marking"

// writeLevel returns the overall level and caveats of c ("NOFORN", ...).
func writeLevel(c *Cable) (marking.Level, []string) {
	if c.class() == nil {
		return marking.LevelUnknown, nil
	}
	return c.Level(), c.Caveats()
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
