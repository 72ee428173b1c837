package cable

import (
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
	for _, name := range drop {
		if _, err := lookupField(name); err != nil {
			return nil, err
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
	dst, ok, err := v.appendStruct(dst, reflect.ValueOf(r).Elem(), v.keep, v.drop)
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

// appendStruct writes the members of struct s that keep and drop select.
// It reports whether any member was written.
func (v *JSONView) appendStruct(dst []byte, s reflect.Value, keep, drop *fieldNode) ([]byte, bool, error) {
	t := s.Type()
	start := len(dst)
	dst = append(dst, '{')
	n := 0
	for i := range t.NumField() {
		name, omitEmpty := jsonName(t.Field(i))
		fv := s.Field(i)
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
		dst = strconv.AppendQuote(dst, name) // member names are ASCII
		dst = append(dst, ':')
		var ok bool
		var err error
		if k == nil && d == nil {
			dst, err = appendJSON(dst, fv.Interface())
			ok = true
		} else {
			dst, ok, err = v.appendValue(dst, fv, k, d)
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
func (v *JSONView) appendValue(dst []byte, fv reflect.Value, keep, drop *fieldNode) ([]byte, bool, error) {
	switch fv.Kind() {
	case reflect.Pointer:
		if fv.IsNil() {
			return dst, false, nil
		}
		return v.appendValue(dst, fv.Elem(), keep, drop)
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
			if dst, ok, err = v.appendValue(dst, fv.Index(i), keep, drop); err != nil {
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
		return v.appendStruct(dst, fv, keep, drop)
	}
	d, err := appendJSON(dst, fv.Interface())
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
		t := v.Type()
		for i := range t.NumField() {
			if name, omitEmpty := jsonName(t.Field(i)); name == path[0] {
				fv := v.Field(i)
				if omitEmpty && fv.IsZero() {
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

// jsonName returns a struct field's member name and whether it is
// omitted when empty.
func jsonName(f reflect.StructField) (string, bool) {
	tag := f.Tag.Get("json")
	name, opts, _ := strings.Cut(tag, ",")
	return name, opts == "omitempty"
}

var (
	schemaOnce   sync.Once
	schemaFields []JSONField
	schemaIndex  map[string]JSONField
)

// buildSchema lists the members of cableJSON.
func buildSchema() {
	schemaIndex = map[string]JSONField{}
	var walk func(t reflect.Type, prefix string, list bool)
	walk = func(t reflect.Type, prefix string, list bool) {
		for i := range t.NumField() {
			name, _ := jsonName(t.Field(i))
			ft, l := t.Field(i).Type, list
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

func lookupField(name string) (JSONField, error) {
	f, ok := schemaIndex[name]
	if !ok {
		return f, fmt.Errorf("%w %q", ErrUnknownField, name)
	}
	return f, nil
}
