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
	note       string // observed row describing the RI itself: "(DMS gateway ...)"
	collective string
	acp        string
	heuristic  string
	other      string
}

// stations is the RI table, parsed once. For each RI the name is chosen as:
// the observed name when it accounts for at least half of the observed uses
// of the RI; else the ACP 117 name; else a descriptive note row (gateways
// such as RHMFISS that front many addressees); else the most frequent
// observed name; else the collective, heuristic or other rows.
var stations = sync.OnceValue(func() riTable {
	by := map[string]*riRows{}
	for _, row := range strings.Split(riTSV, "\n")[1:] {
		f := strings.Split(row, "\t")
		if len(f) < 5 || f[0] == "" {
			continue
		}
		r := by[f[0]]
		if r == nil {
			r = &riRows{observed: map[string]int{}}
			by[f[0]] = r
		}
		switch kind, name := f[2], f[1]; {
		case strings.HasPrefix(kind, "observed") && strings.HasPrefix(name, "("):
			r.note = name
		case strings.HasPrefix(kind, "observed"):
			n := noteCount(f[4])
			if _, seen := r.observed[name]; !seen {
				r.order = append(r.order, name)
			}
			r.observed[name] += n
			r.total += n
		case kind == "collective_observed" && r.collective == "":
			r.collective = name
		case kind == "acp117_2010" && r.acp == "":
			r.acp = name
		case kind == "cablemap_2011_heuristic" && r.heuristic == "":
			r.heuristic = name
		case r.other == "":
			r.other = name
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
		case r.note != "":
			name = r.note
		case top != "":
			name = top
		case r.collective != "":
			name = r.collective
		case r.heuristic != "":
			name = r.heuristic
		default:
			name = r.other
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
})

// noteCount reads "count=N" from a notes cell (0 if absent).
func noteCount(notes string) int {
	_, after, ok := strings.Cut(notes, "count=")
	if !ok {
		return 0
	}
	end := 0
	for end < len(after) && isDigit(after[end]) {
		end++
	}
	n, _ := strconv.Atoi(after[:end])
	return n
}

// LookupRI returns the station or addressee name of a routing indicator from
// the embedded table (ACP 117 2010 plus names observed in cables). When is
// the date of the cable (usually the DTG); for reassigned RIs such as RUEHTA
// (AMEMBASSY ALMATY before late 2006, ASTANA after) it selects the name valid
// then. A zero when selects the table's default name. Names observed in
// cables are preferred over ACP 117 wording.
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
