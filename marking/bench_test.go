package marking

import "testing"

func BenchmarkParseMarking(b *testing.B) {
	in := []string{"(C)", "(S//NF)", "(SBU)", "(U.S.)", "(S//REL TO USA, FVEY)", "(Iran)"}
	n := 0
	for _, s := range in {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range in {
			ParseMarking(s)
		}
	}
}
