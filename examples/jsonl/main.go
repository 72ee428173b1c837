// Command jsonl converts an archive of cables to JSON Lines: one JSON
// object per cable on standard output, in the form the cablemeta command
// prints (see cable.Cable for the field names).
//
// Each argument is a directory (walked recursively; .html, .txt, .csv and
// .md files are read), a single file (a WikiLeaks page, a cables.csv dump,
// a text file holding one or several cables) or "-" for standard input.
// A cable that cannot be read or parsed does not stop the run: it becomes
// an error line
//
//	{"source":"archive/cables.csv row 2","error":"line 116: csv: malformed cables.csv row: ..."}
//
// and the conversion goes on. At the end the counts go to standard error.
// The exit status is 0 when every cable was converted, 1 when some
// produced an error line, 2 for a usage error.
//
// Run it with
//
//	go run ./examples/jsonl examples/jsonl/testdata > cables.jsonl
//	go run ./examples/jsonl -strict examples/jsonl/testdata   # warnings become error lines
//	cat some.csv | go run ./examples/jsonl -
//
// The program shows the two streaming entry points of package cable,
// Parser.ParseDir for paths and Parser.Cables for a reader, and how to
// take an error apart with errors.As and errors.Is.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"strconv"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/diag"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// errorLine is what the program writes for a cable that failed.
type errorLine struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}

// counts are reported on standard error at the end of the run.
type counts struct {
	cables, errors, strict, warnings int
}

// run is the whole program; main only supplies the process's arguments
// and streams, so that tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("jsonl", flag.ContinueOnError)
	flags.SetOutput(stderr)
	strict := flags.Bool("strict", false, "turn the first warning of a cable into an error line")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: jsonl [-strict] path... (a directory, a file, or - for standard input)")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return 2
	}

	// The zero Parser detects format and charset; Strict is the only
	// option this program sets.
	p := &cable.Parser{Strict: *strict}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false) // "&", "<", ">" as the cable has them
	var n counts
	for _, arg := range flags.Args() {
		var stream iter.Seq2[*cable.Cable, error]
		if arg == "-" {
			stream = p.Cables(stdin, "-")
		} else {
			stream = p.ParseDir(arg)
		}
		for c, err := range stream {
			if err != nil {
				if errors.As(err, new(*diag.StrictError)) {
					n.strict++
				}
				n.errors++
				if werr := enc.Encode(errorLine{Source: sourceOf(c, err), Error: messageOf(err)}); werr != nil {
					fmt.Fprintln(stderr, "jsonl:", werr)
					return 1
				}
				continue
			}
			n.cables++
			n.warnings += len(c.Warnings)
			if werr := enc.Encode(c); werr != nil {
				fmt.Fprintln(stderr, "jsonl:", werr)
				return 1
			}
		}
	}

	fmt.Fprintf(stderr, "jsonl: %d cables, %d warnings, %d errors", n.cables, n.warnings, n.errors)
	if *strict {
		fmt.Fprintf(stderr, " (%d strict)", n.strict)
	}
	fmt.Fprintln(stderr)
	if n.errors > 0 {
		return 1
	}
	return 0
}

// sourceOf says where a failed cable was read: "path row 3" for a
// cables.csv row, "path line 40" for a cable in a text file holding
// several, or just the path. The position is in the *diag.ParseError;
// the partial cable, when the parser got that far, knows it too.
func sourceOf(c *cable.Cable, err error) string {
	if c != nil {
		return c.Source.String()
	}
	var pe *diag.ParseError
	if errors.As(err, &pe) {
		src := pe.Path
		if src == "" {
			src = "-"
		}
		if pe.Row > 0 {
			src += " row " + strconv.Itoa(pe.Row)
		}
		return src
	}
	return "-"
}

// messageOf is the error without the path, which the source already
// gives: the line, the field and the cause.
func messageOf(err error) string {
	var pe *diag.ParseError
	if !errors.As(err, &pe) {
		return err.Error()
	}
	rest := *pe
	rest.Path, rest.Row = "", 0
	return rest.Error()
}
