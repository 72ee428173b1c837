package paragraph

import (
	"slices"
	"sync"
	"unsafe"
)

// scratch is the working memory of one call of Parser.Parse that no
// result refers to: the lines of the body, the region text and its line
// offsets, the paragraph-number candidates and flags. Calls take it from scratchPool
// and give it back, so that parsing many cables does not allocate it
// again for each one (it was two fifths of the bytes Parse allocated).
type scratch struct {
	lines   []line
	text    []byte // the region text, when it is not a slice of the body
	offs    []int
	markers []bool
	ms      []marker
}

// scratchPool holds scratch memory between calls; a sync.Pool is safe for
// concurrent use and gives memory back to the collector over time.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooled bounds what a scratch keeps in the pool (bytes of region text,
// or lines): the memory of an outsized body is left to the collector.
const maxPooled = 1 << 20

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// release clears the memory sc lent (so that it keeps no text alive, and
// so that a result that wrongly kept a slice of the region text shows
// zero bytes at once, in every test) and returns sc to the pool.
func (sc *scratch) release() {
	clear(sc.lines)
	clear(sc.text)
	clear(sc.markers)
	clear(sc.ms)
	if cap(sc.text) > maxPooled || cap(sc.lines) > maxPooled/64 {
		return
	}
	sc.lines, sc.text, sc.offs, sc.markers, sc.ms = sc.lines[:0], sc.text[:0], sc.offs[:0], sc.markers[:0], sc.ms[:0]
	scratchPool.Put(sc)
}

// lineBuf returns sc's line memory, empty, with room for n lines.
func (sc *scratch) lineBuf(n int) []line {
	return slices.Grow(sc.lines[:0], n)
}

// offsBuf returns n zero offsets of sc's memory.
func (sc *scratch) offsBuf(n int) []int {
	sc.offs = slices.Grow(sc.offs[:0], n)[:n]
	clear(sc.offs)
	return sc.offs
}

// markerBuf returns n false flags of sc's memory.
func (sc *scratch) markerBuf(n int) []bool {
	sc.markers = slices.Grow(sc.markers[:0], n)[:n]
	clear(sc.markers)
	return sc.markers
}

// markerList returns sc's memory for paragraph-number candidates, empty.
func (sc *scratch) markerList() []marker {
	return sc.ms[:0]
}

// textBuf returns sc's text memory, empty, with room for n bytes.
func (sc *scratch) textBuf(n int) []byte {
	return slices.Grow(sc.text[:0], n)
}

// keepText records b as the region text written in sc's memory and
// returns it as a string, valid until sc is released.
func (sc *scratch) keepText(b []byte) string {
	sc.text = b
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}
