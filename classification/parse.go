package classification

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/marking"
)

// Parser parses the classification elements of a cable body. Its zero
// value parses with the defaults. A Parser holds configuration only and is
// safe for concurrent use.
type Parser struct {
	// Strict turns the first warning into an error (a *diag.ParseError
	// wrapping a *diag.StrictError, which wraps ErrNoBanner or ErrBadDate
	// when the warning is about these); the partial result is still
	// returned. Default false.
	Strict bool
	// FirstLine is the line number of the first line of the text, so that
	// positions are reported in the caller's coordinates. 0 means 1.
	FirstLine int
}

// Result is what [Parser.Parse] finds in the preamble of a cable.
type Result struct {
	// Classification is the overall classification (nil if none is certain).
	Classification *Classification `json:"classification,omitempty"`
	// Declassification is the E.O. line (nil if none).
	Declassification *Declassification `json:"declassification,omitempty"`
	// ClassifiedBy is the "Classified By" line (nil if none).
	ClassifiedBy *ClassifiedBy `json:"classified_by,omitempty"`
	// Captions are the captions and passing lines between banner and E.O.
	Captions []Caption `json:"captions,omitempty"`
	// EntireText is the level of a "CONFIDENTIAL - ENTIRE TEXT" statement
	// in the preamble or paragraph 1 (older cables).
	EntireText marking.Level `json:"entire_text,omitempty"`
	// Warnings are the problems found.
	Warnings diag.List `json:"warnings,omitempty"`
}

// ClassSource says where the overall classification was read.
type ClassSource string

// Sources of the overall classification.
const (
	SourceBanner     ClassSource = "banner"      // the banner line
	SourceEntireText ClassSource = "entire-text" // a "CONFIDENTIAL - ENTIRE TEXT" line
	SourceTopLine    ClassSource = "top-line"    // a bare classification line at the top of a received copy
	// Set by the cable package, which sees the header and the paragraphs:
	SourceSecurityLine   ClassSource = "security-line"   // the header's security line ("ZNY SSSSS")
	SourcePortionMarking ClassSource = "portion-marking" // the highest portion marking of the paragraphs
)

// Classification is the overall classification of a cable.
type Classification struct {
	// Level is the classification level.
	Level marking.Level `json:"level"`
	// Caveats are the controls of the whole cable: "NOFORN" (from the
	// banner, a NOFORN caption or handling line), and for unclassified
	// cables "SBU", "SENSITIVE", "FOUO"; also "EFTO", "FGI", "MR", "REL ..."
	// when the banner says so.
	Caveats []string `json:"caveats,omitempty"`
	// Banner is the banner line as written.
	Banner string `json:"banner,omitempty"`
	// Section is "SECTION n OF m" of the banner.
	Section *Section `json:"section,omitempty"`
	// Origin is the originating post as written on the banner ("CAPE TOWN").
	Origin string `json:"origin,omitempty"`
	// Serial is the banner serial as written ("006403").
	Serial string `json:"serial,omitempty"`
	// SerialNumber is Serial as an integer.
	SerialNumber int `json:"serial_number,omitempty"`
	// Source says which line the level was read from.
	Source ClassSource `json:"source"`
	// Line is the line number of that line.
	Line int `json:"line,omitempty"`
}

// String returns the level and caveats joined by "//": "SECRET//NOFORN".
func (c Classification) String() string {
	if len(c.Caveats) == 0 {
		return c.Level.String()
	}
	return c.Level.String() + "//" + strings.Join(c.Caveats, "//")
}

// Has reports whether the classification carries caveat cv ("NOFORN").
func (c Classification) Has(cv string) bool {
	for _, x := range c.Caveats {
		if x == cv {
			return true
		}
	}
	return false
}

const (
	// maxBannerScan bounds the lines searched for the banner (telegraphic
	// headers with long collective INFO lists come first).
	maxBannerScan = 400
	// maxPreamble bounds the lines searched after the banner for captions,
	// the E.O. line and "Classified By" (it also stops at paragraph 2).
	maxPreamble = 60
)

var (
	// preamble element lines that end the caption zone.
	preambleKeyRE = regexp.MustCompile(`(?i)^(?:TAGS?\b|SUBJ(?:ECT)?\b|REF\b|REFS\b|REFTEL|Classi?fi?e?d\s+by|Summary\b)`)
	entireTextRE  = regexp.MustCompile(`(?i)\b(UNCLASSIFIED|LIMITED\s+OFFICIAL\s+USE|CONFIDENTIAL|TOP\s+SECRET|SECRET|[UCS])\s*[-–—]+\s*ENTIRE\s+TEXT`)
)

// Parse parses text with the zero Parser.
func Parse(text string) (*Result, error) {
	return (&Parser{}).Parse(text)
}

