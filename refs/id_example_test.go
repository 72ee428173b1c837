package refs_test

import (
	"fmt"
	"log"

	"github.com/cablemeta/cablemeta/refs"
)

func ExampleParseID() {
	for _, s := range []string{"07BEIJING6403", "08ECTION01OF02MANAMA492", "06EFTOBAKU1165", "05RIODEJAN123", "09BEIRT96", "1975DACCA00292_b"} {
		id, err := refs.ParseID(s)
		fmt.Println(s, "->", id, err)
	}
	_, err := refs.ParseID("BEIJING6403")
	fmt.Println(err)
	// Output:
	// 07BEIJING6403 -> 07BEIJING6403 <nil>
	// 08ECTION01OF02MANAMA492 -> 08MANAMA492 <nil>
	// 06EFTOBAKU1165 -> 06BAKU1165 <nil>
	// 05RIODEJAN123 -> 05RIODEJANEIRO123 <nil>
	// 09BEIRT96 -> 09BEIRUT96 <nil>
	// 1975DACCA00292_b -> 75DACCA292 <nil>
	// refs: invalid cable id "BEIJING6403": byte 0: want a two-digit year
}

func ExampleMakeID() {
	id, err := refs.MakeID(2009, "USUN NEW YORK", 827)
	fmt.Println(id, err)
	id, err = refs.MakeID(90, "CAPE TOWN", 97)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(id, id.Year, id.Station, id.Serial)
	// Output:
	// 09USUNNEWYORK827 <nil>
	// 90CAPETOWN97 1990 CAPETOWN 97
}

func ExampleCanonicalID() {
	s, err := refs.CanonicalID("06SECSTATE123")
	fmt.Println(s, err)
	// Output: 06STATE123 <nil>
}

func ExampleID_String() {
	id := refs.ID{Year: 2007, Station: "BEIJING", Serial: 6403}
	fmt.Println(id.String())
	// Output: 07BEIJING6403
}

func ExampleID_IsZero() {
	var id refs.ID
	fmt.Println(id.IsZero(), refs.ID{Year: 2007, Station: "ROME", Serial: 1}.IsZero())
	// Output: true false
}

func ExampleID_UnmarshalText() {
	var id refs.ID
	err := id.UnmarshalText([]byte("09AMEMBASSYHANOI1284"))
	fmt.Println(id, err)
	// Output: 09HANOI1284 <nil>
}

func ExampleCanonicalStation() {
	for _, s := range []string{"RIO DE JAN", "Sao Paulo", "USUN", "BRASILA", "ATLANTIS"} {
		st, ok := refs.CanonicalStation(s)
		fmt.Println(s, "->", st, ok)
	}
	// Output:
	// RIO DE JAN -> RIODEJANEIRO true
	// Sao Paulo -> SAOPAULO true
	// USUN -> USUNNEWYORK true
	// BRASILA -> BRASILIA true
	// ATLANTIS -> ATLANTIS false
}

func ExampleKnownStation() {
	fmt.Println(refs.KnownStation("USEUBRUSSELS"), refs.KnownStation("SECSTATE"))
	// Output: true false
}

func ExampleID_DocNumber() {
	id, err := refs.ParseID("74SANTIAGO5678")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(id.DocNumber())
	back, err := refs.ParseID(id.DocNumber())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(back)
	// Output:
	// 1974SANTIA05678
	// 74SANTIAGO5678
}
