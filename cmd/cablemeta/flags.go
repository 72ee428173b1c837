package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"slices"
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
	version     bool
	workers     int
	format      string // jsonl, json, csv; for stats: table, json
	fields      []string
	meta        bool // -meta: leave out the texts
	strict      bool
	inputFormat cable.Format
	charset     string
	output      string
	top         int
	paths       []string // as given; empty when none was

	usage func() // prints the usage on standard error
}

// errUsage marks command-line errors (exit status 2).
var errUsage = errors.New("usage error")

// maxWorkers is the largest -j that is used: more workers than twice the
// CPUs only add documents in flight (8 per worker), hence memory, and
// the parsing is CPU-bound.
func maxWorkers() int { return 2 * runtime.GOMAXPROCS(0) }

// flagValues holds the flags whose values are checked or converted after
// parsing.
type flagValues struct {
	fields      string
	inputFormat string
}

// define declares every flag on fs. Flags that apply to one mode only
// (-fields, -top) are checked by check.
func (o *options) define(fs *flag.FlagSet, v *flagValues) {
	fs.IntVar(&o.workers, "j", runtime.GOMAXPROCS(0), "number of parallel `workers` (at most twice the CPUs)")
	fs.StringVar(&o.format, "format", "", "output `format`: jsonl (default), json or csv; for stats: table (default), json or csv")
	fs.StringVar(&v.fields, "fields", "", "comma-separated `list` of fields to print (source is always kept)")
	fs.BoolVar(&o.meta, "meta", false, "leave out the texts (paragraph texts, summary, comment): a catalogue record")
	fs.BoolVar(&o.strict, "strict", false, "turn every warning into an error")
	fs.StringVar(&v.inputFormat, "input-format", "auto", "input `format`: auto, html, csv, text or markdown")
	fs.StringVar(&o.charset, "charset", "", "input charset `name` (default: sniff; latin1 means windows-1252)")
	fs.StringVar(&o.output, "o", "", "write the output to `file` atomically (never one of the inputs)")
	fs.IntVar(&o.top, "top", 20, "stats: show the `N` largest rows of each table (0: all)")
	fs.BoolVar(&o.version, "version", false, "print the version and exit")
}

// check validates the parsed flags and fills in the values that depend
// on the mode. set holds the names of the flags given.
func (o *options) check(v *flagValues, set map[string]bool) error {
	if o.workers < 1 {
		return fmt.Errorf("-j must be at least 1, got %d", o.workers)
	}
	if o.stats {
		if set["fields"] {
			return errors.New("-fields does not apply to stats")
		}
		if set["meta"] {
			return errors.New("-meta does not apply to stats")
		}
		if o.format == "" {
			o.format = "table"
		}
		if o.format != "table" && o.format != "json" && o.format != "csv" {
			return fmt.Errorf("unknown -format %q (want table, json or csv)", o.format)
		}
		if o.top < 0 {
			return errors.New("-top must not be negative")
		}
	} else {
		if set["top"] {
			return errors.New("-top applies to stats only")
		}
		if o.format == "" {
			o.format = "jsonl"
		}
		if o.format != "jsonl" && o.format != "json" && o.format != "csv" {
			return fmt.Errorf("unknown -format %q (want jsonl, json or csv)", o.format)
		}
	}
	f, err := cable.ParseFormat(v.inputFormat)
	if err != nil {
		return fmt.Errorf("-input-format: %v", err)
	}
	o.inputFormat = f
	if o.charset != "" {
		if err := checkCharset(o.charset); err != nil {
			return fmt.Errorf("-charset: %v", err)
		}
	}
	for f := range strings.SplitSeq(v.fields, ",") {
		if f = strings.TrimSpace(f); f != "" {
			o.fields = append(o.fields, f)
		}
	}
	return nil
}

// parseArgs parses the command line (without the program name). Flags
// may come anywhere, before or after the paths; "--" ends them. The
// first word that is not a flag, when it is "stats" and comes before
// "--", selects the stats sub-command. Errors wrap errUsage; -h yields
// flag.ErrHelp.
func parseArgs(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	v := &flagValues{}
	fs := flag.NewFlagSet("cablemeta", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o.define(fs, v)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "usage: cablemeta [flags] PATH...\n       cablemeta stats [flags] PATH...\n")
		fmt.Fprintf(w, "PATH is a file, a directory, a glob, a .gz, .bz2, .zip or .tar archive,\n"+
			"or - (standard input). Flags may also follow the paths; -- ends them.\nflags:\n")
		fs.PrintDefaults()
	}
	o.usage = fs.Usage

	words, beforeDash, err := splitArgs(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	if beforeDash > 0 && words[0] == "stats" {
		o.stats = true
		words = words[1:]
	}
	o.paths = words
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if err := o.check(v, set); err != nil {
		fmt.Fprintf(stderr, "cablemeta: %v\n", err)
		fs.Usage()
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	return o, nil
}

// splitArgs parses the flags of args wherever they are and returns the
// other words in order, and how many of them came before a "--".
func splitArgs(fs *flag.FlagSet, args []string) (words []string, beforeDash int, err error) {
	for {
		if err := fs.Parse(args); err != nil {
			return nil, 0, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			beforeDash = len(words)
			return append(words, rest...), beforeDash, nil
		}
		if len(rest) == 0 {
			return words, len(words), nil
		}
		words = append(words, rest[0])
		args = rest[1:]
	}
}

// version returns the module version the command was built from, or
// "devel" for a build from a clone.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" || info.Main.Version == "(devel)" {
		return "devel"
	}
	return info.Main.Version
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

// isStdin reports whether the paths name standard input.
func (o *options) isStdin() bool { return len(o.paths) == 0 || slices.Equal(o.paths, []string{"-"}) }
