package marking

import (
	"strings"

	"github.com/cablemeta/cablemeta/internal/textutil"
)

// Marking is a portion marking: the parenthesised classification that
// follows a paragraph number, e.g. "(C)", "(SBU)" or "(S//REL TO USA, FVEY)".
type Marking struct {
	// Raw is the marking as written, parentheses included: "( C )".
	Raw string `json:"raw"`
	// Level is the classification level. SBU and FOUO markings are
	// [Unclassified] with the control "SBU" or "FOUO". A malformed marking
	// that names no level ("(/Rel UK)") has [LevelUnknown].
	Level Level `json:"level"`
	// Controls are the dissemination controls in normalised form and in the
	// order written: "SBU", "NF" (for NF, NOFORN, N after SBU), "FOUO",
	// "FGI", "FGI DEU", "REL NATO", "REL TO USA, FVEY", "ORCON", "PROPIN",
	// and the distribution captions "EXDIS", "NODIS", "LIMDIS", "STADIS".
	Controls []string `json:"controls,omitempty"`
	// EntireText is set for the older whole-text form "(C - ENTIRE TEXT)".
	EntireText bool `json:"entire_text,omitempty"`
}

// maxMarkingLen bounds the text between the parentheses of a marking.
const maxMarkingLen = 64

// String returns the normalised marking without parentheses: the level
// abbreviation and the controls joined by "//", e.g. "C", "S//NF",
// "S//REL TO USA, FVEY". An unclassified marking whose first control is SBU
// prints as "SBU" ("SBU//NF"); a marking without level starts with "//".
func (m Marking) String() string {
	lv := m.Level.Abbrev()
	ctl := m.Controls
	if m.Level == Unclassified && len(ctl) > 0 && ctl[0] == "SBU" {
		lv, ctl = "SBU", ctl[1:]
	}
	if len(ctl) == 0 {
		return lv
	}
	return lv + "//" + strings.Join(ctl, "//")
}

// Has reports whether the marking carries the control c (e.g. "NF").
func (m Marking) Has(c string) bool {
	for _, x := range m.Controls {
		if x == c {
			return true
		}
	}
	return false
}

// ParseMarking parses a portion marking given with its parentheses, e.g.
// "(S//NF)", "( C )", "(c)", "(SBU)", "(C NF)", "(SNF)", "(S-NF)",
// "(C - ENTIRE TEXT)", "(SECRET/REL FRANCE)". Surrounding spaces are
// allowed. It reports false for anything that is not a marking:
// "(U.S.)", "(Iran)", "(China)", "(A)", "(EU)", "()".
//
// A single lower-case letter "(c)" is accepted as a marking (real cables
// write it); callers that scan lettered lists must use their context.
func ParseMarking(s string) (Marking, bool) {
	t := strings.TrimSpace(s)
	if len(t) < 3 || t[0] != '(' || t[len(t)-1] != ')' {
		return Marking{}, false
	}
	m, ok := parseInner(t[1 : len(t)-1])
	if !ok {
		return Marking{}, false
	}
	m.Raw = t
	return m, true
}

// CutMarking recognises a portion marking at the start of s, after optional
// spaces or tabs, and returns it with the rest of s, which begins right after
// the closing parenthesis (so len(s)-len(rest) is the marking's end offset).
// If s does not start with a marking, CutMarking returns ok == false and
// rest == s.
func CutMarking(s string) (m Marking, rest string, ok bool) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	if i >= len(s) || s[i] != '(' {
		return Marking{}, s, false
	}
	lim := min(len(s), i+maxMarkingLen+2)
	j := i + 1 // the first '(', ')' or newline after the opening one
	for j < lim && s[j] != '(' && s[j] != ')' && s[j] != '\n' {
		j++
	}
	if j == lim || s[j] != ')' {
		return Marking{}, s, false
	}
	end := j + 1
	m, ok = parseInner(s[i+1 : end-1])
	if !ok {
		return Marking{}, s, false
	}
	m.Raw = s[i:end]
	return m, s[end:], true
}

// parseInner parses the text between the parentheses of a marking.
func parseInner(in string) (Marking, bool) {
	if len(in) == 0 || len(in) > maxMarkingLen {
		return Marking{}, false
	}
	for i := 0; i < len(in); i++ { // also rules out "(", ")" and newlines
		c := in[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == ' ' || c == '/' || c == '-' || c == ',' || c == '\t') {
			return Marking{}, false // "(U.S.)", "(1)", "(Gov't)"
		}
	}
	var m Marking
	head, tail, hasSlash := strings.Cut(in, "/")
	head = strings.TrimSpace(head)
	switch {
	case head == "":
		if !hasSlash {
			return Marking{}, false
		}
	default:
		lv, extra, ok := parseHead(head)
		if !ok {
			return Marking{}, false
		}
		m.Level = lv
		for _, c := range extra {
			if !m.addControl(c) {
				return Marking{}, false
			}
		}
		if lv == LevelUnknown {
			return Marking{}, false
		}
	}
	if hasSlash {
		for seg := range strings.SplitSeq(tail, "/") {
			seg = strings.TrimSpace(seg)
			if seg == "" {
				continue // "//"
			}
			if !m.addControl(seg) {
				return Marking{}, false
			}
		}
	}
	if m.Level == LevelUnknown && len(m.Controls) == 0 {
		return Marking{}, false
	}
	return m, true
}

