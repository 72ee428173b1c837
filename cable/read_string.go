package cable

import (
	"strings"
	"unsafe"
)

// unreadString returns the unread part of sr, consuming it, without a
// copy: strings.Reader.WriteTo hands its string to a writer with a
// WriteString method.
func unreadString(sr *strings.Reader) string {
	var w stringTaker
	_, _ = sr.WriteTo(&w)
	return w.s
}

// stringTaker keeps what is written to it, a string without a copy.
type stringTaker struct{ s string }

func (w *stringTaker) WriteString(s string) (int, error) {
	if w.s == "" {
		w.s = s // the one call: s itself
	} else {
		w.s += s
	}
	return len(s), nil
}

func (w *stringTaker) Write(p []byte) (int, error) {
	w.s += string(p)
	return len(p), nil
}

// stringBytes returns the memory of s as a byte slice, which must never
// be written to.
func stringBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}
