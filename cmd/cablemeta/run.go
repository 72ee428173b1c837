package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// run is the whole command: it parses args, reads the inputs and writes
// the output, and returns the exit status. main only adds the process
// plumbing, so tests call run in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseArgs(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		return exitUsage
	}
	if o.version {
		fmt.Fprintf(stdout, "cablemeta %s\n", version())
		return exitOK
	}
	if len(o.paths) == 0 {
		if f, ok := stdin.(*os.File); ok && isTerminal(f) {
			fmt.Fprintf(stderr, "cablemeta: no PATH given, and standard input is a terminal\n")
			o.usage()
			return exitUsage
		}
		o.paths = []string{"-"}
	}
	o.workers = min(o.workers, maxWorkers())

	// The output is never one of the inputs: a file named on the command
	// line is refused before anything is read, and a walk skips it.
	var outInfo fs.FileInfo
	if o.output != "" {
		outInfo, _ = os.Stat(o.output)
	}
	inputs, skipped := expandPaths(o.paths, outInfo)
	if outInfo != nil {
		if p := namedOutput(inputs, outInfo); p != "" {
			fmt.Fprintf(stderr, "cablemeta: -o %s is the input %s; refusing to overwrite it (nothing was read)\n", o.output, p)
			return exitUsage
		}
	}
	var total int64
	for _, in := range inputs {
		total += in.size
	}

	var out io.Writer = stdout
	var af *atomicFile
	if o.output != "" {
		if af, err = createAtomic(o.output); err != nil {
			fmt.Fprintf(stderr, "cablemeta: cannot create output: %v\n", err)
			return exitFail
		}
		out = af
	}
	bw := bufio.NewWriterSize(out, 256<<10)

	parser := o.parser()
	var finish func(*result)
	var columns []string
	if o.stats {
		finish = func(r *result) { r.stat = statOf(r.value) }
	} else {
		rd, err := newRenderer(o.format, o.fields, o.meta)
		if err != nil {
			fmt.Fprintf(stderr, "cablemeta: %v\n", err)
			return exitUsage
		}
		finish, columns = rd.render, rd.columns
	}
	pl := newPipeline(parser, parseDocument(parser), finish, o.workers, stdin)
	prog := startProgress(stderr, pl, total)

	var c counts
	var writeErr error
	if o.stats {
		st := newArchiveStats()
		c, writeErr = pl.run(inputs, func(r *result) error { st.add(r); return nil })
		st.finish(o.top)
		switch o.format {
		case "json":
			writeErr = st.writeJSON(bw)
		case "csv":
			writeErr = st.writeCSV(bw)
		default:
			writeErr = st.writeTable(bw)
		}
	} else {
		w := newWriter(o.format, bw, columns)
		writeErr = w.begin()
		if writeErr == nil {
			c, writeErr = pl.run(inputs, w.write)
		}
		if writeErr == nil {
			writeErr = w.end()
		}
	}
	if writeErr == nil {
		writeErr = bw.Flush()
	}
	prog.end()
	fmt.Fprintf(stderr, "cablemeta: %d inputs, %d cables read, %d parsed, %d with warnings, %d failed\n",
		c.inputs, c.read, c.parsed, c.withWarnings, c.failed)
	if skipped.total() > 0 {
		fmt.Fprintf(stderr, "cablemeta: %v\n", skipped)
	}

	if writeErr != nil {
		if af != nil {
			af.abort()
		}
		if errors.Is(writeErr, syscall.EPIPE) {
			fmt.Fprintf(stderr, "cablemeta: output closed early (broken pipe); the output is incomplete\n")
		} else {
			fmt.Fprintf(stderr, "cablemeta: writing output: %v\n", writeErr)
		}
		return exitFail
	}
	if af != nil {
		if err := af.commit(); err != nil {
			fmt.Fprintf(stderr, "cablemeta: writing %s: %v\n", o.output, err)
			return exitFail
		}
	}
	if c.failed > 0 {
		return exitFail
	}
	return exitOK
}

// csvColumnsFor puts the source columns first unless -fields names them.
func csvColumnsFor(fields []string) []string {
	cols := []string{}
	hasSource := false
	for _, f := range fields {
		if f == "source" || len(f) > 7 && f[:7] == "source." {
			hasSource = true
		}
	}
	if !hasSource {
		cols = append(cols, "source.path", "source.format", "source.row")
	}
	for _, f := range fields {
		if f == "source" {
			cols = append(cols, "source.path", "source.format", "source.row")
			continue
		}
		cols = append(cols, f)
	}
	return cols
}
