package main

import (
	"cmp"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/cable"
)

// cableStat is what the stats sub-command keeps of one cable.
type cableStat struct {
	year, origin, class string
	tags, warnings      []string
}

// statOf extracts the stats keys of a cable: the year of its DTG, its
// FM line, the classification level with its caveats in canonical order,
// the TAGS codes and the warnings as "part/kind".
func statOf(c *cable.Cable) *cableStat {
	if c == nil {
		return nil
	}
	s := &cableStat{origin: c.From(), class: classKey(c)}
	if t := c.DTG(); !t.IsZero() {
		s.year = strconv.Itoa(t.Year())
	}
	for _, t := range c.Tags {
		s.tags = append(s.tags, t.Code)
	}
	for _, w := range c.Warnings {
		kind := string(w.Kind)
		if w.Part != "" {
			kind = w.Part + "/" + kind
		}
		s.warnings = append(s.warnings, kind)
	}
	return s
}

// classKey is the level and the caveats, sorted and without repeats, so
// that UNCLASSIFIED//EFTO//SENSITIVE//NOFORN and
// UNCLASSIFIED//NOFORN//SENSITIVE//EFTO count as one classification
// (UNCLASSIFIED//EFTO//NOFORN//SENSITIVE).
func classKey(c *cable.Cable) string {
	lvl := c.Level().String()
	if lvl == "" {
		return ""
	}
	cv := slices.Clone(c.Caveats())
	slices.Sort(cv)
	return strings.Join(append([]string{lvl}, slices.Compact(cv)...), "//")
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
	Cables         int       `json:"cables"`
	Failed         int       `json:"failed"`
	WithWarnings   int       `json:"with_warnings"`
	ByYear         []entry   `json:"by_year"`
	ByOrigin       []entry   `json:"by_origin"`
	ByClass        []entry   `json:"by_classification"`
	ByTag          []entry   `json:"by_tag"`
	WarningsByKind []entry   `json:"warnings_by_kind"`
	Errors         []entry   `json:"errors_by_kind,omitempty"`
	FailedInputs   []failure `json:"failed_inputs,omitempty"`

	year, origin, class, tag, warn, errs tally
}

// failure is one failed input or cable: where, and why.
type failure struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

// String is "source: error", or the error alone when it names the source.
func (f failure) String() string {
	if strings.Contains(f.Error, f.Source) {
		return f.Error
	}
	return f.Source + ": " + f.Error
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
		a.FailedInputs = append(a.FailedInputs, failure{Source: r.src.String(), Error: r.err.Error()})
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
	e := json.NewEncoder(w)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	return e.Encode(a)
}

// writeCSV writes the stats as one CSV table: table, key, count; the
// totals are the rows of table "total", and each failed input is a row
// of table "failed" with its error as key and 1 as count.
func (a *archiveStats) writeCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"table", "key", "count"})
	row := func(table, key string, n int) { _ = cw.Write([]string{table, key, strconv.Itoa(n)}) }
	row("total", "cables", a.Cables)
	row("total", "with warnings", a.WithWarnings)
	row("total", "failed", a.Failed)
	for _, t := range a.tables() {
		for _, e := range t.rows {
			row(t.name, e.Key, e.Count)
		}
	}
	for _, f := range a.FailedInputs {
		row("failed", f.String(), 1)
	}
	cw.Flush()
	return cw.Error()
}

// statTable is one table of the stats, for the table and CSV writers.
type statTable struct {
	name, title string
	rows        []entry
	all         tally
}

func (a *archiveStats) tables() []statTable {
	ts := []statTable{
		{"year", "year", a.ByYear, a.year},
		{"origin", "origin (FM line)", a.ByOrigin, a.origin},
		{"classification", "classification", a.ByClass, a.class},
		{"tag", "TAGS", a.ByTag, a.tag},
		{"warning", "warnings by part/kind", a.WarningsByKind, a.warn},
	}
	if len(a.Errors) > 0 {
		ts = append(ts, statTable{"error", "errors", a.Errors, a.errs})
	}
	return ts
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
	for _, t := range a.tables() {
		section(t.title, t.rows, t.all)
	}
	if len(a.FailedInputs) > 0 {
		fmt.Fprintf(bw, "\nfailed inputs\n")
		for _, f := range a.FailedInputs {
			fmt.Fprintf(bw, "  %s\n", f)
		}
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
