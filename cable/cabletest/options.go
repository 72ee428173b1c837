package cabletest

import (
	"fmt"
	"strings"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/marking"
)

// Toggle is a yes/no option whose zero value lets the generator choose.
type Toggle uint8

// Toggle values.
const (
	Random Toggle = iota // the generator decides (the zero value)
	Off                  // never
	On                   // always
)

// Defect is a set of deliberate defects written into a generated cable.
// Each one is applied only where the cable's shape has the part it
// damages; Cable.Defects reports those that were applied.
type Defect uint16

// The defects.
const (
	// DefectNoSubject leaves out the SUBJECT line.
	DefectNoSubject Defect = 1 << iota
	// DefectTagsLabel writes the TAGS label as "TAGE:".
	DefectTagsLabel
	// DefectSerialMismatch writes a DE line serial that is not the last
	// four digits of the banner serial (Cablegate layout with a VZCZC
	// header only).
	DefectSerialMismatch
	// DefectDayOfYear writes a DE line day of year that is not the day of
	// the DTG (Cablegate layout with a VZCZC header only).
	DefectDayOfYear

	// AllDefects is the set of every defect.
	AllDefects = DefectNoSubject | DefectTagsLabel | DefectSerialMismatch | DefectDayOfYear
)

var defectNames = []struct {
	d    Defect
	name string
}{
	{DefectNoSubject, "no-subject"},
	{DefectTagsLabel, "tags-label"},
	{DefectSerialMismatch, "serial-mismatch"},
	{DefectDayOfYear, "day-of-year"},
}

// String lists the defects joined by "+", e.g. "no-subject+tags-label".
func (d Defect) String() string {
	var names []string
	for _, n := range defectNames {
		if d&n.d != 0 {
			names = append(names, n.name)
		}
	}
	return strings.Join(names, "+")
}

// Has reports whether d includes every defect of x.
func (d Defect) Has(x Defect) bool { return d&x == x }

// Options shape the generated cables. The zero value lets the generator
// choose everything (a realistic mix of eras, posts, levels and layouts).
type Options struct {
	// Year is the year of the DTG, 1966-2010; 0 picks one (mostly
	// 2003-2010, as in Cablegate).
	Year int
	// Origin is the station of the originating post as in a cable id
	// ("BEIJING", "SANSALVADOR", "STATE"); "" picks one. See Stations.
	Origin string
	// Level is the classification level; LevelUnknown picks one fitting
	// the year (LIMITED OFFICIAL USE only before 1995).
	Level marking.Level
	// NoForn adds the NOFORN caveat (only to CONFIDENTIAL and SECRET
	// cables).
	NoForn Toggle
	// Sections is the number of sections, 1-9; 0 picks 1-3.
	Sections int
	// References is the number of REF items; 0 picks 0-3, a negative value
	// writes none.
	References int
	// Tags are the TAGS codes; nil picks 1-3 subject tags and the post's
	// country.
	Tags []string
	// Paragraphs is the number of numbered paragraphs, 1-30; 0 picks 2-8.
	Paragraphs int
	// Summary writes "SUMMARY: ... END SUMMARY." into paragraph 1.
	Summary Toggle
	// Layout is the text layout; "" picks LayoutCablegate (most of the
	// time) or LayoutReceivedCopy.
	Layout cable.Layout
	// Defects are the deliberate defects to write.
	Defects Defect
}

// Stations returns the stations Options.Origin accepts, "STATE" first.
func Stations() []string {
	out := []string{state.station}
	for _, p := range posts {
		out = append(out, p.station)
	}
	return out
}

// check validates the options.
func (o *Options) check() error {
	switch {
	case o.Year != 0 && (o.Year < 1966 || o.Year > 2010):
		return fmt.Errorf("cabletest: year %d outside 1966-2010", o.Year)
	case o.Origin != "" && lookupPost(o.Origin) == nil:
		return fmt.Errorf("cabletest: unknown origin %q (see Stations)", o.Origin)
	case o.Level != marking.LevelUnknown && !o.Level.IsValid():
		return fmt.Errorf("cabletest: invalid level %q", o.Level)
	case o.Sections < 0 || o.Sections > 9:
		return fmt.Errorf("cabletest: %d sections outside 1-9", o.Sections)
	case o.Paragraphs < 0 || o.Paragraphs > 30:
		return fmt.Errorf("cabletest: %d paragraphs outside 1-30", o.Paragraphs)
	case o.References > 26:
		return fmt.Errorf("cabletest: %d references (at most 26)", o.References)
	case o.NoForn > On || o.Summary > On:
		return fmt.Errorf("cabletest: invalid toggle")
	}
	switch o.Layout {
	case "", cable.LayoutCablegate, cable.LayoutReceivedCopy:
	default:
		return fmt.Errorf("cabletest: layout %q not generated (want cablegate or received-copy)", o.Layout)
	}
	for _, t := range o.Tags {
		if t == "" || strings.ContainsAny(t, " ,\n") {
			return fmt.Errorf("cabletest: bad TAGS code %q", t)
		}
	}
	return nil
}

func lookupPost(station string) *post {
	if station == state.station {
		return &state
	}
	for i := range posts {
		if posts[i].station == station {
			return &posts[i]
		}
	}
	return nil
}
