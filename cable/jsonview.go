package cable

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// ErrUnknownField is wrapped by [NewJSONView] for a name that is not a
// member of the JSON form.
var ErrUnknownField = errors.New("unknown field")

// JSONField is one member of the JSON form of a [Cable], named by its
// dotted path: "reference_id", "classification.level", "tags.code".
type JSONField struct {
	Name string
	// List is set when the path passes through a list ("tags.code",
	// "signers"): the member may hold several values in one cable.
	List bool
}

// JSONFields returns every member of the JSON form, in the order of the
// form, each object before its members.
func JSONFields() []JSONField {
	schemaOnce.Do(buildSchema)
	return append([]JSONField(nil), schemaFields...)
}

// A JSONView encodes a selection of the members of the JSON form. It is
// safe for concurrent use.
type JSONView struct {
	keep   *fieldNode // nil: every member
	drop   *fieldNode // nil: none
	fields []JSONField
	// zeroDrop: the view keeps every member and each dropped one is
	// omitted when empty, at top level or in the elements of a list, so
	// that clearing the dropped members and encoding the rest whole
	// gives the view.
	zeroDrop bool
}

// NewJSONView returns the view that keeps the members named in keep (every
// member when keep is empty) and leaves out those named in drop. A name is
// a dotted path ([JSONFields]); naming an object keeps or drops all of it,
// naming a member inside a list ("tags.code") keeps or drops that member
// in every element. An unknown name gives an error wrapping
// [ErrUnknownField].
func NewJSONView(keep, drop []string) (*JSONView, error) {
	schemaOnce.Do(buildSchema)
	v := &JSONView{}
	for _, name := range keep {
		f, err := lookupField(name)
		if err != nil {
			return nil, err
		}
		v.fields = append(v.fields, f)
		if v.keep == nil {
			v.keep = &fieldNode{}
		}
		v.keep.add(strings.Split(name, "."))
	}
	v.zeroDrop = keep == nil
	for _, name := range drop {
		if _, err := lookupField(name); err != nil {
			return nil, err
		}
		parent, _ := cutLast(name)
		if !schemaOmitEmpty[name] || parent != "" && !schemaSlice[parent] {
			v.zeroDrop = false
		}
		if v.drop == nil {
			v.drop = &fieldNode{}
		}
		v.drop.add(strings.Split(name, "."))
	}
	return v, nil
}

// Fields returns the members named in the view's keep list, in the order
// given.
func (v *JSONView) Fields() []JSONField { return append([]JSONField(nil), v.fields...) }

// AppendJSON appends the view of c's JSON form to dst, as one JSON object
// in the form's member order, without HTML escaping. Members the view
// leaves out, and objects left empty by it, are omitted, except that a
// list element left empty is written as {}, so that elements keep their
// places.
func (v *JSONView) AppendJSON(dst []byte, c *Cable) ([]byte, error) {
	r := newCableJSON(c)
	if v.keep == nil && v.drop == nil {
		return appendJSON(dst, r)
	}
	if v.zeroDrop {
		clearMembers(reflect.ValueOf(r).Elem(), v.drop)
		return appendJSON(dst, r)
	}
	e := &viewEncoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	dst, ok, err := v.appendStruct(dst, e, reflect.ValueOf(r).Elem(), v.keep, v.drop)
	if err == nil && !ok {
		dst = append(dst, "{}"...) // nothing kept: an empty object
	}
	return dst, err
}

// Values returns, for each member named in the view's keep list, its
// values in c as text: a string or number as written, true or false, an
// object as its JSON form; every element's value for a member inside a
// list, "" for an element that lacks it (so that the n-th values of two
// members of one list belong to the same element). A member c lacks
// gives no value.
func (v *JSONView) Values(c *Cable) [][]string {
	r := reflect.ValueOf(newCableJSON(c)).Elem()
	out := make([][]string, len(v.fields))
	for i, f := range v.fields {
		out[i] = appendValues(nil, r, strings.Split(f.Name, "."))
	}
	return out
}

// fieldNode is a tree of dotted names; a node without children stands for
// the whole member.
type fieldNode struct{ sub map[string]*fieldNode }

