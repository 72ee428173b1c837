package classification

import (
	"strings"
	"testing"
)

// refSplitSegments is how splitWho split the "who" part before
// whoSegments: at , ; : and at the words "and"/"&", each segment's words
// joined again.
func refSplitSegments(who string) []string {
	parts := strings.FieldsFunc(who, func(r rune) bool { return r == ',' || r == ';' || r == ':' })
	var out []string
	for _, p := range parts {
		f := strings.Fields(p)
		start := 0
		for i, w := range f {
			if lw := strings.ToLower(w); lw == "and" || lw == "&" {
				out = append(out, strings.Join(f[start:i], " "))
				start = i + 1
			}
		}
		out = append(out, strings.Join(f[start:], " "))
	}
	return out
}

// refTokens is how splitWho split a segment into words before
// whoSegments, "DCM/Ted" into "DCM/" and "Ted".
func refTokens(seg string) []whoToken {
	var out []whoToken
	for _, w := range strings.Fields(seg) {
		if i := strings.LastIndexByte(w, '/'); i > 0 && i+2 < len(w) && isUpperWord(w[:i]) &&
			w[i+1] >= 'A' && w[i+1] <= 'Z' && w[i+2] >= 'a' && w[i+2] <= 'z' {
			out = append(out, mkToken(w[:i+1]), mkToken(w[i+1:]))
			continue
		}
		out = append(out, mkToken(w))
	}
	return out
}

// checkWhoSegments compares whoSegments, joinTokens and changesUpper with
// the strings calls they replaced, and splitWho with splitWho over the old
// segments.
func checkWhoSegments(t *testing.T, who string) {
	t.Helper()
	segs := whoSegments(who, nil, nil)
	ref := refSplitSegments(who)
	if segs.len() != len(ref) {
		t.Fatalf("%q: %d segments, want %d (%q)", who, segs.len(), len(ref), ref)
	}
	var refSegs whoSegs
	for i, seg := range ref {
		want := refTokens(seg)
		refSegs.toks = append(refSegs.toks, want...)
		refSegs.ends = append(refSegs.ends, len(refSegs.toks))
		got := segs.seg(i)
		if len(got) != len(want) {
			t.Fatalf("%q: segment %d has %d tokens, want %d (%q)", who, i, len(got), len(want), seg)
		}
		for k := range got {
			if got[k].text != want[k].text || got[k].key != want[k].key {
				t.Fatalf("%q: segment %d token %d = %q/%q, want %q/%q", who, i, k, got[k].text, got[k].key, want[k].text, want[k].key)
			}
		}
		for a := 0; a <= len(got); a++ {
			for b := a; b <= len(got); b++ {
				words := make([]string, 0, b-a)
				for _, tk := range want[a:b] {
					words = append(words, tk.text)
				}
				if j, w := joinTokens(who, got[a:b]), strings.Join(words, " "); j != w {
					t.Fatalf("%q: joinTokens of segment %d [%d:%d] = %q, want %q", who, i, a, b, j, w)
				}
			}
		}
	}
	if got, want := changesUpper(who), strings.ToUpper(who) != who; got != want {
		t.Fatalf("changesUpper(%q) = %v, want %v", who, got, want)
	}
	gn, gt := splitWho(who)
	wn, wt := splitWhoSegments(who, refSegs)
	if strings.Join(gn, "|") != strings.Join(wn, "|") || len(gn) != len(wn) || gt != wt {
		t.Fatalf("splitWho(%q) = %q, %q; over the old segments %q, %q", who, gn, gt, wn, wt)
	}
}

// whoCases are "who" parts of the corpus and texts around the splits.
var whoCases = []string{
	"Ambassador Glyn T. Davies", "E. GIBSON LANPHER, JR.", "DUDDY, AMBASSADOR, DOS, AMB", "AMB:RCROCKER",
	"DCM/Ted Smith and POLOFF J. Doe", "PolOff Ann Jones & Econoff B0B SMITH", "ai. Mary Grace McGeehan",
	"Carol van Voorst", "Charge' d'Affaires a.i. X Y", "A , ; :B", "and", "AND Bob Smith AnD", "&", " , ,",
	"John\nSmith, Political\tCounselor", "Jörg Müller, Botschafter", "ÉTIENNE DUPONT", "José\u00a0Pérez",
	"Deputy Chief of Mission James\u2003Smith", "X\xffY Z", "DCM/T", "DCM/Te", "dcm/Ted", "DCM//Ted", "ſam Jones",
	"\"(O'Brien)\" 0'NEIL", "Director, SA/PAB, Department of State",
}

func TestWhoSegments(t *testing.T) {
	for _, who := range whoCases {
		checkWhoSegments(t, who)
	}
}

// FuzzWhoSegments: whoSegments, joinTokens and changesUpper give what the
// strings calls they replaced give, and splitWho the same names and title.
func FuzzWhoSegments(f *testing.F) {
	for _, who := range whoCases[:10] {
		f.Add(who)
	}
	f.Fuzz(func(t *testing.T, who string) {
		if len(who) > 300 {
			who = who[:300]
		}
		checkWhoSegments(t, who)
	})
}