// parseHead parses the part before the first slash: a level word, maybe run
// together with controls ("SNF", "C NF", "S-NF", "C - ENTIRE TEXT").
func parseHead(head string) (Level, []string, bool) {
	k := textutil.SqueezeUpper(head)
	if lv, ok := markLevels[k]; ok {
		if k == "SBU" {
			return lv, []string{"SBU"}, true
		}
		return lv, nil, true
	}
	// Compact forms without separator.
	switch k {
	case "SNF", "CNF", "TSNF", "SBUNF", "UNF":
		lv := markLevels[strings.TrimSuffix(k, "NF")]
		if k == "SBUNF" {
			return lv, []string{"SBU", "NF"}, true
		}
		return lv, []string{"NF"}, true
	}
	// Level word, then separator (space or hyphen), then controls.
	i := strings.IndexAny(head, " -\t")
	if i <= 0 {
		return LevelUnknown, nil, false
	}
	w := textutil.SqueezeUpper(head[:i])
	lv, ok := markLevels[w]
	if !ok {
		// "TOP SECRET NF" / "TOP SECRET-NF"
		up := strings.ToUpper(head)
		if strings.HasPrefix(up, "TOP SECRET") {
			lv, w, i = TopSecret, "TS", len("TOP SECRET")
		} else {
			return LevelUnknown, nil, false
		}
	}
	var out []string
	if w == "SBU" {
		out = append(out, "SBU")
	}
	rest := strings.TrimSpace(strings.Trim(strings.TrimSpace(head[i:]), "-"))
	if rest == "" {
		return lv, out, true
	}
	if textutil.SqueezeUpper(rest) == "ENTIRETEXT" {
		return lv, append(out, entireText), true
	}
	for _, f := range strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '\t' }) {
		out = append(out, f)
	}
	return lv, out, true
}

// entireText is an internal control token for "ENTIRE TEXT".
const entireText = "\x00ENTIRE TEXT"

// markLevels maps marking level words (space-free, upper case) to levels.
var markLevels = map[string]Level{
	"U": Unclassified, "UNCLAS": Unclassified, "UNCLASSIFIED": Unclassified,
	"SBU": Unclassified,
	"LOU": LimitedOfficialUse, "LIMITEDOFFICIALUSE": LimitedOfficialUse,
	"C": Confidential, "CONFIDENTIAL": Confidential,
	"S": Secret, "SECRET": Secret,
	"TS": TopSecret, "TOPSECRET": TopSecret,
}

// addControl normalises one control and appends it; it reports false when
// c is not a known control.
func (m *Marking) addControl(c string) bool {
	if c == entireText {
		m.EntireText = true
		return true
	}
	n := normControl(c, m.Controls)
	if n == "" {
		return false
	}
	if n == "ENTIRE TEXT" {
		m.EntireText = true
		return true
	}
	if !m.Has(n) {
		m.Controls = append(m.Controls, n)
	}
	return true
}

// simpleControls maps space-free upper-case control spellings to their
// normalised form.
var simpleControls = map[string]string{
	"NF": "NF", "NOFORN": "NF", "NOFORNDISSEM": "NF",
	"FOUO": "FOUO", "SBU": "SBU", "FGI": "FGI",
	"ORCON": "ORCON", "OC": "ORCON", "PROPIN": "PROPIN", "PR": "PROPIN",
	"EXDIS": "EXDIS", "NODIS": "NODIS", "LIMDIS": "LIMDIS", "STADIS": "STADIS",
	"SIPDIS": "SIPDIS", "MR": "MR", "ENTIRETEXT": "ENTIRE TEXT",
}

// normControl returns the normalised form of control c, or "" if c is not a
// control. prev are the controls already seen ("N" means NOFORN after SBU).
func normControl(c string, prev []string) string {
	k := textutil.SqueezeUpper(c)
	if n, ok := simpleControls[k]; ok {
		return n
	}
	if k == "N" && len(prev) > 0 && prev[len(prev)-1] == "SBU" {
		return "NF" // (SBU/N)
	}
	up := strings.ToUpper(textutil.CollapseCommas(c))
	for _, p := range [...]string{"REL TO ", "REL ", "FGI "} {
		if strings.HasPrefix(up, p) && len(up) > len(p) {
			return up
		}
	}
	return ""
}

// HighestMarking returns the highest level among the markings
// ([LevelUnknown] if none has a level).
func HighestMarking(ms []Marking) Level {
	var h Level
	for _, m := range ms {
		if m.Level.Compare(h) > 0 {
			h = m.Level
		}
	}
	return h
}