func (n *fieldNode) add(path []string) {
	for _, p := range path {
		if n.sub == nil {
			n.sub = map[string]*fieldNode{}
		}
		c := n.sub[p]
		if c == nil {
			c = &fieldNode{}
			n.sub[p] = c
		}
		n = c
	}
}

// viewEncoder encodes the members a view keeps whole, reusing one
// encoder and buffer.
type viewEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

// value appends the JSON encoding of v.
func (e *viewEncoder) value(dst []byte, v reflect.Value) ([]byte, error) {
	switch v.Kind() {
	case reflect.Int, reflect.Int64:
		return strconv.AppendInt(dst, v.Int(), 10), nil
	case reflect.Bool:
		return strconv.AppendBool(dst, v.Bool()), nil
	}
	e.buf.Reset()
	if err := e.enc.Encode(v.Interface()); err != nil {
		return dst, err
	}
	b := e.buf.Bytes()
	return append(dst, b[:len(b)-1]...), nil // without Encode's newline
}

// appendStruct writes the members of struct s that keep and drop select.
// It reports whether any member was written.
func (v *JSONView) appendStruct(dst []byte, e *viewEncoder, s reflect.Value, keep, drop *fieldNode) ([]byte, bool, error) {
	start := len(dst)
	dst = append(dst, '{')
	n := 0
	for _, fi := range fieldsOf(s.Type()) {
		name, omitEmpty := fi.name, fi.omitEmpty
		fv := s.Field(fi.index)
		var k, d *fieldNode
		if keep != nil {
			if k = keep.sub[name]; k == nil {
				continue
			}
			if len(k.sub) == 0 {
				k = nil
			}
		}
		if drop != nil {
			if d = drop.sub[name]; d != nil && len(d.sub) == 0 {
				continue
			}
		}
		if omitEmpty && fv.IsZero() {
			continue
		}
		mark := len(dst)
		if n > 0 {
			dst = append(dst, ',')
		}
		dst = append(dst, fi.key...)
		var ok bool
		var err error
		if k == nil && d == nil {
			dst, err = e.value(dst, fv)
			ok = true
		} else {
			dst, ok, err = v.appendValue(dst, e, fv, k, d)
		}
		if err != nil {
			return dst, false, err
		}
		if !ok {
			dst = dst[:mark]
			continue
		}
		n++
	}
	if n == 0 {
		return dst[:start], false, nil
	}
	return append(dst, '}'), true, nil
}

// appendValue writes a pointer, list or struct value reduced by keep and
// drop.
func (v *JSONView) appendValue(dst []byte, e *viewEncoder, fv reflect.Value, keep, drop *fieldNode) ([]byte, bool, error) {
	switch fv.Kind() {
	case reflect.Pointer:
		if fv.IsNil() {
			return dst, false, nil
		}
		return v.appendValue(dst, e, fv.Elem(), keep, drop)
	case reflect.Slice:
		start := len(dst)
		dst = append(dst, '[')
		n := 0
		for i := range fv.Len() {
			mark := len(dst)
			if n > 0 {
				dst = append(dst, ',')
			}
			var ok bool
			var err error
			if dst, ok, err = v.appendValue(dst, e, fv.Index(i), keep, drop); err != nil {
				return dst, false, err
			}
			if !ok {
				// an element keeps its place: the n-th element of one
				// member list is the n-th of another
				dst = append(dst[:mark+min(n, 1)], "{}"...)
			}
			n++
		}
		if n == 0 {
			return dst[:start], false, nil
		}
		return append(dst, ']'), true, nil
	case reflect.Struct:
		return v.appendStruct(dst, e, fv, keep, drop)
	}
	d, err := e.value(dst, fv)
	return d, err == nil, err
}

// appendValues appends the texts of the member at path in v.
func appendValues(out []string, v reflect.Value, path []string) []string {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return out
		}
		return appendValues(out, v.Elem(), path)
	case reflect.Slice:
		inner := v.Type().Elem()
		for inner.Kind() == reflect.Pointer {
			inner = inner.Elem()
		}
		for i := range v.Len() {
			n := len(out)
			out = appendValues(out, v.Index(i), path)
			if len(out) == n && inner.Kind() == reflect.Struct {
				out = append(out, "") // the element keeps its place
			}
		}
		return out
	case reflect.Struct:
		if len(path) == 0 {
			b, err := appendJSON(nil, v.Interface())
			if err != nil || string(b) == "{}" {
				return out
			}
			return append(out, string(b))
		}
		for _, fi := range fieldsOf(v.Type()) {
			if fi.name == path[0] {
				fv := v.Field(fi.index)
				if fi.omitEmpty && fv.IsZero() {
					return out
				}
				return appendValues(out, fv, path[1:])
			}
		}
		return out
	case reflect.String:
		return append(out, v.String())
	case reflect.Bool:
		return append(out, strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int64:
		return append(out, strconv.FormatInt(v.Int(), 10))
	}
	return out
}

