package diag_test

import (
	"errors"
	"fmt"

	"github.com/cablemeta/cablemeta/diag"
)

var errBadDate = errors.New("invalid date")

func ExampleList_Sort() {
	ws := diag.List{
		{Line: 12, Part: "tags", Field: "TAGS", Kind: "typo-fixed", Message: "POGOV read as PGOV"},
		{Part: "cable", Kind: "published-id-mismatch", Message: "publisher's id differs"},
		{Line: 3, Part: "header", Field: "DTG", Kind: "invalid-dtg", Message: "day 31 in September"},
	}
	ws.Sort()
	for _, w := range ws {
		fmt.Println(w)
	}
	// Output:
	// cable: publisher's id differs
	// line 3: header: DTG: day 31 in September
	// line 12: tags: TAGS: POGOV read as PGOV
}

func ExampleList_Err() {
	var ws diag.List
	fmt.Println(ws.Err())
	ws = append(ws,
		diag.Warning{Line: 3, Part: "header", Field: "DTG", Kind: "invalid-dtg", Message: "day 31 in September", Err: errBadDate},
		diag.Warning{Line: 9, Part: "tags", Kind: "no-tags", Message: "no TAGS line found"},
	)
	err := ws.Err()
	fmt.Println(err)
	fmt.Println(errors.Is(err, errBadDate))
	// Output:
	// <nil>
	// line 3: header: DTG: day 31 in September (and 1 more warning)
	// true
}

func ExampleStrict() {
	w := diag.Warning{Line: 3, Part: "header", Field: "DTG", Kind: "invalid-dtg", Message: "day 31 in September", Err: errBadDate}
	err := error(diag.Strict(w))
	fmt.Println(err)
	if se, ok := errors.AsType[*diag.StrictError](err); ok {
		fmt.Println(se.Warning.Kind)
	}
	fmt.Println(errors.Is(err, errBadDate))
	// Output:
	// line 3: DTG: header: invalid-dtg: day 31 in September
	// invalid-dtg
	// true
}
