package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// defaultCSVColumns are the columns of -format csv without -fields: one
// row per cable. A column is a dotted path into the cable's JSON form;
// a path through an array collects the values of every element, joined
// with ";" (tags.code gives "PREL;PTER;CH").
var defaultCSVColumns = []string{
	"source.path", "source.format", "source.row",
	"reference_id", "transmission_id", "dtg", "from",
	"classification.level", "classification.caveats",
	"tags.code", "subject", "references.id", "signers",
	"warnings.kind", "error",
}

// renderObject returns the JSON object of a result: the value's JSON form
// (or just its source), with an "error" member when it failed. fields,
// when given, keeps only those top-level members (and "source").
func renderObject(r *result, fields []string) []byte {
	var b []byte
	if r.value != nil {
		var err error
		if b, err = json.Marshal(r.value); err != nil {
			b = nil
			if r.err == nil {
				r.err = fmt.Errorf("encoding JSON: %w", err)
			}
		}
	}
	if len(b) < 2 || b[0] != '{' {
		src, _ := json.Marshal(r.src)
		b = append(append([]byte(`{"source":`), src...), '}')
	}
	if r.err != nil {
		msg, _ := json.Marshal(r.err.Error())
		b = b[:len(b)-1]
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(append(append(b, `"error":`...), msg...), '}')
	}
	if len(fields) > 0 {
		b = selectFields(b, fields)
	}
	return b
}

// member is one top-level member of a JSON object.
type member struct {
	key   string
	value json.RawMessage
}

// members splits a JSON object into its members, in order.
func members(obj []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, fmt.Errorf("not a JSON object")
	}
	var out []member
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := t.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		out = append(out, member{key, raw})
	}
	return out, nil
}

// selectFields keeps "source", "error" and the named members, in the
// object's order.
func selectFields(obj []byte, fields []string) []byte {
	ms, err := members(obj)
	if err != nil {
		return obj
	}
	want := map[string]bool{"source": true, "error": true}
	for _, f := range fields {
		want[f] = true
	}
	var b bytes.Buffer
	b.WriteByte('{')
	n := 0
	for _, m := range ms {
		if !want[m.key] {
			continue
		}
		if n > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(m.key)
		b.Write(k)
		b.WriteByte(':')
		b.Write(m.value)
		n++
	}
	b.WriteByte('}')
	return b.Bytes()
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
	var rec []string
	if err := json.Unmarshal(r.out, &rec); err != nil {
		return err
	}
	if err := c.w.Write(rec); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

func (c *csvWriter) end() error {
	c.w.Flush()
	return c.w.Error()
}

// csvRecord renders the CSV record of a JSON object (encoded as a JSON
// array of strings, so that it travels in result.out).
func csvRecord(obj []byte, columns []string) []byte {
	var v any
	d := json.NewDecoder(bytes.NewReader(obj))
	d.UseNumber()
	_ = d.Decode(&v)
	rec := make([]string, len(columns))
	for i, c := range columns {
		rec[i] = strings.Join(pathValues(v, strings.Split(c, ".")), ";")
	}
	b, _ := json.Marshal(rec)
	return b
}

// pathValues follows a dotted path through objects, mapping over arrays,
// and renders the leaves as text.
func pathValues(v any, path []string) []string {
	switch t := v.(type) {
	case nil:
		return nil
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, pathValues(e, path)...)
		}
		return out
	case map[string]any:
		if len(path) == 0 {
			b, _ := json.Marshal(t)
			return []string{string(b)}
		}
		return pathValues(t[path[0]], path[1:])
	}
	if len(path) > 0 {
		return nil
	}
	return []string{scalarText(v)}
}

func scalarText(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case json.Number:
		return t.String()
	case bool:
		return strconv.FormatBool(t)
	}
	return fmt.Sprint(v)
}
