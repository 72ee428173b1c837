package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/cablemeta/cablemeta/cable"
)

// input is one file to read ("-" is standard input). err is set when the
// path could not be expanded (no such file, unreadable directory, a glob
// without match); such an input yields one error line.
type input struct {
	path string
	size int64 // bytes, 0 when unknown
	err  error
}

// expandPaths turns the command-line paths into the list of inputs, in
// order: a directory becomes its input files (recursively, lexical order,
// see cable.IsInputFile), a glob pattern that names no file becomes its
// matches (sorted), "-" stays standard input.
func expandPaths(paths []string) []input {
	var out []input
	for _, p := range paths {
		if p == "-" {
			out = append(out, input{path: "-"})
			continue
		}
		st, err := os.Stat(p)
		if err != nil && strings.ContainsAny(p, "*?[") {
			matches, gerr := filepath.Glob(p)
			if gerr != nil {
				out = append(out, input{path: p, err: gerr})
				continue
			}
			if len(matches) == 0 {
				out = append(out, input{path: p, err: &fs.PathError{Op: "glob", Path: p, Err: fs.ErrNotExist}})
				continue
			}
			for _, m := range matches {
				out = append(out, expandOne(m)...)
			}
			continue
		}
		if err != nil {
			out = append(out, input{path: p, err: err})
			continue
		}
		if st.IsDir() {
			out = append(out, expandDir(p)...)
		} else {
			out = append(out, input{path: p, size: st.Size()})
		}
	}
	return out
}

func expandOne(p string) []input {
	st, err := os.Stat(p)
	switch {
	case err != nil:
		return []input{{path: p, err: err}}
	case st.IsDir():
		return expandDir(p)
	}
	return []input{{path: p, size: st.Size()}}
}

// expandDir lists the input files under dir; unreadable subdirectories
// become error inputs and the walk goes on.
func expandDir(dir string) []input {
	var out []input
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, input{path: p, err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !cable.IsInputFile(d.Name()) {
			return nil
		}
		in := input{path: p}
		if info, err := d.Info(); err == nil {
			in.size = info.Size()
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if st, err := os.Stat(p); err != nil || st.IsDir() {
				return nil
			}
		}
		out = append(out, in)
		return nil
	})
	return out
}
