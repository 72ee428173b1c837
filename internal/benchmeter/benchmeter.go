// Package benchmeter holds the measurements the benchmarks report besides
// wall-clock time, which on shared machines mostly measures the
// scheduler: the CPU time of the process and the peak of the live heap.
package benchmeter

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"syscall"
	"time"
)

// CPUTime returns the user+system CPU time used by the process so far
// (all threads, garbage collector included), or 0 if it cannot be read.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

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
