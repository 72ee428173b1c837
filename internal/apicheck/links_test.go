package apicheck

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// unshipped are documents of the project's private working material that
// users never see: code, docs and data files must not cite them.
var unshipped = []string{"cable-format.md", "go-style.md", "architecture-review.md"}

// self is this file, which names the unshipped documents to find them.
const self = "internal/apicheck/links_test.go"

var (
	// mdLink is an inline Markdown link or image: [text](target).
	mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	// mdRefDef is a Markdown link reference definition: [name]: target.
	mdRefDef = regexp.MustCompile(`^\s*\[[^\]]+\]:\s*(\S+)`)
	// docsPath is a path into docs/ named in a Go comment or a data file.
	docsPath = regexp.MustCompile(`\bdocs/[A-Za-z0-9_./-]*[A-Za-z0-9_](?:#[A-Za-z0-9_-]+)?`)
)

// TestNoDanglingReferences fails for every citation of an unshipped
// document, every relative Markdown link whose file (or heading anchor)
// does not exist, and every docs/ path in Go code or data that does not
// resolve.
func TestNoDanglingReferences(t *testing.T) {
	root := filepath.Join("..", "..")
	var problems []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && strings.HasPrefix(name, ".") {
				return filepath.SkipDir
			}
			return nil
		}
		ext := filepath.Ext(name)
		inTestdata := strings.Contains(filepath.ToSlash(path), "/testdata/")
		switch {
		case ext == ".go", ext == ".tsv", ext == ".txt" && !inTestdata:
		case ext == ".md" && (!inTestdata || strings.EqualFold(name, "README.md")):
		case name == "README":
		default:
			return nil
		}
		problems = append(problems, checkFile(t, root, path)...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) > 0 {
		t.Errorf("dangling references (%d):\n\t%s", len(problems), strings.Join(problems, "\n\t"))
	}
}

// checkFile returns the dangling references of one file, as
// "path:line: message".
func checkFile(t *testing.T, root, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rel, _ := filepath.Rel(root, path)
	rel = filepath.ToSlash(rel)
	isMarkdown := strings.HasSuffix(path, ".md")
	var out []string
	report := func(line int, format string, args ...any) {
		out = append(out, fmt.Sprintf("%s:%d: ", rel, line)+fmt.Sprintf(format, args...))
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 0, 64*1024), len(data)+1)
	inFence := false
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		for _, u := range unshipped {
			if strings.Contains(line, u) && rel != self {
				report(n, "cites %s, which the repository does not ship", u)
			}
		}
		if isMarkdown {
			if strings.HasPrefix(strings.TrimSpace(line), "```") {
				inFence = !inFence
			}
			if inFence {
				continue
			}
			var targets []string
			for _, m := range mdLink.FindAllStringSubmatch(line, -1) {
				targets = append(targets, m[1])
			}
			if m := mdRefDef.FindStringSubmatch(line); m != nil {
				targets = append(targets, m[1])
			}
			for _, target := range targets {
				if msg := checkTarget(root, filepath.Dir(path), path, target); msg != "" {
					report(n, "%s", msg)
				}
			}
			continue
		}
		for _, target := range docsPath.FindAllString(line, -1) {
			if msg := checkTarget(root, root, path, target); msg != "" {
				report(n, "%s", msg)
			}
		}
	}
	return out
}

// checkTarget resolves a link target relative to dir (from is the linking
// file, for "#anchor" links) and returns what is wrong with it, or "".
func checkTarget(root, dir, from, target string) string {
	if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
		return ""
	}
	file, anchor, _ := strings.Cut(target, "#")
	full := from
	if file != "" {
		full = filepath.Join(dir, filepath.FromSlash(file))
		if r, err := filepath.Rel(root, full); err != nil || strings.HasPrefix(r, "..") {
			return "link " + target + " leaves the repository"
		}
		if _, err := os.Stat(full); err != nil {
			return "link " + target + ": no such file in the repository"
		}
	}
	if anchor == "" || !strings.HasSuffix(full, ".md") {
		return ""
	}
	if file == "" && !strings.HasSuffix(from, ".md") {
		return ""
	}
	anchors, err := headingAnchors(full)
	if err != nil {
		return "link " + target + ": " + err.Error()
	}
	if !anchors[anchor] {
		return "link " + target + ": no heading with that anchor"
	}
	return ""
}

// headingAnchors returns the anchors GitHub derives from the headings of a
// Markdown file: lower case, punctuation dropped, spaces turned into
// hyphens.
func headingAnchors(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	anchors := map[string]bool{}
	inFence := false
	for line := range strings.SplitSeq(string(data), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			inFence = !inFence
		}
		if inFence || !strings.HasPrefix(line, "#") {
			continue
		}
		title := strings.TrimSpace(strings.TrimLeft(line, "#"))
		var b strings.Builder
		for _, r := range strings.ToLower(title) {
			switch {
			case r == ' ':
				b.WriteByte('-')
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				b.WriteRune(r)
			}
		}
		anchors[b.String()] = true
	}
	return anchors, nil
}
