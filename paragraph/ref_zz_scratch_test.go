package paragraph

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestZZScratchDev(t *testing.T) {
	b, err := os.ReadFile("/tmp/refwork/dev/index.json")
	if err != nil {
		t.Skip()
	}
	var idx []struct {
		ID   string   `json:"id"`
		Year int      `json:"year"`
		Refs []string `json:"refs"`
	}
	json.Unmarshal(b, &idx)
	out, _ := os.Create("/tmp/refwork/dev-out.txt")
	defer out.Close()
	for _, c := range idx {
		txt, _ := os.ReadFile("/tmp/refwork/dev/" + c.ID + ".txt")
		refs, warns := ParseReferences(string(txt), RefOptions{Year: c.Year, Self: c.ID})
		fmt.Fprintf(out, "=== %s %d truth=%v\n", c.ID, c.Year, c.Refs)
		for _, r := range refs {
			fmt.Fprintf(out, "  %s\t%s\t%s\t%d\t%q\n", r.Label, r.Kind, r.ID, r.Line, r.Text)
		}
		for _, w := range warns {
			fmt.Fprintf(out, "  W %s\n", w)
		}
	}
}
