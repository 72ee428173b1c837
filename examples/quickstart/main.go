// Command quickstart parses one real cable, embedded in the program, and
// prints its metadata: the reference id, date-time group, origin,
// addressees, classification, TAGS, subject, references, paragraphs,
// summary and signer.
//
// The cable is 07BEIJING6403 as it circulates online in a markdown
// rendering (TAGS as links, lines ending in two spaces, paragraph signs
// rendered as the digit 1). Run it with
//
//	go run ./examples/quickstart          # a readable summary
//	go run ./examples/quickstart -json    # the full JSON, as the CLI prints it
package main

import (
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/cablemeta/cablemeta/cable"
)

//go:embed 07BEIJING6403.md
var sample string

func main() {
	asJSON := flag.Bool("json", false, "print the parsed cable as indented JSON")
	flag.Parse()
	if err := run(os.Stdout, *asJSON); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, asJSON bool) error {
	c, err := cable.Parse(strings.NewReader(sample))
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // "&", "<", ">" as the cable has them
		return enc.Encode(c)
	}
	printSummary(w, c)
	return nil
}

func printSummary(w io.Writer, c *cable.Cable) {
	fmt.Fprintf(w, "reference id:     %s\n", c.ReferenceID)
	fmt.Fprintf(w, "transmission id:  %s\n", c.TransmissionID())
	if t := c.DTG(); !t.IsZero() {
		fmt.Fprintf(w, "date-time group:  %s\n", t.Format("2006-01-02 15:04 MST"))
	}
	fmt.Fprintf(w, "from:             %s\n", c.From())
	for _, a := range c.To() {
		fmt.Fprintf(w, "to:               %s (%s) %s %s\n", a.Name, a.RoutingIndicator, a.Precedence, a.Serial)
	}
	fmt.Fprintf(w, "info addressees:  %d\n", len(c.Info()))
	if l := c.Level(); l.IsValid() {
		fmt.Fprintf(w, "classification:   %s\n", strings.Join(append([]string{l.String()}, c.Caveats()...), " "))
	}
	if d := c.Declassification(); d != nil {
		fmt.Fprintf(w, "declassify on:    %s\n", d.Raw)
	}
	if cb := c.ClassifiedBy(); cb != nil {
		fmt.Fprintf(w, "classified by:    %s\n", strings.Join(cb.Names, "; "))
	}
	codes := make([]string, len(c.Tags))
	for i, t := range c.Tags {
		codes[i] = t.Code
	}
	fmt.Fprintf(w, "tags:             %s\n", strings.Join(codes, " "))
	fmt.Fprintf(w, "subject:          %s\n", c.Subject())
	fmt.Fprintf(w, "subject (title):  %s\n", c.SubjectTitle())
	fmt.Fprintf(w, "paragraphs:       %d\n", len(c.Paragraphs()))
	for _, p := range c.Paragraphs() {
		marking := ""
		if p.Marking != nil {
			marking = "(" + p.Marking.String() + ")"
		}
		heading := ""
		if p.Heading != "" {
			heading = "  [" + p.Heading + "]"
		}
		fmt.Fprintf(w, "  %2d. %-5s %s%s\n", p.Number, marking, firstWords(p.Text, 8), heading)
	}
	fmt.Fprintf(w, "summary:          %s\n", firstWords(c.Summary(), 12))
	fmt.Fprintf(w, "signers:          %s\n", strings.Join(c.Signers(), ", "))
	fmt.Fprintf(w, "warnings:         %d\n", len(c.Warnings))
	for _, wr := range c.Warnings {
		fmt.Fprintf(w, "  %s\n", wr)
	}
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " ..."
}
