package refs_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/cablemeta/cablemeta/refs"
)

func ExampleParser_Parse() {
	body := `SUBJECT: GERMANY: BUNDESTAG SET TO RENEW A BEEFED-UP ISAF
MANDATE AND A SCALED-DOWN OEF COUNTERPART

REF: A. BERLIN 1045 AND 1052
¶B. SECDEF MSG DTG 301601z SEP 08
¶C. 07 STATE 12345 (NOTAL)
¶D. GUHA-CARTER E-MAIL (07SEP07)

Classified By: CHARGE D'AFFAIRES`
	p := refs.Parser{Year: 2008, Self: "08BERLIN1200"}
	res, err := p.Parse(body)
	if err != nil {
		panic(err)
	}
	for _, r := range res.References {
		fmt.Printf("%s %-6s %-13s line %d: %s\n", r.Label, r.Kind, r.ID, r.Line, r.Text)
	}
	fmt.Println(len(res.Warnings), "warnings")
	b, err := json.Marshal(res.References[0])
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))
	// Output:
	// A cable  08BERLIN1045  line 4: BERLIN 1045 AND 1052
	// A cable  08BERLIN1052  line 4: BERLIN 1045 AND 1052
	// B other                line 5: SECDEF MSG DTG 301601z SEP 08
	// C cable  07STATE12345  line 6: 07 STATE 12345 (NOTAL)
	// D email                line 7: GUHA-CARTER E-MAIL (07SEP07)
	// 0 warnings
	// {"label":"A","id":"08BERLIN1045","kind":"cable","text":"BERLIN 1045 AND 1052","line":4}
}