// fieldInfo is a struct field of the schema: its member name, the name
// quoted with its colon, whether it is omitted when empty.
type fieldInfo struct {
	name      string
	key       []byte
	omitEmpty bool
	index     int
}

// fieldsOf returns the fields of a schema struct type, in order.
func fieldsOf(t reflect.Type) []fieldInfo {
	schemaOnce.Do(buildSchema)
	return schemaTypes[t]
}

// jsonName returns a struct field's member name and whether it is
// omitted when empty.
func jsonName(f reflect.StructField) (string, bool) {
	tag := f.Tag.Get("json")
	name, opts, _ := strings.Cut(tag, ",")
	return name, opts == "omitempty"
}

// The schema's members and struct fields, computed once from cableJSON
// and read-only after.
var (
	schemaOnce   sync.Once
	schemaFields []JSONField
	schemaIndex  map[string]JSONField
	schemaTypes  map[reflect.Type][]fieldInfo
	// by member name: omitted when empty; its own type is a list
	schemaOmitEmpty, schemaSlice map[string]bool
)

// buildSchema lists the members of cableJSON and the fields of its
// struct types.
func buildSchema() {
	schemaIndex = map[string]JSONField{}
	schemaTypes = map[reflect.Type][]fieldInfo{}
	schemaOmitEmpty, schemaSlice = map[string]bool{}, map[string]bool{}
	var walk func(t reflect.Type, prefix string, list bool)
	walk = func(t reflect.Type, prefix string, list bool) {
		if _, ok := schemaTypes[t]; !ok {
			fs := make([]fieldInfo, t.NumField())
			for i := range fs {
				name, omitEmpty := jsonName(t.Field(i))
				fs[i] = fieldInfo{name: name, key: append(strconv.AppendQuote(nil, name), ':'), omitEmpty: omitEmpty, index: i}
			}
			schemaTypes[t] = fs
		}
		for i := range t.NumField() {
			name, omitEmpty := jsonName(t.Field(i))
			ft, l := t.Field(i).Type, list
			schemaOmitEmpty[prefix+name] = omitEmpty
			schemaSlice[prefix+name] = ft.Kind() == reflect.Slice
			for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
				l = l || ft.Kind() == reflect.Slice
				ft = ft.Elem()
			}
			f := JSONField{Name: prefix + name, List: l}
			schemaFields = append(schemaFields, f)
			schemaIndex[f.Name] = f
			if ft.Kind() == reflect.Struct {
				walk(ft, f.Name+".", l)
			}
		}
	}
	walk(reflect.TypeFor[cableJSON](), "", false)
}

// clearMembers sets the members named by drop to their zero value, in
// every element of a list.
func clearMembers(v reflect.Value, drop *fieldNode) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			clearMembers(v.Elem(), drop)
		}
	case reflect.Slice:
		for i := range v.Len() {
			clearMembers(v.Index(i), drop)
		}
	case reflect.Struct:
		for _, fi := range fieldsOf(v.Type()) {
			if d := drop.sub[fi.name]; d != nil {
				if len(d.sub) == 0 {
					v.Field(fi.index).SetZero()
				} else {
					clearMembers(v.Field(fi.index), d)
				}
			}
		}
	}
}

// cutLast splits a dotted name before its last member: "a.b.c" gives
// "a.b" and "c"; "a" gives "" and "a".
func cutLast(name string) (parent, last string) {
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[:i], name[i+1:]
	}
	return "", name
}

func lookupField(name string) (JSONField, error) {
	f, ok := schemaIndex[name]
	if !ok {
		return f, fmt.Errorf("%w %q", ErrUnknownField, name)
	}
	return f, nil
}
