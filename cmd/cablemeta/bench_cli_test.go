package main

import (
	"bufio"
	"io"
	"os"
	"runtime/debug"
	"testing"
	"time"

	"github.com/cablemeta/cablemeta/internal/benchmeter"
)

// BenchmarkCLI runs the whole command (walk, read, decode, parse, render
// JSON Lines, ordered output) over the corpus directory named by the
// environment variable CABLEMETA_BULK_DIR, for example the extracted
// WikiLeaks pages:
//
//	CABLEMETA_BULK_DIR=/tmp/bulk go test ./cmd/cablemeta -run '^$' -bench CLI -benchtime 1x -count 5
//
// The first sub-benchmark, count-lines, is the reference point: it reads
// the same files and counts their lines, and nothing else. The others run
// the command with -j 1 and -j 2 and report, besides MB/s of input:
//
//	x-count-lines  wall-clock time as a multiple of count-lines in this run
//	cpu-MB/s       input bytes per second of process CPU time
//	ns/file        wall-clock time per input file
//	peak-heap-MB   the largest live heap seen while the command ran
//
// It is skipped when CABLEMETA_BULK_DIR is not set.
func BenchmarkCLI(b *testing.B) {
	dir := os.Getenv("CABLEMETA_BULK_DIR")
	if dir == "" {
		b.Skip("set CABLEMETA_BULK_DIR to a corpus directory to run the end-to-end benchmark")
	}
	inputs, _ := expandPaths([]string{dir}, nil)
	var size int64
	for _, in := range inputs {
		if in.err != nil {
			b.Fatalf("%s: %v", in.path, in.err)
		}
		size += in.size
	}
	if len(inputs) == 0 {
		b.Fatalf("%s: no input files", dir)
	}
	var refNs float64 // count-lines ns/op of this run
	b.Run("count-lines", func(b *testing.B) {
		b.SetBytes(size)
		m := startMeter(b)
		for b.Loop() {
			if n := countLines(b, inputs); n == 0 {
				b.Fatal("no lines")
			}
		}
		refNs = m.report(b, len(inputs), size)
	})
	if os.Getenv("GOGC") == "" {
		// as main does: run is measured as the command runs
		defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	}
	for _, j := range []string{"1", "2"} {
		b.Run("j"+j, func(b *testing.B) {
			b.SetBytes(size)
			peak := benchmeter.WatchHeap(10 * time.Millisecond)
			m := startMeter(b)
			for b.Loop() {
				if code := run([]string{"-j", j, dir}, nil, io.Discard, io.Discard); code == exitUsage {
					b.Fatalf("exit status %d", code)
				}
			}
			ns := m.report(b, len(inputs), size)
			if refNs > 0 {
				b.ReportMetric(ns/refNs, "x-count-lines")
			}
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
		})
	}
}

// countLines reads every input and counts its lines.
func countLines(b *testing.B, inputs []input) int {
	n := 0
	buf := make([]byte, 0, 64<<10)
	for _, in := range inputs {
		f, err := os.Open(in.path)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(buf, 16<<20)
		for sc.Scan() {
			n++
		}
		if err := sc.Err(); err != nil {
			b.Fatal(err)
		}
		_ = f.Close()
	}
	return n
}

// meter measures the CPU time of the process over a benchmark loop.
type meter struct{ cpu time.Duration }

func startMeter(b *testing.B) *meter {
	b.ResetTimer()
	return &meter{cpu: benchmeter.CPUTime()}
}

// report adds ns/file and cpu-MB/s and returns the wall-clock ns/op.
func (m *meter) report(b *testing.B, files int, size int64) float64 {
	b.StopTimer()
	cpu := benchmeter.CPUTime() - m.cpu
	ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	b.ReportMetric(ns/float64(files), "ns/file")
	if cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
	return ns
}
