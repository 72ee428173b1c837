package cabletest

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/cablemeta/cablemeta/cable"
)

func TestScratch(t *testing.T) {
	start := time.Now()
	count := map[string]int{}
	ex := map[string][]string{}
	N := 2000
	for i := range N {
		seed := SeedAt(1, i)
		fx, err := Generate(seed, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := (&cable.Parser{}).ParseString(fx.Text)
		if err != nil {
			count["parse-error"]++
		}
		for _, m := range Compare(fx.Want, got) {
			count[m.Field]++
			if len(ex[m.Field]) < 3 {
				ex[m.Field] = append(ex[m.Field], fmt.Sprintf("seed=%d layout=%s %s", seed, fx.Layout, m))
			}
		}
	}
	fmt.Println(time.Since(start))
	var ks []string
	for k := range count {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Println(k, count[k])
		for _, e := range ex[k] {
			fmt.Println("   ", e)
		}
	}
}
