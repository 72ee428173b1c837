package cabletest

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/marking"
	"github.com/cablemeta/cablemeta/paragraph"
	"github.com/cablemeta/cablemeta/refs"
	"github.com/cablemeta/cablemeta/tags"
)

// Fixture is one generated cable: its text and the metadata the text
// encodes.
type Fixture struct {
	// Seed and Options reproduce the fixture with Generate.
	Seed    uint64  `json:"seed"`
	Options Options `json:"-"`
	// Layout is the layout of Text.
	Layout cable.Layout `json:"layout"`
	// Sections is the number of sections written (banner "SECTION nn OF
	// mm"); 1 for a single-section cable.
	Sections int `json:"sections"`
	// Defects are the defects written into Text.
	Defects Defect `json:"-"`
	// Text is the telegram text.
	Text string `json:"-"`
	// Want is the metadata Text encodes, as Parse should report it. Only
	// the fields the generator controls are set: reference id,
	// transmission id, DTG, precedence, FM, TO/INFO addressees, the
	// DE line and received-copy details (HeaderDetails), level and caveats,
	// declassification, Classified By, captions, tags, subject,
	// references, summary, paragraphs (number, marking, heading, text
	// with one line per sentence group) and signers. Positions (Line
	// fields), Raw texts, warnings and the typed Header are left zero.
	Want *cable.Cable `json:"want"`
	// WantWarnings are the warning kinds the defects must raise (e.g.
	// "no-subject", "label-variant", "serial-mismatch",
	// "day-of-year-mismatch").
	WantWarnings []diag.Kind `json:"want_warnings,omitempty"`
}

// Generate returns the cable of seed and opt. The same seed and options
// always give the same fixture (the generator uses a PCG source seeded
// with seed, and no other source of randomness).
func Generate(seed uint64, opt Options) (*Fixture, error) {
	if err := opt.check(); err != nil {
		return nil, err
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x6361626c65746573)), opt: opt}
	fx := g.fixture()
	fx.Seed, fx.Options = seed, opt
	return fx, nil
}

