package paragraph

import (
	"slices"
	"sync"
)

// scratch is the working memory of one call of Parser.Parse that no
// result refers to: the lines of the body, the line offsets of a region,
// the paragraph-number candidates and flags. It holds no text: a line's
// text is a slice of the cable or a string of its own, never pooled
// memory, so no result can see memory that a later call reuses. Calls take it from scratchPool
// and give it back, so that parsing many cables does not allocate it
// again for each one (it was two fifths of the bytes Parse allocated).
type scratch struct {
	lines   []line
	offs    []int
	markers []bool
	ms      []marker
}

// scratchPool holds scratch memory between calls; a sync.Pool is safe for
// concurrent use and gives memory back to the collector over time.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxPooled bounds the lines (and line offsets) a scratch keeps in the
// pool: the memory of an outsized body is left to the collector.
const maxPooled = 1 << 14

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// release clears the memory sc lent (so that it keeps no text of the
// cable alive) and returns sc to the pool.
func (sc *scratch) release() {
	clear(sc.lines)
	clear(sc.markers)
	clear(sc.ms)
	if cap(sc.lines) > maxPooled || cap(sc.offs) > maxPooled {
		return
	}
	sc.lines, sc.offs, sc.markers, sc.ms = sc.lines[:0], sc.offs[:0], sc.markers[:0], sc.ms[:0]
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
