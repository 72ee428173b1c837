package cable

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cablemeta/cablemeta/internal/benchmeter"
)

// repeatReader yields data n times, so that an archive of any size can be
// streamed without being stored.
type repeatReader struct {
	data []byte
	n    int
	off  int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := copy(p, r.data[r.off:])
	r.off += k
	if r.off == len(r.data) {
		r.off = 0
		r.n--
	}
	return k, nil
}

// BenchmarkStreamCSV streams cables.csv archives of growing size through
// Parser.Cables and reports the largest live heap seen (peak-heap-MB),
// which must not grow with the archive: the rows are read, parsed and
// dropped one at a time. The archive is the real rows of testdata/cables
// repeated.
func BenchmarkStreamCSV(b *testing.B) {
	var rows []byte
	for _, name := range []string{"66BUENOSAIRES2481.csv", "72TEHRAN1164.csv"} {
		data, err := os.ReadFile(filepath.Join("testdata/cables", name))
		if err != nil {
			b.Fatal(err)
		}
		rows = append(rows, bytes.TrimRight(data, "\n")...)
		rows = append(rows, '\n')
	}
	for _, copies := range []int{100, 1000, 2000} {
		b.Run(fmt.Sprintf("cables=%d", 2*copies), func(b *testing.B) {
			p := &Parser{Format: FormatCSV}
			b.SetBytes(int64(len(rows) * copies))
			b.ReportAllocs()
			peak := benchmeter.WatchHeap(5 * time.Millisecond)
			m := startMeter(b)
			for b.Loop() {
				n := 0
				for c, err := range p.Cables(&repeatReader{data: rows, n: copies}, "cables.csv") {
					if c == nil {
						b.Fatal(err)
					}
					n++
				}
				if n != 2*copies {
					b.Fatalf("%d cables, want %d", n, 2*copies)
				}
			}
			m.report(b, 2*copies, int64(len(rows)*copies))
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
		})
	}
}
