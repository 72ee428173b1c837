package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/cablemeta/cablemeta/cable"
)

// input is one file to read ("-" is standard input). err is set when the
// path could not be expanded (no such file, unreadable directory, a glob
// without match); such an input yields one error line.
type input struct {
	path  string
	size  int64       // bytes, 0 when unknown
	info  fs.FileInfo // the file's (symbolic links followed); nil for "-" and errors
	named bool        // named on the command line or by a glob, not found in a walk
	err   error
}

// Reasons a walk skips a file or folder, in the order the summary lists
// them.
const (
	skipName   = "not an input file name"
	skipHidden = "hidden"
	skipOutput = "the -o output"
	skipLoop   = "folder already read (symbolic link)"
	skipBroken = "broken symbolic link"
	skipOther  = "not a regular file"
)

var skipOrder = []string{skipName, skipHidden, skipOutput, skipLoop, skipBroken, skipOther}

// skips counts the entries that walks skipped, by reason, with the first
// path of each.
type skips struct {
	count map[string]int
	first map[string]string
}

func (s *skips) add(reason, path string) {
	if s.count == nil {
		s.count, s.first = map[string]int{}, map[string]string{}
	}
	if s.count[reason] == 0 {
		s.first[reason] = path
	}
	s.count[reason]++
}

func (s *skips) total() int {
	n := 0
	for _, c := range s.count {
		n += c
	}
	return n
}

// String is the summary: "3 skipped in folders: 2 not an input file name
// (first: a/notes.jsonl), 1 hidden (first: a/.git)".
func (s *skips) String() string {
	var parts []string
	for _, r := range skipOrder {
		if n := s.count[r]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s (first: %s)", n, r, s.first[r]))
		}
	}
	return fmt.Sprintf("%d skipped in folders: %s", s.total(), strings.Join(parts, ", "))
}

// walker lists the input files of the command-line paths.
type walker struct {
	out     []input
	skipped skips
	output  fs.FileInfo     // the -o file when it exists: never read from a walk
	seen    map[string]bool // folders walked, by their real path
}

// expandPaths turns the command-line paths into the list of inputs, in
// order: a directory becomes its input files (recursively, lexical order,
// see cable.IsInputFile; symbolic links to folders are followed, each
// folder read once), a glob pattern that names no file becomes its
// matches (sorted), "-" stays standard input. output, when not nil, is
// the -o file: a walk skips it. Skipped files are counted by reason.
func expandPaths(paths []string, output fs.FileInfo) ([]input, *skips) {
	w := &walker{output: output, seen: map[string]bool{}}
	for _, p := range paths {
		if p == "-" {
			w.out = append(w.out, input{path: "-"})
			continue
		}
		_, err := os.Lstat(p)
		if err != nil && strings.ContainsAny(p, "*?[") {
			matches, gerr := filepath.Glob(p)
			if gerr != nil {
				w.out = append(w.out, input{path: p, err: gerr})
				continue
			}
			if len(matches) == 0 {
				w.out = append(w.out, input{path: p, err: &fs.PathError{Op: "glob", Path: p, Err: fs.ErrNotExist}})
				continue
			}
			for _, m := range matches {
				w.named(m)
			}
			continue
		}
		w.named(p)
	}
	return w.out, &w.skipped
}

// named adds a path given by the user: a file whatever its name, or a
// folder to walk.
func (w *walker) named(p string) {
	st, err := os.Stat(p)
	switch {
	case err != nil:
		w.out = append(w.out, input{path: p, err: err})
	case st.IsDir():
		w.dir(p)
	default:
		w.out = append(w.out, input{path: p, size: st.Size(), info: st, named: true})
	}
}

// dir walks a folder in lexical order. An unreadable folder becomes an
// error input and the walk goes on.
func (w *walker) dir(dir string) {
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		if abs, err := filepath.Abs(real); err == nil {
			real = abs
		}
		if w.seen[real] {
			w.skipped.add(skipLoop, dir)
			return
		}
		w.seen[real] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.out = append(w.out, input{path: dir, err: err})
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if strings.HasPrefix(e.Name(), ".") {
			w.skipped.add(skipHidden, p)
			continue
		}
		if e.IsDir() {
			w.dir(p)
			continue
		}
		info, err := e.Info()
		if err == nil && e.Type()&fs.ModeSymlink != 0 {
			info, err = os.Stat(p)
			if err != nil {
				if errors.Is(err, syscall.ELOOP) || errors.Is(err, fs.ErrNotExist) {
					w.skipped.add(skipBroken, p)
				} else {
					w.out = append(w.out, input{path: p, err: err})
				}
				continue
			}
			if info.IsDir() {
				w.dir(p)
				continue
			}
		}
		switch {
		case err != nil:
			w.out = append(w.out, input{path: p, err: err})
		case !info.Mode().IsRegular():
			w.skipped.add(skipOther, p)
		case !cable.IsInputFile(e.Name()):
			w.skipped.add(skipName, p)
		case w.output != nil && os.SameFile(info, w.output):
			w.skipped.add(skipOutput, p)
		default:
			w.out = append(w.out, input{path: p, size: info.Size(), info: info})
		}
	}
}

// namedOutput returns the first input named on the command line that is
// the output file (the same file, by any path), or "".
func namedOutput(inputs []input, output fs.FileInfo) string {
	for _, in := range inputs {
		if in.named && in.info != nil && os.SameFile(in.info, output) {
			return in.path
		}
	}
	return ""
}
