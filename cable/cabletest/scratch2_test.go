package cabletest

import (
	"fmt"
	"testing"

	"github.com/cablemeta/cablemeta/cable"
)

func TestScratch2(t *testing.T) {
	fx, _ := Generate(5568265461633254772, Options{})
	fmt.Println(fx.Text)
	got, _ := (&cable.Parser{}).ParseString(fx.Text)
	fmt.Printf("%#v\n", *got.Paragraphs[0].Marking)
	fmt.Printf("%+v\n", got.Paragraphs[0])
}
