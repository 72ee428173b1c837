// Package benchmeter holds the measurements the benchmarks report besides
// wall-clock time, which on shared machines mostly measures the
// scheduler: the CPU time of the process and the peak of the live heap.
//
// CPUTime reads getrusage on Unix systems and GetProcessTimes on Windows;
// elsewhere it returns 0.
package benchmeter

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// WatchHeap collects garbage, then samples the live heap every interval
// until the returned function is called, which stops sampling and
// reports the largest value seen, in bytes.
func WatchHeap(interval time.Duration) func() uint64 {
	const name = "/memory/classes/heap/objects:bytes"
	runtime.GC()
	done := make(chan struct{})
	var wg sync.WaitGroup
	var peak uint64
	wg.Go(func() {
		s := []metrics.Sample{{Name: name}}
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak
	}
}