// Parse reads the classification elements of a cable. text is the cable
// body from the banner on; it may also hold the telegraphic header before
// the banner (header lines are skipped) or be a fragment without banner
// (then only what is certain is reported, with a warning). Only the
// preamble is searched: the lines after the banner up to paragraph 2, at
// most 60 lines.
//
// The error is nil unless p.Strict is set and a warning was raised; the
// result is never nil.
func (p *Parser) Parse(text string) (*Result, error) {
	lines := newLineSeq(text, p.FirstLine)
	res := &Result{}
	st := &state{res: res}

	bi, ban := findBanner(lines)
	start := 0
	if bi >= 0 {
		start = bi
		c := &Classification{
			Level: ban.Level, Caveats: append([]string(nil), ban.Caveats...), Banner: ban.Raw,
			Section: ban.Section, Origin: ban.Origin, Serial: ban.Serial, SerialNumber: ban.SerialNumber,
			Source: SourceBanner, Line: lines.num(bi),
		}
		res.Classification = c
		if ban.Garbled {
			st.warn(lines.num(bi), "banner", WarnGarbledBanner, fmt.Sprintf("classification word repaired in %q", ban.Raw))
		}
	}
	end := st.scanPreamble(lines, start, bi >= 0, ban.Tail)

	// "Classified By" in banner .. paragraph 2.
	if end > start {
		zone := lines.join(start, end)
		if cb, at, ok := findClassifiedBy(zone); ok {
			cb.Line = lines.num(start) + strings.Count(zone[:at], "\n")
			res.ClassifiedBy = &cb
		}
	}

	st.finish(lines)
	if p.Strict && len(res.Warnings) > 0 {
		return res, diag.Strict(res.Warnings[0])
	}
	return res, nil
}

// state is the per-call parsing state.
type state struct {
	res        *Result
	entireLine int
	topLevel   marking.Level
	topLine    int
}

func (st *state) warn(line int, field string, kind diag.Kind, msg string) {
	w := diag.Warning{Line: line, Part: part, Field: field, Kind: kind, Message: msg}
	switch kind {
	case WarnNoBanner, WarnLevelFromEntireText, WarnLevelFromTopLine:
		w.Err = ErrNoBanner
	case WarnBadDate:
		w.Err = ErrBadDate
	}
	st.res.Warnings = append(st.res.Warnings, w)
}

// findBanner returns the index of the banner line and the parsed banner,
// or -1. A banner needs more than the classification word: an origin and
// serial, a section, or caveats. Text after the last tab of a line is
// tried too (database rows run into the banner in some dumps).
func findBanner(lines *lineSeq) (int, Banner) {
	for i := 0; i < maxBannerScan; i++ {
		l, ok := lines.at(i)
		if !ok {
			break
		}
		t := l.Text
		if lexicon.ParagraphLine(t) {
			break // the body started: no banner
		}
		whole, tail := bannerCandidates(t)
		for _, cand := range [2]string{whole, tail} {
			if cand == "" {
				continue
			}
			if b, ok := ParseBanner(cand); ok && (b.Origin != "" || b.Section != nil || len(b.Caveats) > 0) {
				if b.Origin == "" {
					return completeBanner(lines, i, b)
				}
				return i, b
			}
		}
	}
	return -1, Banner{}
}

// bannerLookAhead bounds the lines searched after a banner without origin
// for the rest of it (a received copy's header lies between a top
// classification line and the banner).
const bannerLookAhead = 40

// completeBanner completes banner b of line i, which names no origin: a
// later banner with origin and serial before the body starts is the banner
// (b's caveats added to it: "SECRET//NOFORN" at the top of a copy, "S E C
// R E T MONTERREY 000472" below its header); else the origin and serial
// alone on the next non-blank line ("TRIPOLI 000133" under "C O N F I D E
// N T I A L SECTION 01 OF 02") complete b, which then ends on that line.
func completeBanner(lines *lineSeq, i int, b Banner) (int, Banner) {
	nextChecked := false
	for k := i + 1; k <= i+bannerLookAhead; k++ {
		l, ok := lines.at(k)
		if !ok {
			break
		}
		t := strings.TrimSpace(trimLineEnd(l.Text))
		if t == "" {
			continue
		}
		if lexicon.ParagraphLine(t) {
			break
		}
		if !nextChecked {
			nextChecked = true
			if origin, serial, n, ok := matchOrigin(t); ok && n == len(t) && strings.ToUpper(origin) == origin {
				b.Raw += " " + t
				b.Origin, b.Serial = origin, serial
				b.SerialNumber, _ = strconv.Atoi(serial)
				return k, b
			}
		}
		if nb, ok := ParseBanner(t); ok && nb.Origin != "" && idLikeSerial(nb) {
			for _, c := range b.Caveats {
				nb.Caveats = appendUnique(nb.Caveats, c)
			}
			return k, nb
		}
	}
	return i, b
}

