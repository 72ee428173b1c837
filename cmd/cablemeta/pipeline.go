package main

import (
	"bufio"
	"io"
	"os"
	"sync"
	"sync/atomic"

	"github.com/cablemeta/cablemeta/cable"
)

// parseFunc parses one document into a cable (nil when there is none),
// with its number of warnings.
type parseFunc func(doc cable.Document) (value *cable.Cable, warnings int, err error)

// job is one unit of work: a document to parse, an error met while
// reading the inputs, or a small open file whose documents the worker
// reads, decodes and parses itself.
type job struct {
	seq  int
	doc  cable.Document
	err  error    // read error: no parsing
	file *os.File // with path and size: read on the worker, which closes it
	size int64
	path string
}

// wholeFileMax is the size up to which a file is opened by the producer
// and read, decoded and parsed on a worker (a WikiLeaks page, a text
// copy), so that reading and decoding run in parallel too. Larger inputs
// (cables.csv) are streamed by the producer, one document at a time, so
// that their cables are spread over the workers.
const wholeFileMax = 1 << 20

// result is a parsed (or failed) job, ready to be written.
type result struct {
	seq      int
	src      cable.Source
	value    *cable.Cable
	warnings int
	readErr  bool // failed before parsing
	err      error
	out      []byte   // rendered output, set by the finish hook
	record   []string // the CSV record, set by the finish hook for -format csv
	stat     *cableStat
}

// counts are the totals of the summary line.
type counts struct {
	inputs, read, parsed, withWarnings, failed int
}

// pipeline reads inputs in order, parses their documents on several
// workers and hands the results to emit in input order. Memory is bounded:
// at most window documents are in flight.
type pipeline struct {
	parser   *cable.Parser
	parse    parseFunc
	finish   func(*result) // runs on the worker, after parse (render, stats)
	workers  int
	stdin    io.Reader
	bytesIn  atomic.Int64 // bytes read so far, for the progress line
	emitted  atomic.Int64
	stopOnce sync.Once
	stop     chan struct{}
}

func newPipeline(p *cable.Parser, parse parseFunc, finish func(*result), workers int, stdin io.Reader) *pipeline {
	return &pipeline{parser: p, parse: parse, finish: finish, workers: max(1, workers), stdin: stdin, stop: make(chan struct{})}
}

func (pl *pipeline) cancel() { pl.stopOnce.Do(func() { close(pl.stop) }) }

// run processes the inputs; emit is called in input order from the
// calling goroutine. When emit fails, the run stops early and returns that
// error.
func (pl *pipeline) run(inputs []input, emit func(*result) error) (counts, error) {
	// 8 jobs per worker: fewer hand-offs that wake a parked goroutine than
	// at 4 (the bulk pages at -j 2: 1.15 -> 1.09 s), for ~8 MB more heap
	window := 8 * pl.workers
	slots := make(chan struct{}, window)
	jobs := make(chan job, window)
	results := make(chan batch, window)

	go pl.produce(inputs, jobs, slots)

	var wg sync.WaitGroup
	for range pl.workers {
		wg.Go(func() {
			for j := range jobs {
				results <- pl.work(j)
			}
		})
	}
	go func() { wg.Wait(); close(results) }()

	c := counts{inputs: len(inputs)}
	pending := make(map[int][]*result, window)
	next := 0
	var emitErr error
	for b := range results {
		pending[b.seq] = b.rs
		for {
			rs, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			for _, r := range rs {
				if emitErr != nil {
					break // draining after a failed write
				}
				c.add(r)
				if err := emit(r); err != nil {
					emitErr = err
					pl.cancel()
				}
				pl.emitted.Add(1)
			}
		}
	}
	return c, emitErr
}

func (c *counts) add(r *result) {
	if !r.readErr {
		c.read++
	}
	if r.err != nil {
		c.failed++
		return
	}
	c.parsed++
	if r.warnings > 0 {
		c.withWarnings++
	}
}

