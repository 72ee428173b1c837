// Command renderings measures how well cables are read in the shapes users
// hold them in. It reads every cable of the given files and directories,
// parses its text as it is (the plain parse), then renders the text in each
// of the [cabletest] renderings (lines joined, line breaks dropped, blank
// lines dropped, CRLF, markdown, PDF text, wrapped) and parses that. For
// each rendering and field it prints the share of cables whose rendered
// parse agrees with the plain parse, counting only the cables where the
// plain parse has the field:
//
//	rendering            cables  reference_id     dtg    from   class  subject    tags
//	lines-joined           6055        11.2%    ...
//
// The fields are the reference id, the DTG, the FM line, the
// classification level with its caveats, the subject and the TAGS codes.
// A last column counts the cables whose paragraphs, summary, comment or
// subject still hold a page-break line ("MOSCOW 00002651 002 OF 004").
//
// Run it with
//
//	go run ./examples/renderings DIR
//
// on a directory of cables: a whole archive of WikiLeaks pages, or the
// synthetic cables that the fixtures example writes.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/cable/cabletest"
)

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run is the program with its arguments and output streams; it returns
// the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("renderings", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, "usage: renderings PATH...") }
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	t, err := measure(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "renderings:", err)
		return 1
	}
	t.write(stdout)
	if len(t.failed) > 0 {
		return 1
	}
	return 0
}

// fields are the compared fields, in the order of the table.
var fields = []string{"reference_id", "dtg", "from", "class", "subject", "tags"}

// tally counts, for one rendering, the cables whose plain parse has each
// field (have) and those whose rendered parse agrees (agree).
type tally struct {
	have, agree map[string]int
	pageBreaks  int // cables with a page-break line in paragraph text
}

// table is the measurement over all cables.
type table struct {
	cables int
	byR    map[cabletest.Rendering]*tally
	failed []string // inputs that could not be read
}

func measure(paths []string) (*table, error) {
	t := &table{byR: map[cabletest.Rendering]*tally{}}
	for _, r := range append([]cabletest.Rendering{cabletest.Plain}, cabletest.Renderings()...) {
		t.byR[r] = &tally{have: map[string]int{}, agree: map[string]int{}}
	}
	var p cable.Parser
	for _, path := range paths {
		files, err := inputFiles(path)
		if err != nil {
			return nil, err
		}
		for _, name := range files {
			if err := t.addFile(&p, name); err != nil {
				t.failed = append(t.failed, name+": "+err.Error())
			}
		}
	}
	return t, nil
}

// inputFiles lists path, or the cable files below it when it is a
// directory, in sorted order.
func inputFiles(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	names, err := cable.InputFiles(os.DirFS(path), ".")
	if err != nil {
		return nil, err
	}
	for i, n := range names {
		names[i] = filepath.Join(path, filepath.FromSlash(n))
	}
	return names, nil
}

func (t *table) addFile(p *cable.Parser, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	for doc, err := range p.Documents(f, name) {
		if err != nil {
			return err
		}
		// A parse error comes with the partial cable, which is what is
		// compared: a rendering that loses a field shows as a miss.
		plain, _ := p.ParseDocument(doc)
		if plain == nil {
			continue
		}
		t.cables++
		want := facts(plain)
		t.byR[cabletest.Plain].count(want, want, plain)
		for _, r := range cabletest.Renderings() {
			got, _ := p.Parse(strings.NewReader(cabletest.Render(doc.Text, r))) // nil: not read as a cable
			t.byR[r].count(want, facts(got), got)
		}
	}
	return nil
}

// count adds one cable: got agrees with want on each field want has.
func (tl *tally) count(want, got map[string]string, c *cable.Cable) {
	for f, v := range want {
		if v == "" {
			continue
		}
		tl.have[f]++
		if got[f] == v {
			tl.agree[f]++
		}
	}
	if c != nil && hasPageBreak(c) {
		tl.pageBreaks++
	}
}

// facts returns the compared fields of c as strings ("" when absent).
func facts(c *cable.Cable) map[string]string {
	m := map[string]string{}
	if c == nil {
		return m
	}
	m["reference_id"] = c.ReferenceID
	if t := c.DTG(); !t.IsZero() {
		m["dtg"] = t.UTC().Format("2006-01-02T15:04")
	}
	m["from"] = c.From()
	if l := c.Level(); l.IsValid() {
		caveats := slices.Clone(c.Caveats())
		slices.Sort(caveats)
		m["class"] = strings.Join(append([]string{l.String()}, caveats...), "//")
	}
	m["subject"] = strings.Join(strings.Fields(c.Subject()), " ")
	var codes []string
	for _, tg := range c.Tags {
		codes = append(codes, tg.Code)
	}
	m["tags"] = strings.Join(codes, " ")
	return m
}

// pageBreakRE is the serial and page of a Cablegate page-break line
// ("MOSCOW 00002651 002 OF 004"), found anywhere in a text: a page break
// left in a paragraph is often joined to the sentence around it.
var pageBreakRE = regexp.MustCompile(`\b[0-9]{8} [0-9]{3} OF [0-9]{3}\b`)

// hasPageBreak reports whether a paragraph, the summary, the comment or the
// subject of c holds a page-break line.
func hasPageBreak(c *cable.Cable) bool {
	texts := []string{c.Subject(), c.Summary(), c.Comment()}
	for _, para := range c.Paragraphs() {
		texts = append(texts, para.Text)
	}
	for _, s := range texts {
		if pageBreakRE.MatchString(s) {
			return true
		}
	}
	return false
}

func (t *table) write(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "rendering\tcables\t")
	for _, f := range fields {
		fmt.Fprint(tw, f, "\t")
	}
	fmt.Fprintln(tw, "page breaks in text\t")
	for _, r := range append([]cabletest.Rendering{cabletest.Plain}, cabletest.Renderings()...) {
		tl := t.byR[r]
		fmt.Fprintf(tw, "%s\t%d\t", r, t.cables)
		for _, f := range fields {
			if tl.have[f] == 0 {
				fmt.Fprint(tw, "-\t")
				continue
			}
			fmt.Fprintf(tw, "%.1f%%\t", 100*float64(tl.agree[f])/float64(tl.have[f]))
		}
		fmt.Fprintf(tw, "%d\t\n", tl.pageBreaks)
	}
	tw.Flush()
	for _, f := range t.failed {
		fmt.Fprintln(w, "failed:", f)
	}
}
