package apicheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// libraryPackages are the directories (from the module root) whose public
// API is checked.
var libraryPackages = []string{"diag", "marking", "header", "classification", "tags", "paragraph", "refs", "cable", "cable/cabletest"}

// TestExportedAPIDocumented fails for every exported identifier without a
// doc comment and every exported function or method without an Example.
func TestExportedAPIDocumented(t *testing.T) {
	root := filepath.Join("..", "..")
	for _, dir := range libraryPackages {
		full := filepath.Join(root, dir)
		if _, err := os.Stat(full); err != nil {
			continue // package not present in this tree
		}
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