// SeedAt returns the seed of the i-th fixture of a sequence started from
// seed, as All uses it: SplitMix64 of seed+i, so that neighbouring
// sequences do not overlap.
func SeedAt(seed uint64, i int) uint64 {
	z := seed + uint64(i)*0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// All yields n fixtures generated with the seeds SeedAt(seed, i) and
// the same options; it stops at the first error (invalid options), which
// it yields with a nil fixture.
func All(seed uint64, n int, opt Options) iter.Seq2[*Fixture, error] {
	return func(yield func(*Fixture, error) bool) {
		for i := range n {
			fx, err := Generate(SeedAt(seed, i), opt)
			if !yield(fx, err) || err != nil {
				return
			}
		}
	}
}

// gen is the state of one generation.
type gen struct {
	r   *rand.Rand
	opt Options
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// chance reports true with probability p.
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// toggle resolves a Toggle, with probability p for Random.
func (g *gen) toggle(t Toggle, p float64) bool {
	switch t {
	case On:
		return true
	case Off:
		return false
	}
	return g.chance(p)
}

func (g *gen) fixture() *Fixture {
	opt, r := g.opt, g.r
	want := &cable.Cable{}

	year := opt.Year
	if year == 0 {
		if g.chance(0.8) {
			year = 2003 + r.IntN(8)
		} else {
			year = 1966 + r.IntN(37)
		}
	}
	origin := lookupPost(opt.Origin)
	if origin == nil {
		if g.chance(0.15) {
			origin = &state
		} else {
			origin = &posts[r.IntN(len(posts))]
		}
	}
	layout := opt.Layout
	if layout == "" {
		layout = cable.LayoutCablegate
		if g.chance(0.15) {
			layout = cable.LayoutReceivedCopy
		}
	}
	vzczc := layout == cable.LayoutCablegate && year >= 2003

	// DTG: Cablegate ends in February 2010.
	months := 12
	if year == 2010 {
		months = 2
	}
	month := time.Month(1 + r.IntN(months))
	days := time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
	dtg := time.Date(year, month, 1+r.IntN(days), r.IntN(24), r.IntN(60), 0, 0, time.UTC)
	h, cls, body := &header.Header{}, &classification.Result{}, &paragraph.Body{}
	want.Header, want.Classification, want.Body = h, cls, body
	h.DTG = &header.DTG{Time: dtg, Zone: "Z"}
	h.DTG.Precedence = pick(r, []header.Precedence{header.PrecedenceImmediate, header.PrecedencePriority,
		header.PrecedenceRoutine, header.PrecedenceImmediate, header.PrecedencePriority, header.PrecedenceRoutine,
		header.PrecedenceFlash})

	level := opt.Level
	if level == marking.LevelUnknown {
		if year >= 1995 {
			level = pick(r, []marking.Level{marking.Unclassified, marking.Confidential,
				marking.Confidential, marking.Confidential, marking.Secret, marking.Secret})
		} else {
			level = pick(r, []marking.Level{marking.Unclassified, marking.LimitedOfficialUse,
				marking.Confidential, marking.Confidential, marking.Secret})
		}
	}
	classified := level.Compare(marking.Confidential) >= 0
	noforn := classified && g.toggle(opt.NoForn, prob(year >= 2000, 0.2))
	cls.Classification = &classification.Classification{Level: level}
	if noforn {
		cls.Classification.Caveats = []string{"NOFORN"}
	}

	// Serial and id.
	serial := 1 + r.IntN(9999)
	if origin == &state {
		serial = 1000 + r.IntN(199000)
	}
	id, err := refs.MakeID(year, origin.station, serial)
	if err != nil {
		panic("cabletest: post table: " + err.Error()) // the table is checked by tests
	}
	want.ReferenceID = id.String()

	// Addressees.
	h.From = &header.Addressee{Name: origin.plad}
	g.addressees(h, origin, vzczc)

	details := h
	if vzczc {
		var tid string
		if g.chance(0.7) {
			tid = fmt.Sprintf("VZCZCXRO%04d", r.IntN(10000))
		} else {
			tid = fmt.Sprintf("VZCZCXYZ%04d", r.IntN(31))
		}
		h.TransmissionID, _ = header.ParseTransmissionID(tid)
		details.DE = &header.DELine{RoutingIndicator: origin.ri, Serial: fmt.Sprintf("%04d", serial%10000),
			Section: 1, DayOfYear: dtg.YearDay(), FilingTime: fmt.Sprintf("%02d%02d", dtg.Hour(), dtg.Minute())}
	}
	if layout == cable.LayoutReceivedCopy {
		details.Received = g.received(dtg)
	}

	// Preamble.
	if layout == cable.LayoutCablegate && year >= 2006 {
		cls.Captions = []classification.Caption{{Kind: classification.CaptionSIPDIS, Text: "SIPDIS"},
			{Kind: classification.CaptionSIPDIS, Text: "SIPDIS"}}
	}
	if noforn {
		cls.Captions = append([]classification.Caption{{Kind: classification.CaptionNOFORN, Text: "NOFORN"}}, cls.Captions...)
	}
	cls.Declassification = g.declassification(dtg, level)
	want.Tags = g.tags(origin, h)
	subject, marking := g.subject(year, level)
	setSubject(body, subject, marking)
	want.References = g.references(year, origin, serial)
	if classified && year >= 1995 {
		cls.ClassifiedBy = g.classifiedBy(dtg)
	}
	g.paragraphs(body, year, level, noforn)
	body.Signers = []string{pick(r, surnames)}

	// Defects.
	var applied Defect
	var warns []diag.Kind
	var deID refs.ID // the id an intact DE serial off from the banner's gives
	if opt.Defects.Has(DefectNoSubject) {
		setSubject(body, "", nil)
		applied |= DefectNoSubject
		warns = append(warns, "no-subject")
	}
	if opt.Defects.Has(DefectSerialMismatch) && details.DE != nil {
		de := (serial + 1 + r.IntN(9998)) % 10000
		details.DE.Serial = fmt.Sprintf("%04d", de)
		applied |= DefectSerialMismatch
		warns = append(warns, "serial-mismatch")
		if origin != &state && de > 0 {
			deID, _ = refs.MakeID(year, origin.station, de)
		}
	}
	if opt.Defects.Has(DefectDayOfYear) && details.DE != nil {
		k := 2 + r.IntN(4)
		if details.DE.DayOfYear+k > 365 {
			k = -k
		}
		details.DE.DayOfYear += k
		applied |= DefectDayOfYear
		warns = append(warns, "day-of-year-mismatch")
	}

	sections := opt.Sections
	if sections == 0 {
		sections = 1
		if n := len(body.Paragraphs); n >= 4 {
			sections = 1 + r.IntN(3)
		}
	}
	w := &cable.Writer{Layout: layout, Sections: sections, PageLines: 25 + r.IntN(30)}
	text, err := w.Text(want)
	if err != nil {
		panic("cabletest: writer rejected a generated cable: " + err.Error())
	}
	if opt.Defects.Has(DefectTagsLabel) {
		if i := strings.Index(text, "\nTAGS: "); i >= 0 {
			text = text[:i] + "\nTAGE: " + text[i+len("\nTAGS: "):]
			applied |= DefectTagsLabel
			warns = append(warns, "label-variant")
		}
	}
	if !deID.IsZero() {
		// An intact DE serial of the same station wins over the banner's
		// (the Department's six-digit serials do not fit the DE line).
		want.ReferenceID = deID.String()
	}
	fx := &Fixture{Layout: layout, Sections: bannerSections(text), Defects: applied, Text: text, Want: want, WantWarnings: warns}
	if fx.Sections > 1 {
		cls.Classification.Section = &classification.Section{Number: 1, Total: fx.Sections}
	}
	return fx
}

// bannerSections reads "SECTION 01 OF nn" from the first banner of text.
func bannerSections(text string) int {
	i := strings.Index(text, " SECTION 01 OF ")
	if i < 0 {
		return 1
	}
	var n int
	if _, err := fmt.Sscanf(text[i+len(" SECTION 01 OF "):], "%d", &n); err != nil || n < 1 {
		return 1
	}
	return n
}

// addressees sets the TO and INFO lists: the Department for a post's
// cable, one or two posts for a STATE cable, and up to four info posts.
func (g *gen) addressees(want *header.Header, origin *post, withRI bool) {
	r := g.r
	used := map[string]bool{origin.station: true}
	addr := func(p *post, prec header.Precedence, serial bool) header.Addressee {
		a := header.Addressee{Name: p.plad, Precedence: prec}
		if withRI {
			a.RoutingIndicator = p.ri
		}
		if serial {
			a.Serial = fmt.Sprintf("%04d", r.IntN(10000))
		}
		used[p.station] = true
		return a
	}
	other := func() *post {
		for {
			p := &posts[r.IntN(len(posts))]
			if !used[p.station] {
				return p
			}
		}
	}
	if origin == &state {
		for range 1 + r.IntN(2) {
			want.To = append(want.To, addr(other(), want.DTG.Precedence, true))
		}
	} else {
		want.To = append(want.To, addr(&state, want.DTG.Precedence, true))
	}
	for range r.IntN(5) {
		prec := pick(r, []header.Precedence{"", "", header.PrecedencePriority, header.PrecedenceRoutine})
		want.Info = append(want.Info, addr(other(), prec, g.chance(0.6)))
	}
}

// received returns the received-copy preamble: PAGE time (processing,
// a few hours after the DTG), action office, distribution list, control
// line.
func (g *gen) received(dtg time.Time) *header.ReceivedCopy {
	r := g.r
	t := dtg.Add(time.Duration(1+r.IntN(20)) * time.Hour)
	rc := &header.ReceivedCopy{
		Page:   &header.PageLine{Time: fmt.Sprintf("%02d%02d%02dZ", t.Day(), t.Hour(), t.Minute())},
		Action: pick(r, actionOffices),
	}
	n := 4 + r.IntN(10)
	for _, i := range r.Perm(len(offices))[:n] {
		rc.Info = append(rc.Info, offices[i])
	}
	rc.InfoTotal = fmt.Sprintf("/%03d W", r.IntN(60))
	ct := t.Add(time.Duration(r.IntN(90)) * time.Minute)
	rc.Control = &header.ControlLine{ID: fmt.Sprintf("%06X", r.IntN(1<<24)),
		Time: fmt.Sprintf("%02d%02d%02dZ", ct.Day(), ct.Hour(), ct.Minute()), Suffix: fmt.Sprintf("/%02d", 10+r.IntN(80))}
	return rc
}

// declassification returns the E.O. line of the era: none before 1972,
// E.O. 11652 GDS, 12065 GDS, 12356 OADR, 12958 with a date (N/A for
// unclassified cables).
func (g *gen) declassification(dtg time.Time, level marking.Level) *classification.Declassification {
	y := dtg.Year()
	switch {
	case y < 1972:
		return nil
	case level == marking.Unclassified:
		eo := "12958"
		switch {
		case y < 1978:
			eo = "11652"
		case y < 1982:
			eo = "12065"
		case y < 1995:
			eo = "12356"
		}
		return &classification.Declassification{ExecutiveOrder: eo, Event: "N/A"}
	case y < 1978:
		return &classification.Declassification{ExecutiveOrder: "11652", Event: "GDS"}
	case y < 1995:
		eo := "12356"
		if y < 1982 {
			eo = "12065"
		}
		return &classification.Declassification{ExecutiveOrder: eo, Event: "OADR"}
	}
	d := dtg.AddDate(10+g.r.IntN(16), 0, 0)
	return &classification.Declassification{ExecutiveOrder: "12958",
		Date: classification.Date{Year: d.Year(), Month: d.Month(), Day: d.Day()}}
}

// tags returns the TAGS: the options' codes, or subject tags and the
// country of the post (of the first action post for STATE cables).
func (g *gen) tags(origin *post, want *header.Header) []tags.Tag {
	codes := g.opt.Tags
	if codes == nil {
		for _, i := range g.r.Perm(len(subjectTags))[:1+g.r.IntN(3)] {
			codes = append(codes, subjectTags[i])
		}
		country := origin.country
		if origin == &state && len(want.To) > 0 {
			if p := postOf(want.To[0].Name); p != nil {
				country = p.country
			}
		}
		if country != "" {
			codes = append(codes, country)
		}
	}
	out := make([]tags.Tag, len(codes))
	for i, c := range codes {
		c = strings.ToUpper(c)
		out[i] = tags.Tag{Code: c, Kind: tags.KindOf(c)}
		if e, ok := tags.Lookup(c); ok {
			out[i].Meaning = e.Meaning
		}
	}
	return out
}

func postOf(plad string) *post {
	for i := range posts {
		if posts[i].plad == plad {
			return &posts[i]
		}
	}
	return nil
}

// subject returns an upper-case subject of four to eleven words, with a
// portion marking on some classified cables of 2005 and later.
func (g *gen) subject(year int, level marking.Level) (string, *marking.Marking) {
	r := g.r
	words := []string{strings.ToUpper(pick(r, adjectives)), strings.ToUpper(pick(r, nouns)),
		pick(r, subjectVerbs), strings.ToUpper(pick(r, nouns))}
	for range r.IntN(8) {
		words = append(words, strings.ToUpper(pick(r, append(nouns, adjectives...))))
	}
	s := strings.Join(words, " ")
	var m *marking.Marking
	if year >= 2005 && level.Compare(marking.Confidential) >= 0 && g.chance(0.25) {
		if mk, ok := marking.ParseMarking("(" + level.Abbrev() + ")"); ok {
			m = &mk
		}
	}
	return s, m
}

// references returns n REF items: cables of the same post and year, of
// STATE, and of other posts of the previous year.
func (g *gen) references(year int, origin *post, serial int) []refs.Reference {
	r := g.r
	n := g.opt.References
	if n < 0 {
		return nil
	}
	if n == 0 {
		n = r.IntN(4)
	}
	var out []refs.Reference
	seen := map[string]bool{}
	for len(out) < n {
		var p *post
		y := year
		switch r.IntN(3) {
		case 0:
			p = origin
		case 1:
			p = &state
		default:
			p = &posts[r.IntN(len(posts))]
			if y > 1966 {
				y--
			}
		}
		s := 1 + r.IntN(9999)
		if p == &state {
			s = 1000 + r.IntN(199000)
		}
		id, err := refs.MakeID(y, p.station, s)
		if err != nil || (y == year && p == origin && s == serial) || seen[id.String()] {
			continue
		}
		seen[id.String()] = true
		text := fmt.Sprintf("%s %d", bannerName(p), s)
		if y != year {
			text = fmt.Sprintf("%02d %s", y%100, text)
		}
		ref := refs.Reference{ID: id.String(), Kind: refs.Cable, Text: text}
		out = append(out, ref)
	}
	if len(out) > 1 {
		for i := range out {
			out[i].Label = string(rune('A' + i))
		}
	}
	return out
}

// bannerName is the spelling of a post in banners and citations: the
// PLAD without its AMEMBASSY/AMCONSUL prefix ("SAN SALVADOR"), STATE.
func bannerName(p *post) string {
	if p == &state {
		return "STATE"
	}
	_, name, _ := strings.Cut(p.plad, " ")
	return name
}

// classifiedBy returns the Classified By line of a classified cable:
// a name and title, reasons 1.4 (from E.O. 13292, March 2003) or 1.5.
func (g *gen) classifiedBy(dtg time.Time) *classification.ClassifiedBy {
	r := g.r
	sur := pick(r, surnames)
	name := fmt.Sprintf("%s %c. %s", pick(r, givenNames), 'A'+rune(r.IntN(26)), sur[:1]+strings.ToLower(sur[1:]))
	section := "1.4"
	if dtg.Before(time.Date(2003, 3, 25, 0, 0, 0, 0, time.UTC)) {
		section = "1.5"
	}
	letters := pick(r, [][]string{{"b", "d"}, {"d"}, {"b", "d"}, {"b", "c", "d"}, {"c"}, {"a", "d"}})
	cb := &classification.ClassifiedBy{Names: []string{name}, Title: pick(r, titles)}
	for _, l := range letters {
		cb.Reasons = append(cb.Reasons, classification.Reason{Section: section, Letter: l,
			Meaning: classification.ReasonMeaning(section, l)})
	}
	return cb
}

// paragraphs sets the numbered paragraphs (and the summary).
func (g *gen) paragraphs(body *paragraph.Body, year int, level marking.Level, noforn bool) {
	r := g.r
	n := g.opt.Paragraphs
	if n == 0 {
		n = 2 + r.IntN(7)
	}
	upper := year < 1995
	summary := g.toggle(g.opt.Summary, prob(n >= 2 && year >= 1990, 0.5))
	for i := range n {
		p := paragraph.Paragraph{Number: i + 1}
		if n == 1 {
			p.Number = 1
		}
		var sents []string
		for range 1 + r.IntN(5) {
			sents = append(sents, g.sentence())
		}
		text := strings.Join(sents, " ")
		if i == 0 && summary {
			body.Summary = text
			text = "SUMMARY: " + text + " END SUMMARY."
		}
		if i == 0 && !summary && upper && level.Compare(marking.Confidential) >= 0 && g.chance(0.5) {
			text = level.String() + " - ENTIRE TEXT."
			p.Marking = &marking.Marking{Raw: level.String() + " - ENTIRE TEXT", Level: level, EntireText: true}
		}
		if upper {
			text = strings.ToUpper(text)
			if i == 0 && summary {
				body.Summary = strings.ToUpper(body.Summary)
			}
		}
		p.Text = text
		if year >= 1995 {
			p.Marking = g.marking(level, noforn)
		}
		if i > 0 && year >= 2000 && g.chance(0.15) {
			p.Heading = pick(r, headings)
		}
		body.Paragraphs = append(body.Paragraphs, p)
	}
}

// levelsByRank lists the levels by their rank (marking.Level.Rank).
var levelsByRank = [...]marking.Level{marking.LevelUnknown, marking.Unclassified, marking.LimitedOfficialUse,
	marking.Confidential, marking.Secret, marking.TopSecret}

// marking returns a portion marking no higher than the cable's level.
func (g *gen) marking(level marking.Level, noforn bool) *marking.Marking {
	r := g.r
	if level == marking.Unclassified || level == marking.LimitedOfficialUse {
		if g.chance(0.5) {
			return &marking.Marking{Raw: "(SBU)", Level: marking.Unclassified, Controls: []string{"SBU"}}
		}
		return &marking.Marking{Raw: "(U)", Level: marking.Unclassified}
	}
	l := level
	if g.chance(0.3) {
		l = levelsByRank[2+r.IntN(level.Rank()-1)] // U..level, skipping LOU
		if l == marking.LimitedOfficialUse {
			l = marking.Unclassified
		}
	}
	m := &marking.Marking{Level: l}
	if noforn && l == level && g.chance(0.5) {
		m.Controls = []string{"NF"}
		m.Raw = "(" + l.Abbrev() + "/NF)"
		return m
	}
	m.Raw = "(" + l.Abbrev() + ")"
	return m
}

// sentence builds one sentence from the word lists.
func (g *gen) sentence() string {
	r := g.r
	var s string
	switch r.IntN(4) {
	case 0:
		s = fmt.Sprintf("The %s %s %s the %s %s", pick(r, adjectives), pick(r, nouns), pick(r, verbs), pick(r, adjectives), pick(r, nouns))
	case 1:
		s = fmt.Sprintf("%s officials said the %s %s the %s plan", capitalize(pick(r, adjectives)), pick(r, nouns), pick(r, verbs), pick(r, nouns))
	case 2:
		s = fmt.Sprintf("According to our contacts, the %s %s the %s %s for the %s", pick(r, nouns), pick(r, verbs), pick(r, adjectives), pick(r, nouns), pick(r, nouns))
	default:
		s = fmt.Sprintf("The %s and the %s %s the %s %s of the %s", pick(r, nouns), pick(r, nouns), pick(r, verbs), pick(r, adjectives), pick(r, nouns), pick(r, nouns))
	}
	return s + "."
}

// capitalize upper-cases the first letter of an ASCII word.
func capitalize(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

// prob returns p when cond holds, else 0.
func prob(cond bool, p float64) float64 {
	if cond {
		return p
	}
	return 0
}

// setSubject sets the body's subject line as a parsed body holds it: the
// portion marking, then the text.
func setSubject(b *paragraph.Body, text string, m *marking.Marking) {
	b.Subject, b.SubjectMarking = text, m
	if m != nil && text != "" {
		b.Subject = "(" + m.String() + ") " + text
	}
}
