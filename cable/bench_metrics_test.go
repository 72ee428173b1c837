package cable

import (
	"runtime"
	"testing"
	"time"

	"github.com/cablemeta/cablemeta/internal/benchmeter"
)

// The machines that run the benchmarks are shared and often overloaded,
// so wall-clock figures (ns/op, MB/s) mostly measure the scheduler. The
// helpers below add figures that do not depend on the load: the CPU time
// of the process (all threads, garbage collector included) and the number
// of heap allocations, per cable and per KB of input.

// meter measures one benchmark loop: start it after the setup, call
// report after the loop.
type meter struct {
	cpu     time.Duration
	mallocs uint64
}

func startMeter(b *testing.B) *meter {
	b.Helper()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ResetTimer()
	return &meter{cpu: benchmeter.CPUTime(), mallocs: ms.Mallocs}
}

// report adds the per-cable and per-byte figures, for cables cables and
// size bytes processed per iteration:
//
//	ns/cable      wall-clock time per cable
//	cpu-ns/cable  CPU time per cable (all threads of the process)
//	cpu-MB/s      input bytes per second of CPU time
//	allocs/cable  heap allocations per cable
//	allocs/KB     heap allocations per 1,000 bytes of input
func (m *meter) report(b *testing.B, cables int, size int64) {
	b.Helper()
	b.StopTimer()
	cpu := benchmeter.CPUTime() - m.cpu
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	allocs := float64(ms.Mallocs - m.mallocs)
	n := float64(b.N)
	if cables > 0 {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/(n*float64(cables)), "ns/cable")
		b.ReportMetric(float64(cpu.Nanoseconds())/(n*float64(cables)), "cpu-ns/cable")
		b.ReportMetric(allocs/(n*float64(cables)), "allocs/cable")
	}
	if size > 0 {
		if cpu > 0 {
			b.ReportMetric(float64(size)*n/cpu.Seconds()/1e6, "cpu-MB/s")
		}
		b.ReportMetric(allocs/(n*float64(size)/1000), "allocs/KB")
	}
}
