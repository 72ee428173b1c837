//go:build !unix && !windows

package benchmeter

import "time"

// CPUTime returns 0: this system offers no process CPU clock that the
// standard library reads.
func CPUTime() time.Duration { return 0 }
