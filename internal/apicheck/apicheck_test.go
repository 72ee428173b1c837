package apicheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// libraryPackages returns the directories (relative to root) of the
// packages whose public API is checked: every directory holding Go code,
// except the CLI, the runnable examples and internal packages.
func libraryPackages(t *testing.T, root string) []string {
	t.Helper()
	seen := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			switch {
			case path == root:
				return nil
			case strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_"),
				name == "testdata", name == "internal", name == "cmd", name == "examples":
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
			rel, err := filepath.Rel(root, filepath.Dir(path))
			if err != nil {
				return err
			}
			seen[filepath.ToSlash(rel)] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	dirs := make([]string, 0, len(seen))
	for d := range seen {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	return dirs
}

// TestExportedAPIDocumented fails for every exported identifier without a
// doc comment and every exported function or method without an Example.
func TestExportedAPIDocumented(t *testing.T) {
	root := filepath.Join("..", "..")
	for _, dir := range libraryPackages(t, root) {
		full := filepath.Join(root, dir)
		t.Run(dir, func(t *testing.T) {
			api, examples := scanPackage(t, full)
			var missingDoc, missingExample []string
			for _, d := range api {
				if !d.documented {
					missingDoc = append(missingDoc, d.name)
				}
				if d.isFunc && !examples[d.exampleKey()] {
					missingExample = append(missingExample, d.name)
				}
			}
			sort.Strings(missingDoc)
			sort.Strings(missingExample)
			if len(missingDoc) > 0 {
				t.Errorf("exported identifiers without a doc comment:\n\t%s", strings.Join(missingDoc, "\n\t"))
			}
			if len(missingExample) > 0 {
				t.Errorf("exported functions and methods without an Example (with // Output:):\n\t%s",
					strings.Join(missingExample, "\n\t"))
			}
		})
	}
}

type decl struct {
	name       string // "Parse", "Parser.Parse", "Level"
	recv, fn   string
	documented bool
	isFunc     bool
}

// exampleKey is the Example suffix that documents the declaration:
// ExampleParse, ExampleParser_Parse.
func (d decl) exampleKey() string {
	if d.recv != "" {
		return d.recv + "_" + d.fn
	}
	return d.fn
}

// scanPackage returns the exported declarations of the non-test files of
// dir, and the set of Example keys (with an output comment) of its tests.
func scanPackage(t *testing.T, dir string) ([]decl, map[string]bool) {
	t.Helper()
	fset := token.NewFileSet()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var api []decl
	examples := map[string]bool{}
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, "_test.go") {
			collectExamples(f, examples)
			continue
		}
		api = append(api, exportedDecls(f)...)
	}
	return api, examples
}

func collectExamples(f *ast.File, examples map[string]bool) {
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || !strings.HasPrefix(fd.Name.Name, "Example") {
			continue
		}
		if !hasOutputComment(f, fd) {
			continue
		}
		key := strings.TrimPrefix(fd.Name.Name, "Example")
		key = strings.TrimPrefix(key, "_")
		// ExampleParse_second documents Parse; ExampleParser_Parse_strict
		// documents Parser.Parse.
		parts := strings.Split(key, "_")
		for i := 1; i <= len(parts); i++ {
			examples[strings.Join(parts[:i], "_")] = true
		}
	}
}

func hasOutputComment(f *ast.File, fd *ast.FuncDecl) bool {
	for _, cg := range f.Comments {
		if cg.Pos() < fd.Body.Lbrace || cg.End() > fd.Body.Rbrace {
			continue
		}
		text := cg.Text()
		if strings.HasPrefix(text, "Output:") || strings.HasPrefix(text, "Unordered output:") {
			return true
		}
	}
	return false
}

func exportedDecls(f *ast.File) []decl {
	var out []decl
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if !d.Name.IsExported() {
				continue
			}
			dd := decl{fn: d.Name.Name, name: d.Name.Name, documented: d.Doc != nil, isFunc: true}
			if d.Recv != nil && len(d.Recv.List) > 0 {
				recv := recvName(d.Recv.List[0].Type)
				if !ast.IsExported(recv) {
					continue
				}
				dd.recv = recv
				dd.name = recv + "." + d.Name.Name
				if isBoilerplateMethod(d.Name.Name) {
					dd.isFunc = false // interface plumbing; documented, no Example needed
				}
			}
			out = append(out, dd)
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					if s.Name.IsExported() {
						out = append(out, decl{name: s.Name.Name, documented: d.Doc != nil || s.Doc != nil})
					}
				case *ast.ValueSpec:
					for _, n := range s.Names {
						if n.IsExported() {
							doc := d.Doc != nil || s.Doc != nil || s.Comment != nil
							out = append(out, decl{name: n.Name, documented: doc})
						}
					}
				}
			}
		}
	}
	return out
}

// isBoilerplateMethod names the methods that implement standard interfaces
// (error, fmt.Stringer, encoding.TextMarshaler, ...): their meaning is the
// interface's, so they need a doc comment but no Example of their own.
func isBoilerplateMethod(name string) bool {
	switch name {
	case "Error", "Unwrap", "String", "MarshalText", "UnmarshalText", "MarshalJSON", "UnmarshalJSON", "Format", "GoString", "Is", "As":
		return true
	}
	return false
}

func recvName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return recvName(e.X)
	case *ast.IndexExpr:
		return recvName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return ""
}

// maxPackageDocLines bounds a package doc comment: it says what is parsed,
// what is not and gives one example; lists of spellings belong in docs/.
const maxPackageDocLines = 45

// TestPackageDocsShort fails for a library package whose doc comment is
// longer than maxPackageDocLines lines.
func TestPackageDocsShort(t *testing.T) {
	root := filepath.Join("..", "..")
	for _, dir := range libraryPackages(t, root) {
		names, err := filepath.Glob(filepath.Join(root, dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ParseComments|parser.PackageClauseOnly)
			if err != nil {
				t.Fatal(err)
			}
			if f.Doc == nil {
				continue
			}
			if n := strings.Count(f.Doc.Text(), "\n"); n > maxPackageDocLines {
				t.Errorf("%s/%s: package doc has %d lines, want at most %d",
					dir, filepath.Base(name), n, maxPackageDocLines)
			}
		}
	}
}
