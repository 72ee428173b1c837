package marking_test

import (
	"errors"
	"fmt"

	"github.com/cablemeta/cablemeta/marking"
)

func ExampleParseMarking() {
	for _, s := range []string{"(S//NF)", "( C )", "(SNF)", "(SBU)", "(S//Rel NATO, ISAF)", "(U.S.)", "(Iran)"} {
		m, ok := marking.ParseMarking(s)
		fmt.Printf("%s %v %q\n", s, ok, m.String())
	}
	// Output:
	// (S//NF) true "S//NF"
	// ( C ) true "C"
	// (SNF) true "S//NF"
	// (SBU) true "SBU"
	// (S//Rel NATO, ISAF) true "S//REL NATO, ISAF"
	// (U.S.) false ""
	// (Iran) false ""
}

func ExampleCutMarking() {
	m, rest, ok := marking.CutMarking(" (C/NF) Summary: talks went well.")
	fmt.Printf("%v %s %q\n", ok, m, rest)
	// Output: true C//NF " Summary: talks went well."
}

func ExampleMarking_String() {
	m, _ := marking.ParseMarking("(SECRET/REL FRANCE)")
	fmt.Println(m.String())
	// Output: S//REL FRANCE
}

func ExampleMarking_Has() {
	m, _ := marking.ParseMarking("(S//FGI//NF)")
	fmt.Println(m.Has("NF"), m.Has("FOUO"))
	// Output: true false
}

func ExampleHighestMarking() {
	var ms []marking.Marking
	for _, s := range []string{"(U)", "(C)", "(S/NF)", "(SBU)"} {
		m, _ := marking.ParseMarking(s)
		ms = append(ms, m)
	}
	fmt.Println(marking.HighestMarking(ms))
	// Output: SECRET
}

func ExampleHighest() {
	fmt.Println(marking.Highest(marking.Confidential, marking.Unclassified))
	// Output: CONFIDENTIAL
}

func ExampleParseLevel() {
	for _, s := range []string{"C O N F I D E N T I A L", "unclas", "TS", "LIMITED OFFICIAL USE"} {
		l, err := marking.ParseLevel(s)
		fmt.Println(l, err)
	}
	_, err := marking.ParseLevel("SECRET//NOFORN")
	fmt.Println(errors.Is(err, marking.ErrUnknownLevel))
	// Output:
	// CONFIDENTIAL <nil>
	// UNCLASSIFIED <nil>
	// TOP SECRET <nil>
	// LIMITED OFFICIAL USE <nil>
	// true
}

func ExampleLevel_Abbrev() {
	fmt.Println(marking.LimitedOfficialUse.Abbrev(), marking.TopSecret.Abbrev())
	// Output: LOU TS
}

func ExampleLevel_IsValid() {
	fmt.Println(marking.Confidential.IsValid(), marking.LevelUnknown.IsValid())
	// Output: true false
}

func ExampleLevel_Compare() {
	fmt.Println(marking.Secret.Compare(marking.Confidential), marking.Unclassified.Compare(marking.TopSecret))
	// Output: 1 -1
}

func ExampleLevel_Rank() {
	fmt.Println(marking.Unclassified.Rank(), marking.TopSecret.Rank(), marking.LevelUnknown.Rank())
	// Output: 1 5 0
}

func ExampleSecurityLevel() {
	for _, chars := range []string{"SSSSS", "EEEEE", "ZZH"} {
		l, ok := marking.SecurityLevel(chars)
		fmt.Printf("%s %q %v\n", chars, l, ok)
	}
	// Output:
	// SSSSS "SECRET" true
	// EEEEE "UNCLASSIFIED" true
	// ZZH "" false
}