// idLikeSerial reports whether banner b ends in a station serial: the
// origin is upper case and the serial has at least three digits.
func idLikeSerial(b Banner) bool {
	return len(b.Serial) >= 3 && strings.ToUpper(b.Origin) == b.Origin
}

// bannerCandidates returns the line to try as a banner and, when it holds
// a tab, the text after the last tab ("" otherwise).
func bannerCandidates(t string) (whole, tail string) {
	t = strings.TrimLeft(trimLineEnd(t), bannerLead)
	if i := strings.LastIndexByte(t, '\t'); i >= 0 {
		return t, strings.TrimSpace(t[i+1:])
	}
	return t, ""
}

// scanPreamble reads captions, the E.O. line and ENTIRE TEXT statements
// from lines[start:] and returns the index just past the preamble
// (paragraph 2 or maxPreamble lines).
func (st *state) scanPreamble(lines *lineSeq, start int, banner bool, tail string) int {
	res := st.res
	capZone := banner
	paras := 0
	end := maxPreamble + maxBannerScan/4
	if banner {
		end = start + maxPreamble
	}
	// The captions are collected in capBuf while they fit, and copied to
	// res.Captions once at the end, instead of growing that slice on the
	// heap caption by caption. caps stays nil until a caption is found,
	// as res.Captions did.
	var capBuf [captionsInPlace]Caption
	var caps []Caption
	addCaptions := func(num int, t string) {
		c := caps
		if c == nil {
			c = capBuf[:0]
		}
		n := len(c)
		if c = appendCaptions(c, t); len(c) == 0 {
			return
		}
		for i := n; i < len(c); i++ {
			c[i].Line = num
		}
		caps = c
	}
	i := start
	skip := false // the line after a wrapped E.O. line was read with it
	handle := func(num int, t string) {
		t = strings.TrimSpace(trimLineEnd(t))
		if t == "" {
			return
		}
		if res.EntireText == marking.LevelUnknown && hasDash(t) && indexFold(t, "entire") >= 0 {
			if m := entireTextRE.FindStringSubmatch(t); m != nil {
				if lv, err := marking.ParseLevel(m[1]); err == nil {
					res.EntireText, st.entireLine = lv, num
				}
			}
		}
		if res.Declassification == nil && paras < 2 {
			if d, at := FindEO(t); at >= 0 && plausibleEO(d, at) {
				if d.Raw == "" {
					// "E.O. 12958:" wrapped before "DECL: 08/11/2015".
					if next, ok := lines.at(i + 1); ok {
						if nt := strings.TrimSpace(trimLineEnd(next.Text)); eoContinues(nt) {
							d.parseField(nt)
							skip = true
						}
					}
				}
				d.Line = num
				res.Declassification = new(d) // not &d: d would go to the heap on every line
				if capZone && at > 0 {
					addCaptions(num, t[:at])
				}
				capZone = false
				return
			}
		}
		if !capZone {
			return
		}
		if b, ok := ParseBanner(t); ok && (b.Origin != "" || b.Section != nil) {
			// The banner again: what came before was a truncated copy
			// (partial extracts, database rows); start over.
			caps = caps[:0]
			addCaptions(num, b.Tail)
			return
		}
		if isPreambleKey(t) || lexicon.ParagraphLine(t) {
			capZone = false
			return
		}
		if _, _, ok := marking.CutMarking(t); ok {
			capZone = false
			return
		}
		addCaptions(num, t)
	}
	if !banner {
		st.topLine, st.topLevel = topLineLevel(lines)
	}
	if banner {
		handle(lines.num(start), tail)
		i++
	}
	for ; i < end; i++ {
		l, ok := lines.at(i)
		if !ok {
			break // the text ends within the preamble
		}
		if skip {
			skip = false
			continue
		}
		t := l.Text
		if lexicon.ParagraphLine(t) {
			paras++
			if paras >= 2 {
				break
			}
			capZone = false
		}
		handle(l.Num, t)
	}
	if caps != nil {
		// A slice of its own, empty if the preamble started over after
		// the last caption.
		res.Captions = append(make([]Caption, 0, len(caps)), caps...)
	}
	return i
}

// captionsInPlace is the number of captions scanPreamble holds without
// allocating: most preambles have a few (SIPDIS, NOFORN, a passing line);
// the longest in the dev corpus have a dozen.
const captionsInPlace = 16

