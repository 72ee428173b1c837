package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progress prints a status line on a terminal during long runs: cables
// done, rate, and (when the input size is known) the share read and an
// ETA. It stays silent for the first two seconds and when the writer is
// not a terminal.
type progress struct {
	w     io.Writer
	pl    *pipeline
	total int64
	start time.Time
	stop  chan struct{}
	done  chan struct{}
	shown bool
}

// isTerminal reports whether w is a character device other than the null
// device (a terminal, in practice).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(st, null) {
		return false
	}
	return true
}

// startProgress starts the progress line; it returns nil (a no-op) when w
// is not a terminal.
func startProgress(w io.Writer, pl *pipeline, total int64) *progress {
	if !isTerminal(w) {
		return nil
	}
	p := &progress{w: w, pl: pl, total: total, start: time.Now(), stop: make(chan struct{}), done: make(chan struct{})}
	go p.loop()
	return p
}

func (p *progress) loop() {
	defer close(p.done)
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			if p.shown {
				fmt.Fprint(p.w, "\r\x1b[K")
			}
			return
		case now := <-t.C:
			if now.Sub(p.start) < 2*time.Second {
				continue
			}
			p.shown = true
			fmt.Fprint(p.w, "\r\x1b[K"+progressLine(p.pl.emitted.Load(), p.pl.bytesIn.Load(), p.total, now.Sub(p.start)))
		}
	}
}

// end clears the progress line.
func (p *progress) end() {
	if p == nil {
		return
	}
	close(p.stop)
	<-p.done
}

// progressLine formats "12345 cables, 2100/s, 45% of 1.7 GB, ETA 1m20s".
func progressLine(n, read, total int64, elapsed time.Duration) string {
	secs := max(elapsed.Seconds(), 0.001)
	s := fmt.Sprintf("cablemeta: %d cables, %.0f/s", n, float64(n)/secs)
	if total > 0 && read > 0 {
		frac := min(float64(read)/float64(total), 1)
		s += fmt.Sprintf(", %.0f%% of %s", 100*frac, humanBytes(total))
		if frac > 0 && frac < 1 {
			eta := time.Duration(float64(elapsed) * (1 - frac) / frac).Round(time.Second)
			s += ", ETA " + eta.String()
		}
	}
	return s
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
