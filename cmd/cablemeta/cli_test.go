package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cliPath is the command built by TestMain: the tests below run it as a
// user does, in its own process.
var cliPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "cablemeta-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	cliPath = filepath.Join(dir, "cablemeta")
	if out, err := exec.Command("go", "build", "-o", cliPath, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building the command: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// cli runs the built command in dir with stdin.
func cli(t *testing.T, dir string, stdin []byte, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(cliPath, args...)
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode(), out.String(), errb.String()
	}
	require.NoError(t, err)
	return 0, out.String(), errb.String()
}

// sample returns the bytes of a reader sample of package cable.
func sample(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(samples, name))
	require.NoError(t, err)
	return b
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, b, 0o644))
}

// ids maps each output line's source path to its reference id, or to
// "error: ..." for an error line.
func ids(t *testing.T, out string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, o := range lines(t, out) {
		v, _ := o["reference_id"].(string)
		if e, ok := o["error"].(string); ok {
			v = "error: " + e
		}
		m[source(o)["path"].(string)] = v
	}
	return m
}

func TestCLIFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "-odd.txt"), sample(t, "04THEHAGUE3156.txt"))
	page := filepath.Join(samples, "10STATE284.html")
	abs, err := filepath.Abs(page)
	require.NoError(t, err)

	// flags after the path
	code, out, stderr := cli(t, dir, nil, abs, "-fields", "reference_id", "-o", "x.jsonl")
	assert.Equal(t, 0, code, stderr)
	assert.Empty(t, out)
	b, err := os.ReadFile(filepath.Join(dir, "x.jsonl"))
	require.NoError(t, err)
	assert.Equal(t, map[string]string{abs: "10STATE284"}, ids(t, string(b)))

	// "--" ends the flags
	code, out, _ = cli(t, dir, nil, "-fields", "subject", "--", "-odd.txt")
	assert.Equal(t, 0, code)
	assert.Equal(t, "-odd.txt", source(lines(t, out)[0])["path"])

	// the stats word after flags; a -j above the cap still runs
	code, out, stderr = cli(t, dir, nil, "-j", "1000", "stats", "-top", "2", abs)
	assert.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "       1  cables\n")
	// but not after "--", nor after a path
	code, out, _ = cli(t, dir, nil, "--", "stats")
	assert.Equal(t, 1, code)
	assert.Contains(t, ids(t, out)["stats"], "no such file")
	code, _, stderr = cli(t, dir, nil, "-top", "2", abs)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "-top applies to stats only")
	code, _, stderr = cli(t, dir, nil, "stats", "-fields", "subject", abs)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "-fields does not apply to stats")

	code, out, _ = cli(t, dir, nil, "-version")
	assert.Equal(t, 0, code)
	assert.Regexp(t, `^cablemeta (devel|v\S+)\n$`, out)
}

func TestCLINoPathOnTerminal(t *testing.T) {
	// The master side of a pseudo-terminal is a terminal as isTerminal
	// sees it (a character device that is not the null device).
	tty, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer tty.Close()
	cmd := exec.Command(cliPath)
	cmd.Stdin = tty
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err = cmd.Run()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 2, ee.ExitCode())
	assert.True(t, strings.HasPrefix(errb.String(), "cablemeta: no PATH given, and standard input is a terminal\nusage: cablemeta [flags] PATH...\n"), errb.String())
}

func TestMaxWorkers(t *testing.T) {
	o, err := parseArgs([]string{"-j", "1000"}, &bytes.Buffer{})
	require.NoError(t, err)
	assert.Equal(t, 1000, o.workers, "parsed as given; run caps it")
	assert.Equal(t, 2*runtime.GOMAXPROCS(0), maxWorkers())
}
