package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/cablemeta/cablemeta/cable"
)

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// options are the parsed command line.
type options struct {
	stats       bool
	workers     int
	format      string // jsonl, json, csv; for stats: table, json
	fields      []string
	strict      bool
	inputFormat cable.Format
	charset     string
	output      string
	top         int
	paths       []string
}

// errUsage marks command-line errors (exit status 2).
var errUsage = errors.New("usage error")

// parseArgs parses the command line (without the program name). Errors
// wrap errUsage; -h yields flag.ErrHelp.
func parseArgs(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	name := "cablemeta"
	if len(args) > 0 && args[0] == "stats" {
		o.stats = true
		name = "cablemeta stats"
		args = args[1:]
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&o.workers, "j", runtime.GOMAXPROCS(0), "number of parallel `workers`")
	defFormat := "jsonl"
	formatHelp := "output `format`: jsonl, json or csv"
	if o.stats {
		defFormat = "table"
		formatHelp = "output `format`: table or json"
		fs.IntVar(&o.top, "top", 20, "show the `N` largest rows of each table (0: all)")
	}
	fs.StringVar(&o.format, "format", defFormat, formatHelp)
	var fields, inputFormat string
	if !o.stats {
		fs.StringVar(&fields, "fields", "", "comma-separated `list` of fields to print (source is always kept)")
	}
	fs.BoolVar(&o.strict, "strict", false, "turn every warning into an error")
	fs.StringVar(&inputFormat, "input-format", "auto", "input `format`: auto, html, csv, text or markdown")
	fs.StringVar(&o.charset, "charset", "", "input charset `name` (default: sniff; latin1 means windows-1252)")
	fs.StringVar(&o.output, "o", "", "write the output to `file` atomically")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: %s [flags] PATH...\n", name)
		if !o.stats {
			fmt.Fprintf(fs.Output(), "       cablemeta stats [flags] PATH...\n")
		}
		fmt.Fprintf(fs.Output(), "PATH is a file, a directory, a glob or - (standard input, the default).\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	bad := func(format string, a ...any) (*options, error) {
		err := fmt.Errorf("%w: "+format, append([]any{errUsage}, a...)...)
		fmt.Fprintf(stderr, "%s: %v\n", name, strings.TrimPrefix(err.Error(), errUsage.Error()+": "))
		fs.Usage()
		return nil, err
	}
	if o.workers < 1 {
		return bad("-j must be at least 1, got %d", o.workers)
	}
	if o.stats {
		if o.format != "table" && o.format != "json" {
			return bad("unknown -format %q (want table or json)", o.format)
		}
		if o.top < 0 {
			return bad("-top must not be negative")
		}
	} else if o.format != "jsonl" && o.format != "json" && o.format != "csv" {
		return bad("unknown -format %q (want jsonl, json or csv)", o.format)
	}
	f, err := cable.ParseFormat(inputFormat)
	if err != nil {
		return bad("-input-format: %v", err)
	}
	o.inputFormat = f
	if o.charset != "" {
		if err := checkCharset(o.charset); err != nil {
			return bad("-charset: %v", err)
		}
	}
	for f := range strings.SplitSeq(fields, ",") {
		if f = strings.TrimSpace(f); f != "" {
			o.fields = append(o.fields, f)
		}
	}
	o.paths = fs.Args()
	if len(o.paths) == 0 {
		o.paths = []string{"-"}
	}
	return o, nil
}

// checkCharset validates a charset name by reading an empty input with it.
func checkCharset(name string) error {
	p := &cable.Parser{Charset: name}
	for _, err := range p.Documents(strings.NewReader(""), "") {
		if errors.Is(err, cable.ErrUnknownCharset) {
			return err
		}
	}
	return nil
}

// parser builds the cable.Parser the options ask for.
func (o *options) parser() *cable.Parser {
	return &cable.Parser{Strict: o.strict, Format: o.inputFormat, Charset: o.charset}
}
