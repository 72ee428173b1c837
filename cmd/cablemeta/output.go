package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cablemeta/cablemeta/cable"
)

// defaultCSVColumns are the columns of -format csv without -fields: one
// row per cable. A column is a dotted path into the cable's JSON form;
// a path through a list collects the values of every element (tags.code
// gives "PREL;PTER;CH").
var defaultCSVColumns = []string{
	"source.path", "source.format", "source.row",
	"reference_id", "transmission_id", "dtg", "from",
	"classification.level", "classification.caveats",
	"tags.code", "subject", "references.id", "signers",
	"warnings.kind", "error",
}

// renderer turns a result into its output: a JSON object (-format jsonl
// or json) or a CSV record, rendered from the parsed cable on the worker.
type renderer struct {
	view    *cable.JSONView // the JSON object's members
	csv     bool
	columns []string        // CSV columns
	cells   *cable.JSONView // the CSV columns that are members
	index   []int           // column -> index in cells.Values, -1 for "error"
	lists   []bool          // column passes through a list
	srcView *cable.JSONView // "source" only, for results without a cable
}

// errorField is the member added to the object of a failed result; it is
// not part of a cable's JSON form.
const errorField = "error"

// newRenderer builds the renderer of the output the options ask for. An
// unknown -fields name is a usage error that lists the known names.
func newRenderer(format string, fields []string, meta bool) (*renderer, error) {
	if err := checkFields(fields); err != nil {
		return nil, err
	}
	rd := &renderer{csv: format == "csv"}
	var err error
	if rd.srcView, err = cable.NewJSONView([]string{"source"}, nil); err != nil {
		return nil, err
	}
	var omit []string
	if meta {
		omit = metaOmit
	}
	if !rd.csv {
		var keep []string
		if len(fields) > 0 {
			keep = []string{"source"}
			for _, f := range fields {
				if f != errorField {
					keep = append(keep, f)
				}
			}
		}
		rd.view, err = cable.NewJSONView(keep, omit)
		return rd, err
	}
	rd.columns = defaultCSVColumns
	if len(fields) > 0 {
		rd.columns = csvColumnsFor(fields)
	}
	var members []string
	for _, c := range rd.columns {
		if c == errorField {
			rd.index = append(rd.index, -1)
			continue
		}
		rd.index = append(rd.index, len(members))
		members = append(members, c)
	}
	if rd.cells, err = cable.NewJSONView(members, omit); err != nil {
		return nil, err
	}
	for _, f := range rd.cells.Fields() {
		rd.lists = append(rd.lists, f.List)
	}
	return rd, nil
}

// metaOmit are the members -meta leaves out: the texts of the cable, so
// that what remains is a catalogue record.
var metaOmit = []string{"summary", "comment", "paragraphs.text"}

// checkFields reports the first -fields name that is not a member of the
// JSON form (nor "error"), with the names known where it was looked for:
// the members of its parent object, or the top-level members.
func checkFields(fields []string) error {
	all := cable.JSONFields()
	known := func(name string) bool {
		return name == errorField || slices.ContainsFunc(all, func(f cable.JSONField) bool { return f.Name == name })
	}
	for _, name := range fields {
		if known(name) {
			continue
		}
		parent := ""
		if i := strings.LastIndexByte(name, '.'); i > 0 && known(name[:i]) {
			parent = name[:i] + "."
		}
		var names []string
		for _, f := range all {
			if rest, ok := strings.CutPrefix(f.Name, parent); ok && !strings.Contains(rest, ".") {
				names = append(names, f.Name)
			}
		}
		if parent == "" {
			names = append(names, errorField)
		}
		return fmt.Errorf("-fields: unknown field %q; known: %s (a dotted name such as classification.level reaches into an object)",
			name, strings.Join(names, ", "))
	}
	return nil
}

// render sets r.out, or r.record for CSV.
func (rd *renderer) render(r *result) {
	if rd.csv {
		r.record = rd.csvRecord(r)
		return
	}
	r.out = rd.object(r)
}

