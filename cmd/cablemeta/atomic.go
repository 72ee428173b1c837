package main

import (
	"errors"
	"os"
	"path/filepath"
)

// atomicFile is an output file that appears complete or not at all: it is
// written to a temporary file in the same directory and renamed over the
// target by commit. abort removes the temporary file.
type atomicFile struct {
	f    *os.File
	path string
	done bool
}

func createAtomic(path string) (*atomicFile, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, err
	}
	return &atomicFile{f: f, path: path}, nil
}

func (a *atomicFile) Write(p []byte) (int, error) { return a.f.Write(p) }

// commit flushes the file to disk and renames it to its final name.
func (a *atomicFile) commit() error {
	if a.done {
		return errors.New("atomic file already closed")
	}
	a.done = true
	err := a.f.Sync()
	if cerr := a.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(a.f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(a.f.Name(), a.path)
	}
	if err != nil {
		_ = os.Remove(a.f.Name())
	}
	return err
}

// abort discards the temporary file; the target is left as it was.
func (a *atomicFile) abort() {
	if a.done {
		return
	}
	a.done = true
	_ = a.f.Close()
	_ = os.Remove(a.f.Name())
}
