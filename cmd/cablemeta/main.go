// Command cablemeta reads US diplomatic cables (WikiLeaks Cablegate pages,
// cables.csv dumps, plain-text and markdown copies) and prints their
// metadata as JSON Lines, one object per cable, in input order.
//
// Usage:
//
//	cablemeta [flags] PATH...
//	cablemeta stats [flags] PATH...
//
// A PATH is a file, a directory (walked recursively in lexical order; only
// .html, .htm, .txt, .text, .csv, .md and .markdown files are read, and
// archives, see below), a glob pattern, or "-" for standard input (also
// the default when no PATH is given and standard input is not a
// terminal; on a terminal the usage is printed instead). Flags may come
// before or after the paths; "--" ends them, so that "-- -odd.txt" reads
// a file whose name starts with a dash. The word "stats" selects the
// sub-command when it is the first word that is not a flag.
//
// Walks follow symbolic links to folders and read each folder once (a
// link back to a folder already read is skipped, so loops end). Files
// and folders a walk skips are counted by reason on standard error:
// names that are not read, hidden entries (".git"), broken links, the -o
// output file.
//
// Compressed and archived inputs are read directly, told by their magic
// bytes whatever their names: gzip and bzip2 files, tar archives (also
// compressed, .tar.gz) and zip archives (from a file, not from standard
// input). Walks read names ending in .gz or .bz2 after one of the input
// extensions or .tar, and .zip, .tar, .tgz, .tbz and .tbz2. Each archive
// member whose name is read by a walk is an input of its own, named
// "archive.zip!2006/06PARIS2069.html", streamed in bounded memory.
//
// Inputs that are not cables are error lines ("not a cable"): binary data,
// a compressed file that cannot be decoded, and text in which no landmark
// of a cable is found. UTF-16 without a byte order mark is recognised by
// its NUL bytes and decoded.
//
// Each output object is the JSON form of a cable.Cable (the README lists
// its members): a member the cable lacks is left out, never an empty
// string, and "&", "<", ">" are written as they are. It always carries
// "source": {"path", "format", "row"}. An input or a cable that cannot be
// read or parsed yields {"source": {...}, "error": "..."} (with the partial
// fields when there are some) and the run goes on.
//
// Flags:
//
//	-j N              parallel workers (default GOMAXPROCS, at most twice that, so
//	                  that memory stays bounded); output stays in input order
//	-format F         jsonl (default), json (one array) or csv
//	-fields a,b,c     only these fields ("source" is always kept); dotted
//	                  paths such as classification.level or tags.code reach
//	                  into objects and lists, in every format; an unknown
//	                  name is a usage error that lists the known names
//	-meta             leave out the texts (paragraph texts, summary,
//	                  comment): a catalogue record, a third of the size
//	-strict           turn every warning into an error
//	-input-format F   auto (default), html, csv, text or markdown
//	-charset NAME     input charset (WHATWG labels: utf-8, windows-1252,
//	                  latin1 = iso-8859-1 = windows-1252, utf-16le, ...)
//	-o FILE           write to FILE atomically (complete or absent); FILE
//	                  is never an input: naming it as one is a usage error,
//	                  reported before anything is read, and walks skip it
//	-version          print the module version ("devel" for a build from a
//	                  clone) and exit
//
// The stats sub-command summarises an archive instead: cables by year,
// origin, classification (level and caveats, the caveats sorted so that
// one classification is one row), TAGS, warnings by kind, and the failed
// inputs with their errors; as tables, or with -format json or csv
// (rows of table, key, count); -top N limits each table, 0 for all.
//
// With -format csv the columns are dotted paths into the JSON form (a path
// through a list joins the values with ";", and escapes a ";" or "\"
// inside a value with a backslash, so that splitting at every unescaped
// ";" gives the values back): source.path, source.format,
// source.row, reference_id, transmission_id, dtg, from,
// classification.level, classification.caveats, tags.code, subject,
// references.id, signers, warnings.kind, error. -fields replaces them (the
// source columns stay first).
//
// At the end a summary line on standard error accounts for every input:
// "N inputs, R cables read, P parsed, W with warnings, F failed", where
// inputs are the files (and standard input) named or found, cables read
// are the documents cut out of them without error, parsed those parsed
// without error, and failed counts every error line (unreadable inputs,
// malformed rows, cables that failed to parse). When a walk skipped
// anything, a second line counts it: "S skipped in folders: 2 not an
// input file name (first: a/truth.jsonl), 1 hidden (first: a/.git)".
// When standard error is a terminal, runs longer than two seconds also show a progress line
// (cables, rate, share of the input read, ETA); it stays quiet when piped.
//
// The garbage collector runs at GOGC=400 unless the GOGC environment
// variable is set: the live heap stays at a few MB whatever the archive
// size, and collecting less often saves about two fifths of the run time
// for some 20 MB more resident memory.
//
// Exit status: 0 when every input was read and every cable parsed; 1 when
// any input or cable failed, or the output could not be written (a broken
// pipe included); 2 for a usage error.
package main

import (
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// gcPercent is the garbage collector's target unless GOGC is set. The
// live heap of a run is small and flat (a few MB whatever the archive
// size) while each page allocates several times its size, so at the
// default 100 the collector and the return of memory to the OS took a
// third of the run over the bulk pages. Measured over those 6,055 pages
// on 2 cores (-j 2, BenchmarkCLI and /usr/bin/time): 200 took 1.6 s and
// 25 MB max RSS, 300 1.4 s and 28 MB, 400 1.2 s and 37 MB. Measured again
// after the parser's allocations were cut by three fifths: 100 took 2.0 s
// and 20 MB, 400 1.1 s and 40 MB.
const gcPercent = 400

func main() {
	// With SIGPIPE ignored a write to a closed pipe returns EPIPE, which
	// run reports as a clear message instead of dying silently.
	signal.Ignore(syscall.SIGPIPE)
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
