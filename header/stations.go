package header

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed data/routing-indicators.tsv
var riTSV string

//go:embed data/ri-overrides.tsv
var riOverridesTSV string

// riOverride is a dated name for a reassigned RI.
type riOverride struct {
	name        string
	from, until time.Time // zero = open
}

// riTable maps an RI to its entry, so that a lookup is one map access.
type riTable map[string]riEntry

// riEntry is what the table knows of one RI: its default name, when the
// routing-indicator table has a row for it, and its dated names.
type riEntry struct {
	name      string
	named     bool
	overrides []riOverride
}

// riRows collects the rows of one RI by kind.
type riRows struct {
	observed   map[string]int // observed name -> summed count
	order      []string       // observed names in file order
	total      int
	collective string
	acp        string
	gateway    bool // a gateway row: the RI routes for many addressees
}

// stations is the RI table, parsed once (columns: routing_indicator, name,
// kind, count, source, note; see data/README.md). The name of an RI is
// chosen by this rule:
//
//  1. the observed name (kinds observed_addressee and observed_DE_FM,
//     counts summed per name) when it accounts for at least half of the
//     observed uses of the RI;
//  2. else the ACP 117 (2010) name, the first in file order;
//  3. else the most frequent observed name (the first in file order on a
//     tie), unless a row of kind gateway says that the RI routes for many
//     addressees (RHMFISS): a gateway has no name of its own;
//  4. else the collective name of cablemap's 2011 table;
//  5. else none: the RI is not named. Rows of kind cablemap_2011_heuristic
//     are unverified guesses and rows without a name carry only a note;
//     neither is ever returned.
//
// Dated names of ri-overrides.tsv win over all of these (see [LookupRI]).
// Where a cable writes an addressee, the name as written is the
// addressee's Name; the table only gives its Station.
var stations = sync.OnceValue(func() riTable { return parseStations(riTSV, riOverridesTSV) })

// parseStations builds the RI table from the text of routing-indicators.tsv
// and ri-overrides.tsv by the rule of [stations].
func parseStations(riTSV, riOverridesTSV string) riTable {
	by := map[string]*riRows{}
	for _, row := range strings.Split(riTSV, "\n")[1:] {
		f := strings.Split(row, "\t")
		if len(f) < 5 || f[0] == "" || (f[1] == "" && f[2] != "gateway") {
			continue
		}
		r := by[f[0]]
		if r == nil {
			r = &riRows{observed: map[string]int{}}
			by[f[0]] = r
		}
		switch kind, name := f[2], f[1]; {
		case kind == "observed_addressee" || kind == "observed_DE_FM":
			n, _ := strconv.Atoi(f[3])
			if _, seen := r.observed[name]; !seen {
				r.order = append(r.order, name)
			}
			r.observed[name] += n
			r.total += n
		case kind == "gateway":
			r.gateway = true
		case kind == "acp117_2010" && r.acp == "":
			r.acp = name
		case kind == "collective_observed" && r.collective == "":
			r.collective = name
		}
	}
	t := make(riTable, len(by))
	for ri, r := range by {
		top, topN := "", -1
		for _, name := range r.order {
			if r.observed[name] > topN {
				top, topN = name, r.observed[name]
			}
		}
		var name string
		switch {
		case top != "" && 2*topN >= r.total:
			name = top
		case r.acp != "":
			name = r.acp
		case top != "" && !r.gateway:
			name = top
		case r.collective != "":
			name = r.collective
		default:
			continue
		}
		t[ri] = riEntry{name: name, named: true}
	}
	for _, row := range strings.Split(riOverridesTSV, "\n") {
		if row == "" || row[0] == '#' || strings.HasPrefix(row, "routing_indicator\t") {
			continue
		}
		f := strings.Split(row, "\t")
		if len(f) < 4 {
			continue
		}
		o := riOverride{name: f[1]}
		o.from, _ = time.Parse(time.DateOnly, f[2])
		o.until, _ = time.Parse(time.DateOnly, f[3])
		e := t[f[0]]
		e.overrides = append(e.overrides, o)
		t[f[0]] = e
	}
	return t
}

// LookupRI returns the station name of a routing indicator from the
// embedded table (ACP 117 2010 plus names observed in cables); ok is false
// when the table gives the RI no name. When is the date of the cable
// (usually the DTG); for reassigned RIs such as RUEHTA (AMEMBASSY ALMATY
// before late 2006, ASTANA after) it selects the name valid then. A zero
// when selects the table's default name. A name observed in cables for at
// least half of the RI's uses is preferred over ACP 117 wording; an RI that
// routes for many addressees (RHMFISS) has no name.
func LookupRI(ri string, when time.Time) (name string, ok bool) {
	e := stations()[ri]
	if !when.IsZero() {
		for _, o := range e.overrides {
			if (o.from.IsZero() || !when.Before(o.from)) && (o.until.IsZero() || when.Before(o.until)) {
				return o.name, true
			}
		}
	}
	return e.name, e.named
}