// hasDash reports whether t holds a '-' or the lead byte of '–' or '—'
// (0xE2): entireTextRE needs a dash before "ENTIRE TEXT", and the two
// vectorised byte searches rule out most lines before the search for
// "entire".
func hasDash(t string) bool {
	return strings.IndexByte(t, '-') >= 0 || strings.IndexByte(t, 0xE2) >= 0
}

// eoContinues reports whether t, the line after an E.O. label with its
// order number only, is the rest of that E.O. line: a DECL field, N/A,
// OADR or GDS.
func eoContinues(t string) bool {
	u := strings.ToUpper(t)
	for _, p := range [...]string{"DECL", "N/A", "OADR", "GDS", "XGDS", "DECLASSIFY"} {
		if strings.HasPrefix(u, p) {
			return true
		}
	}
	return false
}

// plausibleEO rejects E.O. mentions that are prose rather than the E.O.
// line: the match must start the text, follow a caption or passing text
// that ends in an upper-case word, or be a declassification form.
func plausibleEO(d Declassification, at int) bool {
	return at == 0 || d.Date != (Date{}) || strings.HasPrefix(strings.ToUpper(d.Raw), "DECL") ||
		d.Event == "N/A" || d.Event == "OADR"
}

// topLineLevel returns the level of a bare classification line that is the
// first non-blank line of a received copy ("CONFIDENTIAL").
func topLineLevel(lines *lineSeq) (int, marking.Level) {
	for i := 0; ; i++ {
		l, ok := lines.at(i)
		if !ok {
			break
		}
		t := strings.TrimSpace(trimLineEnd(l.Text))
		if t == "" {
			continue
		}
		if len(t) > 2 {
			if lv, err := marking.ParseLevel(t); err == nil && strings.ToUpper(t) == t {
				return l.Num, lv
			}
		}
		return 0, marking.LevelUnknown
	}
	return 0, marking.LevelUnknown
}

// finish derives the caveats, the fallback level and the warnings.
func (st *state) finish(lines *lineSeq) {
	res := st.res
	c := res.Classification
	if c == nil {
		switch {
		case res.EntireText != marking.LevelUnknown:
			c = &Classification{Level: res.EntireText, Source: SourceEntireText, Line: st.entireLine}
			st.warn(st.entireLine, "classification", WarnLevelFromEntireText,
				fmt.Sprintf("no banner; level %s taken from the ENTIRE TEXT statement", res.EntireText))
		case st.topLevel != marking.LevelUnknown:
			c = &Classification{Level: st.topLevel, Source: SourceTopLine, Line: st.topLine}
			st.warn(st.topLine, "classification", WarnLevelFromTopLine,
				fmt.Sprintf("no banner; level %s taken from the classification line at the top", st.topLevel))
		default:
			line := 0
			if l, ok := lines.at(0); ok {
				line = l.Num
			}
			st.warn(line, "banner", WarnNoBanner, "no classification banner found")
		}
		res.Classification = c
	}
	if c != nil {
		for _, cp := range res.Captions {
			switch cp.Kind {
			case CaptionNOFORN:
				c.Caveats = appendUnique(c.Caveats, "NOFORN")
			case CaptionSBU, CaptionSensitive, CaptionFOUO:
				if c.Level == marking.Unclassified {
					c.Caveats = appendUnique(c.Caveats, strings.ToUpper(string(cp.Kind)))
				}
			}
		}
		if c.Source == SourceBanner && res.EntireText != marking.LevelUnknown && res.EntireText != c.Level {
			st.warn(st.entireLine, "classification", WarnLevelMismatch,
				fmt.Sprintf("banner says %s, ENTIRE TEXT statement says %s", c.Level, res.EntireText))
		}
	}
	if d := res.Declassification; d != nil {
		if d.ExecutiveOrder != "" && !knownOrders[d.ExecutiveOrder] {
			st.warn(d.Line, "E.O. line", WarnUnknownOrder, fmt.Sprintf("unknown executive order %s", d.ExecutiveOrder))
		}
		if d.Date.IsZero() && isNumDate(d.Event) {
			st.warn(d.Line, "E.O. line", WarnBadDate, fmt.Sprintf("%q is not a calendar date", d.Event))
		}
	} else if c != nil && c.Source == SourceBanner && c.Level.Compare(marking.Confidential) >= 0 {
		st.warn(c.Line, "E.O. line", WarnNoEO, "classified cable without an E.O. line in its preamble")
	}
	if d := res.Declassification; d != nil && res.ClassifiedBy == nil && c != nil && c.Level.Compare(marking.Confidential) >= 0 &&
		(d.ExecutiveOrder == "12958" || d.ExecutiveOrder == "13526") {
		st.warn(d.Line, "classified by", WarnNoClassifiedBy, "classified cable without a \"Classified By\" line in its preamble")
	}
}