// object returns the JSON object of a result: the cable's members the
// view keeps (or just its source), with an "error" member when it failed.
func (rd *renderer) object(r *result) []byte {
	var b []byte
	if r.value != nil {
		var err error
		if b, err = rd.view.AppendJSON(nil, r.value); err != nil {
			b = nil
			if r.err == nil {
				r.err = fmt.Errorf("encoding JSON: %w", err)
			}
		}
	}
	if len(b) < 2 || b[0] != '{' {
		b, _ = rd.srcView.AppendJSON(nil, &cable.Cable{Source: r.src})
	}
	if r.err != nil {
		b = b[:len(b)-1]
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, `"error":`...)
		b = appendString(b, r.err.Error())
		b = append(b, '}')
	}
	return b
}

// appendString appends s as a JSON string without HTML escaping.
func appendString(b []byte, s string) []byte {
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	_ = e.Encode(s)
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}

// csvRecord renders the CSV record of a result. A column that passes
// through a list joins its values with ";", each value's own "\\" and ";"
// escaped with a backslash.
func (rd *renderer) csvRecord(r *result) []string {
	c := r.value
	if c == nil {
		c = &cable.Cable{Source: r.src}
	}
	vals := rd.cells.Values(c)
	rec := make([]string, len(rd.columns))
	for i, k := range rd.index {
		switch {
		case k < 0:
			if r.err != nil {
				rec[i] = r.err.Error()
			}
		case rd.lists[k]:
			rec[i] = joinList(vals[k])
		default:
			rec[i] = strings.Join(vals[k], "")
		}
	}
	return rec
}

// joinList joins values with ";", escaping "\\" and ";" inside them with a
// backslash, so that splitting at every unescaped ";" gives the values
// back.
func joinList(vals []string) string {
	var b strings.Builder
	for i, v := range vals {
		if i > 0 {
			b.WriteByte(';')
		}
		for j := 0; j < len(v); j++ {
			if v[j] == ';' || v[j] == '\\' {
				b.WriteByte('\\')
			}
			b.WriteByte(v[j])
		}
	}
	return b.String()
}

// writer writes the results in one output format.
type writer interface {
	begin() error
	write(r *result) error
	end() error
}

func newWriter(format string, w io.Writer, columns []string) writer {
	switch format {
	case "json":
		return &jsonArrayWriter{w: w}
	case "csv":
		return &csvWriter{w: csv.NewWriter(w), columns: columns}
	}
	return &jsonlWriter{w: w}
}

type jsonlWriter struct{ w io.Writer }

func (j *jsonlWriter) begin() error { return nil }
func (j *jsonlWriter) end() error   { return nil }
func (j *jsonlWriter) write(r *result) error {
	_, err := j.w.Write(append(r.out, '\n'))
	return err
}

type jsonArrayWriter struct {
	w io.Writer
	n int
}

func (j *jsonArrayWriter) begin() error { _, err := io.WriteString(j.w, "["); return err }
func (j *jsonArrayWriter) write(r *result) error {
	sep := ",\n"
	if j.n == 0 {
		sep = "\n"
	}
	j.n++
	if _, err := io.WriteString(j.w, sep); err != nil {
		return err
	}
	_, err := j.w.Write(r.out)
	return err
}
func (j *jsonArrayWriter) end() error {
	s := "\n]\n"
	if j.n == 0 {
		s = "]\n"
	}
	_, err := io.WriteString(j.w, s)
	return err
}

type csvWriter struct {
	w       *csv.Writer
	columns []string
}

func (c *csvWriter) begin() error {
	c.w.Write(c.columns)
	return c.w.Error()
}

func (c *csvWriter) write(r *result) error {
	if err := c.w.Write(r.record); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

func (c *csvWriter) end() error {
	c.w.Flush()
	return c.w.Error()
}
