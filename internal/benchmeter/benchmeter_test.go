package benchmeter

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

var sink [][]byte

func TestCPUTimeGrows(t *testing.T) {
	start := CPUTime()
	if start == 0 {
		t.Skip("no process CPU clock on this system")
	}
	deadline := time.Now().Add(20 * time.Millisecond)
	for n := 0; time.Now().Before(deadline); n++ {
		_ = n * n
	}
	assert.Greater(t, CPUTime(), start)
}

func TestWatchHeapSeesAllocation(t *testing.T) {
	stop := WatchHeap(time.Millisecond)
	sink = append(sink, make([]byte, 8<<20))
	time.Sleep(10 * time.Millisecond)
	peak := stop()
	runtime.KeepAlive(sink)
	sink = nil
	assert.GreaterOrEqual(t, peak, uint64(8<<20))
}
