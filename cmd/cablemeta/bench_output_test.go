package main

import (
	"io"
	"os"
	"runtime/debug"
	"testing"
)

// BenchmarkOutputFormats runs the command at -j 2 over CABLEMETA_BULK_DIR
// (see BenchmarkCLI) in each output form, so that their costs compare:
// -fields, -format csv and -meta select members of the typed JSON view and
// should cost no more than the full JSON Lines.
//
//	CABLEMETA_BULK_DIR=/tmp/bulk go test ./cmd/cablemeta -run '^$' -bench OutputFormats -benchtime 1x -count 3
func BenchmarkOutputFormats(b *testing.B) {
	dir := os.Getenv("CABLEMETA_BULK_DIR")
	if dir == "" {
		b.Skip("set CABLEMETA_BULK_DIR to a corpus directory to run the end-to-end benchmark")
	}
	inputs, _ := expandPaths([]string{dir}, nil)
	var size int64
	for _, in := range inputs {
		size += in.size
	}
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	}
	for _, f := range []struct {
		name string
		args []string
	}{
		{"jsonl", nil},
		{"fields", []string{"-fields", "reference_id,classification.level,tags.code"}},
		{"csv", []string{"-format", "csv"}},
		{"meta", []string{"-meta"}},
	} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(size)
			args := append(append([]string{"-j", "2"}, f.args...), dir)
			m := startMeter(b)
			for b.Loop() {
				if code := run(args, nil, io.Discard, io.Discard); code == exitUsage {
					b.Fatalf("exit status %d", code)
				}
			}
			m.report(b, len(inputs), size)
		})
	}
}
