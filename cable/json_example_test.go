package cable_test

import (
	"errors"
	"fmt"
	"log"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/paragraph"
)

func ExampleCable_MarshalJSON() {
	c := &cable.Cable{
		Source:      cable.Source{Path: "a.txt", Format: cable.FormatText},
		ReferenceID: "08NORTHPORT412",
		Body:        &paragraph.Body{Subject: "R&D <PORT> FUND"},
	}
	b, err := c.MarshalJSON() // json.Marshal(c) would escape & < > again
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	// Output:
	// {"source":{"path":"a.txt","format":"text"},"reference_id":"08NORTHPORT412","subject":"R&D <PORT> FUND"}
}

func ExampleJSONFields() {
	for _, f := range cable.JSONFields() {
		if f.Name == "reference_id" || f.Name == "tags.code" || f.Name == "classification.level" {
			fmt.Println(f.Name, f.List)
		}
	}
	// Output:
	// reference_id false
	// classification.level false
	// tags.code true
}

func ExampleNewJSONView() {
	_, err := cable.NewJSONView([]string{"reference_id", "classification.levle"}, nil)
	fmt.Println(err, errors.Is(err, cable.ErrUnknownField))
	// Output:
	// unknown field "classification.levle" true
}

func ExampleJSONView_AppendJSON() {
	// Keep three members; a dotted name reaches into an object or list.
	v, err := cable.NewJSONView([]string{"reference_id", "classification.level", "tags.code"}, nil)
	if err != nil {
		panic(err)
	}
	b, err := v.AppendJSON(nil, parseExample(accessorCable))
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))

	// Leave out the texts: a catalogue record.
	v, err = cable.NewJSONView(nil, []string{"summary", "comment", "paragraphs.text", "warnings", "header", "published"})
	if err != nil {
		log.Fatal(err)
	}
	b, err = v.AppendJSON(nil, parseExample(fragment))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))
	// Output:
	// {"reference_id":"08NORTHPORT412","classification":{"level":"SECRET"},"tags":[{"code":"PREL"},{"code":"PGOV"}]}
	// {"source":{"format":"text","line":1},"subject":"HARBOR VISIT","subject_title":"Harbor Visit","paragraphs":[{"number":1,"line":3}]}
}

func ExampleJSONView_Values() {
	v, err := cable.NewJSONView([]string{"reference_id", "tags.code", "classification.section"}, nil)
	if err != nil {
		log.Fatal(err)
	}
	for i, vals := range v.Values(parseExample(accessorCable)) {
		fmt.Println(v.Fields()[i].Name, vals)
	}
	// Output:
	// reference_id [08NORTHPORT412]
	// tags.code [PREL PGOV]
	// classification.section []
}

func ExampleJSONView_Fields() {
	v, err := cable.NewJSONView([]string{"dtg", "signers"}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(v.Fields())
	// Output:
	// [{dtg false} {signers true}]
}

func ExamplePublished_CreatedTime() {
	for _, created := range []string{"2008-03-04 09:15", "03/04/2008 09:15", "yesterday"} {
		t, ok := (&cable.Published{Created: created}).CreatedTime()
		fmt.Println(t.Format("2006-01-02T15:04:05Z07:00"), ok)
	}
	// Output:
	// 2008-03-04T09:15:00Z true
	// 2008-03-04T09:15:00Z true
	// 0001-01-01T00:00:00Z false
}
