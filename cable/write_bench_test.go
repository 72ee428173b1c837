package cable_test

import (
	"testing"

	"github.com/cablemeta/cablemeta/cable"
)

func BenchmarkWriter(b *testing.B) {
	c := sampleCable()
	w := &cable.Writer{Sections: 2}
	s, _ := w.Text(c)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := w.Text(c); err != nil {
			b.Fatal(err)
		}
	}
}