// produce reads the inputs in order and sends their documents as jobs.
func (pl *pipeline) produce(inputs []input, jobs chan<- job, slots chan struct{}) {
	defer close(jobs)
	seq := 0
	send := func(j job) bool {
		select {
		case slots <- struct{}{}:
		case <-pl.stop:
			return false
		}
		j.seq = seq
		seq++
		jobs <- j
		return true
	}
	br := bufio.NewReaderSize(nil, 64<<10)
	for _, in := range inputs {
		if in.err == nil && in.path != "-" && in.size > 0 && in.size <= wholeFileMax {
			f, err := os.Open(in.path)
			if err == nil {
				if !send(job{file: f, size: in.size, path: in.path}) {
					_ = f.Close()
					return
				}
				continue
			}
			// unreadable: the streaming path below reports the error
		}
		if in.err != nil {
			if !send(job{doc: cable.Document{Source: cable.Source{Path: in.path}}, err: in.err}) {
				return
			}
			continue
		}
		var r io.Reader
		var closer io.Closer
		if in.path == "-" {
			br.Reset(&countingReader{r: pl.stdin, n: &pl.bytesIn})
			r = br
		} else {
			f, err := os.Open(in.path)
			if err != nil {
				if !send(job{doc: cable.Document{Source: cable.Source{Path: in.path}}, err: err}) {
					return
				}
				continue
			}
			// the file itself: a zip archive is read with ReadAt
			r, closer = &countingFile{File: f, n: &pl.bytesIn}, f
		}
		ok := true
		for doc, err := range pl.parser.Documents(r, in.path) {
			if doc.Source.Path == "" {
				doc.Source.Path = in.path
			}
			if !send(job{doc: doc, err: err}) {
				ok = false
				break
			}
		}
		if closer != nil {
			_ = closer.Close()
		}
		if !ok {
			return
		}
	}
}

// work parses one job and renders it: one result, or one per document
// of a whole file.
func (pl *pipeline) work(j job) batch {
	if j.file == nil {
		return batch{j.seq, []*result{pl.workDoc(j)}}
	}
	defer j.file.Close()
	var rs []*result
	r := &sizedReader{r: j.file, size: j.size, left: j.size, n: &pl.bytesIn}
	for doc, err := range pl.parser.Documents(r, j.path) {
		if doc.Source.Path == "" {
			doc.Source.Path = j.path
		}
		rs = append(rs, pl.workDoc(job{seq: j.seq, doc: doc, err: err}))
	}
	return batch{j.seq, rs} // rs may be empty: a file without documents
}

// batch is the results of one job, in input order.
type batch struct {
	seq int
	rs  []*result
}

// workDoc parses one document and renders it.
func (pl *pipeline) workDoc(j job) *result {
	r := &result{seq: j.seq, src: j.doc.Source}
	if j.err != nil {
		r.readErr, r.err = true, j.err
	} else {
		r.value, r.warnings, r.err = pl.parse(j.doc)
	}
	if pl.finish != nil {
		pl.finish(r)
	}
	return r
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// countingFile is a file whose Read counts the bytes read; its other
// methods (ReadAt, Stat) are the file's.
type countingFile struct {
	*os.File
	n *atomic.Int64
}

func (c *countingFile) Read(p []byte) (int, error) {
	n, err := c.File.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// sizedReader reads a file of known size: Documents sizes its buffers by
// its Len (a page is then read into one string of its size), and n counts
// the bytes read for the progress line. Its ReadAt and Size let a zip
// archive be read from the file.
type sizedReader struct {
	r    *os.File
	size int64
	left int64
	n    *atomic.Int64
}

// ReadAt reads the file at off, for zip archives.
func (s *sizedReader) ReadAt(p []byte, off int64) (int, error) { return s.r.ReadAt(p, off) }

// Size returns the size of the file, as it was listed.
func (s *sizedReader) Size() int64 { return s.size }

func (s *sizedReader) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	s.left -= int64(n)
	s.n.Add(int64(n))
	return n, err
}

// Len returns the number of bytes left, as the file was listed.
func (s *sizedReader) Len() int { return int(max(s.left, 0)) }
