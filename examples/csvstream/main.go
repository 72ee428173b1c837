// Command csvstream reads a cables.csv dump as a stream, one row at a
// time, and prints the row number, reference id, date-time group and
// subject of each cable, with the publisher's own columns under it:
//
//	row 1  66BUENOSAIRES2481  1966-12-28 18:48Z  EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS
//	       published as 66BUENOSAIRES2481, created 12/28/1966 18:48, Embassy Buenos Aires
//	row 2  error: line 116: csv: malformed cables.csv row: quoted field not closed ...
//
// Memory stays constant whatever the size of the dump: Parser.Cables
// holds one row at a time, no larger than Parser.MaxCableSize (-max), and
// the program keeps nothing but counters. Each row is printed as soon as
// it has been read. A malformed or oversized row is reported with its row
// number and the stream goes on at the next row.
//
// The id, date and subject come from the cable text; the "published as"
// line is the publisher's metadata (Cable.Published: the first columns of
// the row), kept as found and never used for the parsed fields.
//
// Run it with
//
//	go run ./examples/csvstream examples/csvstream/testdata/cables.csv
//	go run ./examples/csvstream -max 6000 < examples/csvstream/testdata/cables.csv
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/diag"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("csvstream", flag.ContinueOnError)
	flags.SetOutput(stderr)
	maxSize := flags.Int("max", 0, "largest row in bytes (0: the library default, 16 MiB)")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: csvstream [-max bytes] [cables.csv] (standard input without a file)")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil || flags.NArg() > 1 {
		if err == nil {
			flags.Usage()
		}
		return 2
	}

	in, name := stdin, "-"
	if flags.NArg() == 1 {
		name = flags.Arg(0)
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintln(stderr, "csvstream:", err)
			return 1
		}
		defer f.Close()
		in = f
	}

	// The format is known: say so rather than let the parser detect it.
	p := &cable.Parser{Format: cable.FormatCSV, MaxCableSize: *maxSize}
	rows, failed, tooLarge := 0, 0, 0
	for c, err := range p.Cables(in, name) {
		rows++
		if err != nil {
			failed++
			// The sentinel errors tell the kinds of failure apart.
			if errors.Is(err, cable.ErrTooLarge) {
				tooLarge++
			}
			printError(stdout, err)
			continue
		}
		printCable(stdout, c)
	}
	fmt.Fprintf(stderr, "csvstream: %d rows, %d cables, %d errors (%d rows too large)\n",
		rows, rows-failed, failed, tooLarge)
	if failed > 0 {
		return 1
	}
	return 0
}

// printCable prints one parsed row: the parsed fields first, then the
// publisher's columns.
func printCable(w io.Writer, c *cable.Cable) {
	id := c.ReferenceID
	if id == "" {
		id = "(no id)"
	}
	date := "(no DTG)" // never guessed from the publisher's date
	if t := c.DTG(); !t.IsZero() {
		date = t.Format("2006-01-02 15:04Z")
	}
	subject := c.Subject()
	if subject == "" {
		subject = "(no subject)"
	}
	fmt.Fprintf(w, "row %d  %s  %s  %s\n", c.Source.Row, id, date, subject)
	if pub := c.Published; pub != nil {
		fmt.Fprintf(w, "       published as %s, created %s, %s\n", pub.ReferenceID, pub.Created, pub.Origin)
	}
}

// printError prints a row that could not be read. The row number is in
// the *diag.ParseError.
func printError(w io.Writer, err error) {
	row := "?"
	var pe *diag.ParseError
	if errors.As(err, &pe) && pe.Row > 0 {
		row = strconv.Itoa(pe.Row)
		rest := *pe
		rest.Path, rest.Row = "", 0 // already on the line
		err = &rest
	}
	fmt.Fprintf(w, "row %s  error: %v\n", row, err)
}
