// Command citations draws the citation graph of an archive of cables: who
// cites whom, from the cable ids in the REF lines.
//
// It reads every cable under the given directories or files and prints
// one edge per cited cable, in input order:
//
//	08GENEVA504 -> 08GENEVA256
//	08GENEVA504 -> 08GENEVA495
//
// followed by a report: which cited ids are in the archive (the graph can
// be followed inside it) and which are not, and the most-cited ids. A cable
// without a reference id of its own (a body-only fragment) is named by its
// source, e.g. "[testdata/09REYKJAVIK49.txt]". REF items that are not
// cables (e-mails, reports) and cable items whose id cannot be known (a
// serial without a year) are counted, not drawn.
//
// With -dot the graph is written as Graphviz DOT instead (cables in the
// archive drawn filled, cited ids outside it dashed, edges labelled with
// the REF item letter) and the report goes to standard error.
//
// Run it with
//
//	go run ./examples/citations examples/citations/testdata
//	go run ./examples/citations -dot examples/citations/testdata | dot -Tsvg > refs.svg
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/refs"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// edge is one citation: cable From cites cable id To in REF item Label.
type edge struct {
	From, To, Label string
}

// graph is what the program learns from the archive.
type graph struct {
	edges     []edge
	inArchive map[string]bool // ids (or "[source]") of the cables read
	citedBy   map[string]int  // cited id -> number of cables citing it
	cables    int
	noID      int // cable REF items whose id is not known
	nonCable  int // REF items that are not cables
}

func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("citations", flag.ContinueOnError)
	flags.SetOutput(stderr)
	dot := flags.Bool("dot", false, "write a Graphviz DOT graph; the report goes to standard error")
	top := flags.Int("top", 10, "number of most-cited ids to list")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: citations [-dot] [-top n] path...")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return 2
	}

	g, failed := read(flags.Args(), stderr)
	if *dot {
		writeDOT(stdout, g)
		writeReport(stderr, g, *top)
	} else {
		for _, e := range g.edges {
			fmt.Fprintf(stdout, "%s -> %s\n", e.From, e.To)
		}
		fmt.Fprintln(stdout)
		writeReport(stdout, g, *top)
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// read parses the cables under paths and collects the edges. Cables that
// fail are reported on stderr and counted.
func read(paths []string, stderr io.Writer) (*graph, int) {
	g := &graph{inArchive: map[string]bool{}, citedBy: map[string]int{}}
	p := &cable.Parser{}
	failed := 0
	for _, path := range paths {
		for c, err := range p.ParseDir(path) {
			if err != nil {
				fmt.Fprintln(stderr, "citations:", err)
				failed++
				continue
			}
			g.add(c)
		}
	}
	return g, failed
}

// add records the citations of one cable.
func (g *graph) add(c *cable.Cable) {
	g.cables++
	from := c.ReferenceID
	if from == "" {
		from = "[" + c.Source.String() + "]"
	}
	g.inArchive[from] = true
	seen := map[string]bool{}
	for _, ref := range c.References {
		switch {
		case ref.Kind != refs.Cable:
			g.nonCable++
		case ref.ID == "":
			g.noID++ // e.g. "THE HAGUE 097" in a cable whose year is unknown
		case !seen[ref.ID]:
			seen[ref.ID] = true
			g.edges = append(g.edges, edge{From: from, To: ref.ID, Label: ref.Label})
			g.citedBy[ref.ID]++
		}
	}
}

// writeReport prints the counts, the cited ids found in the archive and
// the most-cited ids.
func writeReport(w io.Writer, g *graph, top int) {
	var in, out []string
	for id := range g.citedBy {
		if g.inArchive[id] {
			in = append(in, id)
		} else {
			out = append(out, id)
		}
	}
	slices.Sort(in)
	fmt.Fprintf(w, "%d cables, %d citations of %d cable ids: %d in the archive, %d not\n",
		g.cables, len(g.edges), len(g.citedBy), len(in), len(out))
	if g.noID > 0 || g.nonCable > 0 {
		fmt.Fprintf(w, "not drawn: %d cable REF items without a known id, %d REF items that are not cables\n",
			g.noID, g.nonCable)
	}
	if len(in) > 0 {
		fmt.Fprintln(w, "cited ids in the archive:")
		for _, id := range in {
			fmt.Fprintf(w, "  %s\n", id)
		}
	}

	ids := make([]string, 0, len(g.citedBy))
	for id := range g.citedBy {
		ids = append(ids, id)
	}
	// Most cited first; ties in id order, so that the output is stable.
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(g.citedBy[b], g.citedBy[a]), cmp.Compare(a, b))
	})
	if len(ids) > top {
		ids = ids[:top]
	}
	if len(ids) > 0 {
		fmt.Fprintln(w, "most cited:")
	}
	for _, id := range ids {
		where := "not in the archive"
		if g.inArchive[id] {
			where = "in the archive"
		}
		fmt.Fprintf(w, "  %3d  %-20s %s\n", g.citedBy[id], id, where)
	}
}

// writeDOT writes the graph in the Graphviz DOT language.
func writeDOT(w io.Writer, g *graph) {
	fmt.Fprintln(w, "digraph citations {")
	fmt.Fprintln(w, "  node [shape=box, fontname=\"Courier\"];")
	// Nodes: the cables read first (in id order), then the cited ids that
	// are not in the archive.
	var nodes []string
	for id := range g.inArchive {
		nodes = append(nodes, id)
	}
	slices.Sort(nodes)
	for _, id := range nodes {
		fmt.Fprintf(w, "  %s [style=filled, fillcolor=lightblue];\n", dotID(id))
	}
	var outside []string
	for id := range g.citedBy {
		if !g.inArchive[id] {
			outside = append(outside, id)
		}
	}
	slices.Sort(outside)
	for _, id := range outside {
		fmt.Fprintf(w, "  %s [style=dashed];\n", dotID(id))
	}
	for _, e := range g.edges {
		attr := ""
		if e.Label != "" {
			attr = " [label=" + dotID(e.Label) + "]"
		}
		fmt.Fprintf(w, "  %s -> %s%s;\n", dotID(e.From), dotID(e.To), attr)
	}
	fmt.Fprintln(w, "}")
}

// dotID quotes s as a DOT identifier: in a DOT string only the double
// quote needs a backslash.
func dotID(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}
