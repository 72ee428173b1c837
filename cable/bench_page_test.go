package cable

import (
	"os"
	"testing"
)

// BenchmarkPageSearch runs the searches readHTML makes on a real page
// (mostly navigation chrome before the cable): the <pre> blocks and the
// metadata table.
func BenchmarkPageSearch(b *testing.B) {
	data, err := os.ReadFile("testdata/cables/03THEHAGUE2113.html")
	if err != nil {
		b.Fatal(err)
	}
	page := string(data)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if blocks, _ := preBlocks(page); len(blocks) != 2 {
			b.Fatalf("%d <pre> blocks, want 2", len(blocks))
		}
		if pageMetadata(page) == nil {
			b.Fatal("no metadata table")
		}
	}
}
