package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// cableStat is what the stats sub-command keeps of one cable.
type cableStat struct {
	year, origin, class string
	tags, warnings      []string
}

// statOf extracts the stats keys from a cable's JSON object: the year of
// "dtg", "from", the classification level with its caveats, the TAGS
// codes and the warnings as "part/kind".
func statOf(obj []byte) *cableStat {
	var v any
	d := json.NewDecoder(bytes.NewReader(obj))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		return &cableStat{}
	}
	first := func(path ...string) string {
		if vs := pathValues(v, path); len(vs) > 0 {
			return vs[0]
		}
		return ""
	}
	s := &cableStat{origin: first("from")}
	if dtg := first("dtg"); len(dtg) >= 4 {
		s.year = dtg[:4]
	}
	if lvl := first("classification", "level"); lvl != "" {
		s.class = strings.Join(append([]string{lvl}, pathValues(v, []string{"classification", "caveats"})...), "//")
	}
	s.tags = pathValues(v, []string{"tags", "code"})
	if m, ok := v.(map[string]any); ok {
		if ws, ok := m["warnings"].([]any); ok {
			for _, w := range ws {
				wm, _ := w.(map[string]any)
				part, _ := wm["part"].(string)
				kind, _ := wm["kind"].(string)
				if part != "" {
					kind = part + "/" + kind
				}
				s.warnings = append(s.warnings, kind)
			}
		}
	}
	return s
}

// tally counts keys.
type tally map[string]int

// entry is one row of a stats table.
type entry struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
}

// sorted returns the rows by decreasing count (then key), or by key when
// byKey is set.
func (t tally) sorted(byKey bool) []entry {
	out := make([]entry, 0, len(t))
	for k, n := range t {
		out = append(out, entry{k, n})
	}
	slices.SortFunc(out, func(a, b entry) int {
		if !byKey {
			if c := cmp.Compare(b.Count, a.Count); c != 0 {
				return c
			}
		}
		return cmp.Compare(a.Key, b.Key)
	})
	return out
}

// archiveStats is the summary of an archive.
type archiveStats struct {
	Cables         int     `json:"cables"`
	Failed         int     `json:"failed"`
	WithWarnings   int     `json:"with_warnings"`
	ByYear         []entry `json:"by_year"`
	ByOrigin       []entry `json:"by_origin"`
	ByClass        []entry `json:"by_classification"`
	ByTag          []entry `json:"by_tag"`
	WarningsByKind []entry `json:"warnings_by_kind"`
	Errors         []entry `json:"errors_by_kind,omitempty"`

	year, origin, class, tag, warn, errs tally
}

func newArchiveStats() *archiveStats {
	return &archiveStats{year: tally{}, origin: tally{}, class: tally{}, tag: tally{}, warn: tally{}, errs: tally{}}
}

const unknownKey = "(none)"

func orUnknown(s string) string {
	if s == "" {
		return unknownKey
	}
	return s
}

func (a *archiveStats) add(r *result) {
	if r.err != nil {
		a.Failed++
		a.errs[errorKind(r.err)]++
		if r.value == nil {
			return
		}
	}
	a.Cables++
	s := r.stat
	if s == nil {
		s = &cableStat{}
	}
	a.year[orUnknown(s.year)]++
	a.origin[orUnknown(s.origin)]++
	a.class[orUnknown(s.class)]++
	for _, t := range s.tags {
		a.tag[t]++
	}
	if len(s.warnings) > 0 {
		a.WithWarnings++
	}
	for _, w := range s.warnings {
		a.warn[w]++
	}
}

// errorKind is the last part of an error message (after the position
// prefixes), so that errors group by cause.
func errorKind(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	if len(msg) > 60 {
		msg = msg[:60] + "…"
	}
	return msg
}

// finish fills the tables, keeping the top rows of each (top 0: all).
func (a *archiveStats) finish(top int) {
	cut := func(es []entry) []entry {
		if top > 0 && len(es) > top {
			return es[:top]
		}
		return es
	}
	a.ByYear = a.year.sorted(true)
	a.ByOrigin = cut(a.origin.sorted(false))
	a.ByClass = cut(a.class.sorted(false))
	a.ByTag = cut(a.tag.sorted(false))
	a.WarningsByKind = cut(a.warn.sorted(false))
	a.Errors = cut(a.errs.sorted(false))
}

// writeJSON writes the stats as one indented JSON object.
func (a *archiveStats) writeJSON(w io.Writer) error {
	b, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// writeTable writes the stats as plain-text tables: counts right-aligned
// in the first column, then the key.
func (a *archiveStats) writeTable(w io.Writer) error {
	bw := &errWriter{w: w}
	fmt.Fprintf(bw, "%8d  cables\n%8d  with warnings\n%8d  failed\n", a.Cables, a.WithWarnings, a.Failed)
	section := func(title string, es []entry, total tally) {
		fmt.Fprintf(bw, "\n%8s  %s\n", "count", title)
		for _, e := range es {
			fmt.Fprintf(bw, "%8d  %s\n", e.Count, e.Key)
		}
		if more := len(total) - len(es); more > 0 {
			fmt.Fprintf(bw, "%8s  (%d more)\n", "", more)
		}
	}
	section("year", a.ByYear, a.year)
	section("origin (FM line)", a.ByOrigin, a.origin)
	section("classification", a.ByClass, a.class)
	section("TAGS", a.ByTag, a.tag)
	section("warnings by part/kind", a.WarningsByKind, a.warn)
	if len(a.Errors) > 0 {
		section("errors", a.Errors, a.errs)
	}
	return bw.err
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
