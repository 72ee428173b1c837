// Command classstats counts the cables of an archive by year and
// classification level, with the number of NOFORN cables per year:
//
//	   year  UNCLASSIFIED  CONFIDENTIAL  SECRET  no level  total  NOFORN
//	   1966             1             0       0         0      1       0
//	   1972             1             0       0         0      1       0
//	   2007             1             1       1         0      3       2
//	   2009             0             0       2         0      2       1
//	unknown             1             0       1         1      3       0
//	  total             4             1       4         1     10       3
//
// The year is the year of the date the cable text gives (Cable.DTG: the
// date-time group, or the dateline of a media-partner copy). A cable
// without one (a body-only fragment, a page without its routing header)
// is counted under "unknown": the year is never guessed from the reference
// id ("04THEHAGUE3156") or from the publisher's metadata, which may be
// wrong. The level is the overall classification read from the cable
// text (banner, security line, portion markings); a cable whose text gives
// none is counted in a "no level" column. Only the levels present in the
// archive get a column.
//
// Run it with
//
//	go run ./examples/classstats examples/classstats/testdata
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"text/tabwriter"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/marking"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// unknownYear is the row of the cables without a date-time group.
const unknownYear = 0

// row holds the counts of one year.
type row struct {
	byLevel map[marking.Level]int
	total   int
	noforn  int
}

// table is the whole count: one row per year, plus the levels seen.
type table struct {
	rows   map[int]*row
	levels map[marking.Level]bool
}

func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("classstats", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() { fmt.Fprintln(stderr, "usage: classstats path...") }
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return 2
	}

	t := &table{rows: map[int]*row{}, levels: map[marking.Level]bool{}}
	p := &cable.Parser{}
	failed := 0
	for _, path := range flags.Args() {
		for c, err := range p.ParseDir(path) {
			if err != nil {
				fmt.Fprintln(stderr, "classstats:", err)
				failed++
				continue
			}
			t.add(c)
		}
	}
	t.write(stdout)
	if failed > 0 {
		return 1
	}
	return 0
}

// add counts one cable.
func (t *table) add(c *cable.Cable) {
	year := unknownYear
	if t := c.DTG(); !t.IsZero() {
		year = t.Year()
	}
	level := c.Level() // LevelUnknown when the cable has no banner
	noforn := slices.Contains(c.Caveats(), "NOFORN")

	r := t.rows[year]
	if r == nil {
		r = &row{byLevel: map[marking.Level]int{}}
		t.rows[year] = r
	}
	r.byLevel[level]++
	r.total++
	if noforn {
		r.noforn++
	}
	t.levels[level] = true
}

// write prints the table: years in order, "unknown" after them, then the
// totals.
func (t *table) write(w io.Writer) {
	// Levels are ordered from UNCLASSIFIED up; LevelUnknown (rank 0)
	// sorts first, so it is moved to the end.
	var levels []marking.Level
	for l := range t.levels {
		if l != marking.LevelUnknown {
			levels = append(levels, l)
		}
	}
	slices.SortFunc(levels, marking.Level.Compare)
	if t.levels[marking.LevelUnknown] {
		levels = append(levels, marking.LevelUnknown)
	}

	// Years in order, the unknown year (0) last.
	var years []int
	for y := range t.rows {
		if y != unknownYear {
			years = append(years, y)
		}
	}
	slices.Sort(years)
	if t.rows[unknownYear] != nil {
		years = append(years, unknownYear)
	}

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "year")
	for _, l := range levels {
		name := l.String()
		if l == marking.LevelUnknown {
			name = "no level"
		}
		fmt.Fprintf(tw, "\t%s", name)
	}
	fmt.Fprintln(tw, "\ttotal\tNOFORN\t")

	sum := row{byLevel: map[marking.Level]int{}}
	for _, y := range years {
		r := t.rows[y]
		label := "unknown"
		if y != unknownYear {
			label = strconv.Itoa(y)
		}
		writeRow(tw, label, r, levels)
		for l, n := range r.byLevel {
			sum.byLevel[l] += n
		}
		sum.total += r.total
		sum.noforn += r.noforn
	}
	writeRow(tw, "total", &sum, levels)
	tw.Flush()
}

func writeRow(w io.Writer, label string, r *row, levels []marking.Level) {
	fmt.Fprint(w, label)
	for _, l := range levels {
		fmt.Fprintf(w, "\t%d", r.byLevel[l])
	}
	fmt.Fprintf(w, "\t%d\t%d\t\n", r.total, r.noforn)
}
