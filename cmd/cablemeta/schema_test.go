package main

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readmeMembers reads the JSON schema table of the README: the dotted
// name of every member it lists, objects' members from the braces of the
// type column.
func readmeMembers(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, sec, ok := strings.Cut(string(b), "\n## JSON schema\n")
	require.True(t, ok, "README has a JSON schema section")
	sec, _, _ = strings.Cut(sec, "\n## ")
	code := regexp.MustCompile("`([^`]*)`")
	var names []string
	for _, line := range strings.Split(sec, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 4 || strings.HasPrefix(strings.TrimSpace(cells[1]), "---") || strings.TrimSpace(cells[1]) == "member" {
			continue
		}
		var members []string
		if m := code.FindStringSubmatch(cells[2]); m != nil && strings.HasPrefix(m[1], "{") {
			members = braceMembers(t, m[1])
		}
		for _, m := range code.FindAllStringSubmatch(cells[1], -1) {
			names = append(names, m[1])
			for _, sub := range members {
				names = append(names, m[1]+"."+sub)
			}
		}
	}
	return names
}

// braceMembers lists the dotted members of "{a, b: {c, d}}".
func braceMembers(t *testing.T, s string) []string {
	var out, stack []string
	word := ""
	flush := func() {
		if w := strings.TrimSpace(word); w != "" {
			out = append(out, strings.Join(append(slices.Clone(stack), w), "."))
		}
		word = ""
	}
	last := ""
	for _, r := range s[1:] {
		switch r {
		case ',':
			flush()
		case ':':
			last = strings.TrimSpace(word)
			flush()
		case '{':
			stack = append(stack, last)
		case '}':
			flush()
			if len(stack) == 0 {
				return out
			}
			stack = stack[:len(stack)-1]
		default:
			word += string(r)
		}
	}
	t.Fatalf("unbalanced braces in %q", s)
	return nil
}

func TestReadmeSchemaListsEveryMember(t *testing.T) {
	documented := readmeMembers(t)
	want := []string{errorField}
	for _, f := range cable.JSONFields() {
		want = append(want, f.Name)
	}
	missing, extra := difference(want, documented), difference(documented, want)
	assert.Empty(t, missing, "members the README's JSON schema table lacks")
	assert.Empty(t, extra, "members the README lists that the JSON form lacks")

	// Every member the command prints over the sample inputs is listed.
	code, out, stderr := cli(t, "", nil, samples)
	require.Equal(t, 0, code, stderr)
	var printed []string
	for _, obj := range lines(t, out) {
		printed = append(printed, jsonPaths(obj, "")...)
	}
	assert.Empty(t, difference(printed, documented), "printed members the README does not list")
}

// difference returns the strings of a that b lacks, once each.
func difference(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// jsonPaths lists the dotted paths of a decoded JSON value's members.
func jsonPaths(v any, prefix string) []string {
	var out []string
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			out = append(out, prefix+k)
			out = append(out, jsonPaths(x, prefix+k+".")...)
		}
	case []any:
		for _, x := range t {
			out = append(out, jsonPaths(x, prefix)...)
		}
	}
	return out
}
