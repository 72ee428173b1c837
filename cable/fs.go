package cable

import (
	"io/fs"
	"iter"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cablemeta/cablemeta/diag"
)

// inputExtensions are the file name extensions read when walking a
// directory.
var inputExtensions = []string{".html", ".htm", ".txt", ".text", ".csv", ".md", ".markdown"}

// archiveExtensions are the extensions of archives read when walking a
// directory; compressedExtensions those of compressed files, read when
// what they compress is an input file or a tar archive.
var (
	archiveExtensions    = []string{".zip", ".tar", ".tgz", ".tbz", ".tbz2"}
	compressedExtensions = []string{".gz", ".bz2"}
)

// IsInputFile reports whether a file met while walking a directory (or
// an archive) is read by [Parser.ParseFS]: its name does not start with
// "." or "README" and ends in .html, .htm, .txt, .text, .csv, .md or
// .markdown, or in .zip, .tar, .tgz, .tbz or .tbz2 (an archive), or in
// .gz or .bz2 after one of these (a compressed page, "cables.csv.gz",
// "pages.tar.gz"); case does not matter. Other files, such as a corpus's
// truth.jsonl or README.md, are skipped.
func IsInputFile(name string) bool {
	base := strings.ToLower(path.Base(strings.ReplaceAll(name, "\\", "/")))
	if strings.HasPrefix(base, ".") || strings.HasPrefix(base, "readme") {
		return false
	}
	ext := path.Ext(base)
	if slices.Contains(compressedExtensions, ext) {
		ext = path.Ext(strings.TrimSuffix(base, ext))
		return ext == ".tar" || slices.Contains(inputExtensions, ext) // a zip is not read from a stream
	}
	return slices.Contains(inputExtensions, ext) || slices.Contains(archiveExtensions, ext)
}

// InputFiles lists the files under root in fsys that [Parser.ParseFS]
// reads, walked recursively in lexical order. root may name a single file,
// which is then listed whatever its name.
func InputFiles(fsys fs.FS, root string) ([]string, error) {
	var files []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == root {
			if !d.IsDir() {
				files = append(files, p)
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && IsInputFile(d.Name()) {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}

// ParseFS parses every cable of every input file under root in fsys (see
// [InputFiles]), in lexical order of the paths and input order within a
// file; Source.Path is the path in fsys. A file that cannot be opened or
// read yields a *diag.ParseError with its Path and the walk goes on; so does
// a cable that cannot be parsed.
func (p *Parser) ParseFS(fsys fs.FS, root string) iter.Seq2[*Cable, error] {
	return p.parseFS(fsys, root, func(name string) string { return name })
}

// parseFS is ParseFS with the Source.Path of each file given by display.
func (p *Parser) parseFS(fsys fs.FS, root string, display func(string) string) iter.Seq2[*Cable, error] {
	return func(yield func(*Cable, error) bool) {
		files, err := InputFiles(fsys, root)
		if err != nil && len(files) == 0 {
			yield(nil, &diag.ParseError{Path: root, Err: err})
			return
		}
		for _, name := range files {
			f, err := fsys.Open(name)
			if err != nil {
				if !yield(nil, &diag.ParseError{Path: display(name), Err: err}) {
					return
				}
				continue
			}
			stop := false
			for c, err := range p.Cables(f, display(name)) {
				if !yield(c, err) {
					stop = true
					break
				}
			}
			_ = f.Close()
			if stop {
				return
			}
		}
		if err != nil {
			yield(nil, &diag.ParseError{Path: root, Err: err})
		}
	}
}

// ParseDir is [Parser.ParseFS] over the operating system's directory dir
// (or a single file). Source.Path is the path under dir joined to dir.
func (p *Parser) ParseDir(dir string) iter.Seq2[*Cable, error] {
	return func(yield func(*Cable, error) bool) {
		st, err := os.Stat(dir)
		if err != nil {
			yield(nil, &diag.ParseError{Path: dir, Err: err})
			return
		}
		if !st.IsDir() {
			f, err := os.Open(dir)
			if err != nil {
				yield(nil, &diag.ParseError{Path: dir, Err: err})
				return
			}
			defer f.Close()
			for c, err := range p.Cables(f, dir) {
				if !yield(c, err) {
					return
				}
			}
			return
		}
		display := func(name string) string { return filepath.Join(dir, filepath.FromSlash(name)) }
		for c, err := range p.parseFS(os.DirFS(dir), ".", display) {
			if !yield(c, err) {
				return
			}
		}
	}
}
