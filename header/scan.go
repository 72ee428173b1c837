package header

import (
	"errors"
	"strings"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/lexicon"
)

const partialMarker = "This record is a partial extract of the original cable"

// partialProbe is a piece of partialMarker that is rare in cables, and
// starts with a rare byte, so that strings.Index finds it fast: a line
// that holds the marker holds it too.
const partialProbe = "xtract"

// maxPreambleJunk bounds the unknown lines tolerated before the DTG/FM
// lines; past it the anchor is taken to be a false hit and parsing stops.
const maxPreambleJunk = 12

type phase int

const (
	phasePreamble phase = iota // FL1-FL4, received-copy preamble
	phaseAddress               // after the DTG or FM: FM/TO/INFO/XMT blocks
)

// scanner holds the state of one Parse call.
type scanner struct {
	h     *Header
	phase phase
	block string // current addressee keyword: TO, INFO, XMT
	// owner of XMT exemptions: list ("TO"/"INFO") and index, "" when none
	ownerList string
	ownerIdx  int
	junk      int // unknown lines in the preamble
	inOffice  bool
	lastRel   bool       // previous line was FL2 or its continuation
	offices   officeList // the received copy's distribution list, for its Info
	// readBody makes findStart read every line of a text's body instead
	// of skipping to the lines that may hold VZCZC or partialMarker; the
	// tests set it to check that the skip changes nothing.
	readBody bool
}

func (s *scanner) warn(line int, field string, kind diag.Kind, msg string) {
	s.h.Warnings = append(s.h.Warnings, diag.Warning{Line: line, Part: part, Field: field, Kind: kind, Message: msg})
}

// warnErr records err as a warning that carries it.
func (s *scanner) warnErr(kind diag.Kind, err error) {
	w := diag.Warning{Part: part, Kind: kind, Message: err.Error(), Err: err}
	if pe, ok := errors.AsType[*diag.ParseError](err); ok {
		w.Line, w.Field, w.Message, w.Err = pe.Line, pe.Field, "", pe.Err
		if pe.Err != nil {
			w.Message = pe.Err.Error()
		}
	}
	s.h.Warnings = append(s.h.Warnings, w)
}

// part is the Part of this package's warnings.
const part = "header"

// anchor kinds found by findStart.
type anchor int

const (
	anchorNone anchor = iota
	anchorFL1
	anchorPage
	anchorOffice
	anchorDTG
	anchorAddress
)

// findStart looks for the first line of the header. It returns a reader
// positioned at that line. VZCZC is searched in the whole text; the weaker
// anchors (PAGE 01, office lists, DTG lines) only before the first line
// that clearly belongs to a cable body.
func (s *scanner) findStart(r lineReader) (lineReader, anchor) {
	firstNonBlank := true
	inBody := false
	// Only a line that ends past the first "ZCZC" can hold a "VZCZC": the
	// others are not searched (most texts have none, or on line 1). Its
	// rare first byte lets strings.Index skip through a text fast.
	vz := r.firstFrom("ZCZC")
	pm := -1 // offset of the next partialProbe, once in the body
	for {
		if inBody && !s.readBody {
			// In the body only a line that holds VZCZC or the partial
			// marker is looked at: skip to the next line that may hold
			// one, if any.
			if vz < r.pos {
				vz = r.firstFrom("ZCZC")
			}
			if pm < r.pos {
				pm = r.firstFrom(partialProbe)
			}
			next := min(vz, pm)
			if next == len(r.text) {
				return r, anchorNone
			}
			r.skipLinesBefore(next)
		}
		at := r
		line, num, ok := r.next()
		if !ok {
			return r, anchorNone
		}
		t := trimSpace(line)
		if t == "" {
			continue
		}
		isFirst := firstNonBlank
		firstNonBlank = false
		c := t[0]
		if !inBody && c >= 'F' && c <= 'W' {
			s.noteDateline(t, num)
		}
		if c == 'T' && strings.HasPrefix(t, partialMarker) {
			s.h.Partial = true
			continue
		}
		if r.pos > vz && strings.Contains(t, "VZCZC") && vzczcIndex(t) >= 0 {
			return at, anchorFL1
		}
		if inBody {
			continue
		}
		switch {
		case c == 'P' && isPageStart(t):
			if t[5] == '0' && t[6] == '1' {
				return at, anchorPage
			}
		case (c == 'A' || c == 'O' || c == 'I') && officeLine(t):
			return at, anchorOffice
		case isDTGLine(t) || isBareDTGLine(t):
			return at, anchorDTG
		case isFirst && (c == 'F' || c == 'T' || c == 'I' || c == 'X'):
			if kw, rest := cutKeyword(t); kw != "" && looksLikeAddress(collapse(rest)) {
				return at, anchorAddress
			}
		}
		if isBodyLine(t) {
			inBody = true
		}
	}
}

// plausibleFirstWords are the first words of common PLADs; a text that
// starts with a TO/INFO/FM line is taken as a header only when its address
// looks like one (so that "TO THE MINISTER ..." in a body fragment is not).
var plausibleFirstWords = map[string]bool{
	"AMEMBASSY": true, "AMCONSUL": true, "SECSTATE": true, "USMISSION": true, "USINT": true,
	"USDEL": true, "USEU": true, "USNATO": true, "USUN": true, "USLO": true, "ALL": true,
	"SECDEF": true, "CIA": true, "NSC": true, "DIA": true, "JOINT": true, "FBI": true,
	"DEPT": true, "AIT": true, "AMEMB": true, "XMT": true, "PAGE": true, "USOFFICE": true,
}

// looksLikeAddress reports whether s (after FM/TO/INFO) looks like an
// addressee: an RI prefix, a trailing precedence or serial, or a common
// PLAD first word.
func looksLikeAddress(s string) bool {
	if s == "" || hasLower(s) {
		return false
	}
	if i := strings.IndexByte(s, '/'); i > 0 && (s[:i] == "ZEN" || s[:i] == "XMT" || isRI(s[:i])) {
		return true
	}
	first, _ := cutWord(s)
	if plausibleFirstWords[first] {
		return true
	}
	last := s[strings.LastIndexByte(s, ' ')+1:]
	_, _, isPrec := precedenceWord(last)
	return isPrec || isSerial(last)
}

// isBodyLine reports lines that only occur in a cable body: the E.O.,
// TAGS, SUBJECT, REF and Classified By lines, a numbered paragraph or a
// pilcrow, a letter-spaced or section banner, "BT".
func isBodyLine(t string) bool {
	switch t[0] {
	case 'E':
		return lexicon.EOLine(t)
	case 'T':
		return lexicon.TagsLine(t)
	case 'S':
		return lexicon.SubjectLine(t) || strings.HasPrefix(t, "S E C R E T") || strings.HasPrefix(t, "SECTION ")
	case 'C':
		return strings.HasPrefix(t, "C O N F") || strings.HasPrefix(t, "CLASSIFIED BY") || strings.HasPrefix(t, "Classified By")
	case 'U':
		return strings.HasPrefix(t, "UNCLAS ") || strings.HasPrefix(t, "UNCLAS SECTION") || t == "UNCLAS"
	case 'L':
		return strings.HasPrefix(t, "LIMITED OFFICIAL USE ")
	case 'R':
		return strings.HasPrefix(t, "REF:") || strings.HasPrefix(t, "REFS:") || strings.HasPrefix(t, "REFTEL")
	case 'B':
		return t == "BT"
	case "¶"[0]:
		return strings.HasPrefix(t, "¶")
	}
	return lexicon.ParagraphLine(t)
}

// run parses from the anchor to the end of the header block.
func (s *scanner) run(r lineReader) {
	start := r
	r, kind := s.findStart(r)
	if kind == anchorNone {
		s.flattened(start)
		return
	}
	if kind == anchorAddress {
		s.phase = phaseAddress
	}
	for {
		save := r
		line, num, ok := r.next()
		if !ok {
			return
		}
		t := cleanLine(line)
		if t == "" {
			if s.phase == phaseAddress && !s.continuesAfterBlank(r) {
				s.datelineAfter(r)
				return
			}
			continue
		}
		if !s.line(t, num, r) {
			s.datelineAfter(save)
			return
		}
	}
}

// mark records num as a header line.
func (s *scanner) mark(num int) {
	if s.h.StartLine == 0 {
		s.h.StartLine = num
	}
	s.h.EndLine = num
}

// line handles one non-blank, collapsed line; it returns false when the
// header has ended before this line. r is positioned after the line (for
// look-ahead).
func (s *scanner) line(t string, num int, r lineReader) bool {
	h := s.h
	wasRel := s.lastRel
	s.lastRel = false
	wasOffice := s.inOffice
	s.inOffice = false

	// Lines that are recognised in any phase.
	switch {
	case strings.Contains(t, "VZCZC") && vzczcIndex(t) >= 0:
		if h.TransmissionID != nil || s.phase == phaseAddress {
			return false // the next cable's header
		}
		id, err := parseTransmissionID(t, num)
		if err != nil {
			s.warnErr(WarnMalformedLine, err)
		} else {
			h.TransmissionID = id
		}
		s.mark(num)
		return true
	case isDTGLine(t) || isBareDTGLine(t):
		if h.DTG != nil || h.From != nil {
			if s.phase == phaseAddress {
				return false
			}
			s.warn(num, "DTG", WarnDuplicateLine, "second DTG line ignored: "+clip(t))
			s.mark(num)
			return true
		}
		parse := parseDTG
		if isDigit(t[0]) {
			parse = parseBareDTG
		}
		d, h2400, err := parse(t, num)
		if err != nil {
			s.warnErr(WarnInvalidDTG, err)
		} else {
			h.DTG = d
			if h2400 {
				s.warn(num, "DTG", WarnMidnight2400, "time 2400 read as 0000 of the next day")
			}
			if d.InfoPrecedence.Rank() > d.Precedence.Rank() {
				s.warn(num, "DTG", WarnInfoPrecedenceHigher, "info precedence "+string(d.InfoPrecedence)+" is higher than action precedence "+string(d.Precedence))
			}
		}
		s.phase = phaseAddress
		s.mark(num)
		return true
	}

	if s.phase == phasePreamble {
		return s.preamble(t, num, r, wasRel, wasOffice)
	}
	return s.address(t, num, r, wasOffice)
}

// preamble handles FL2-FL4 and the received-copy preamble. r is
// positioned after the line.
func (s *scanner) preamble(t string, num int, r lineReader, wasRel, wasOffice bool) bool {
	h := s.h
	c := t[0]
	switch {
	case c == 'D' && strings.HasPrefix(t, "DE "):
		if h.DE != nil {
			s.warn(num, "DE line", WarnDuplicateLine, "second DE line ignored")
			break
		}
		d, err := parseDE(t, num)
		if err != nil {
			s.warnErr(WarnMalformedLine, err)
		}
		h.DE = d
		if d != nil && isSecurityLine(d.Trailer) && h.Security == nil {
			// FL4 glued to FL3.
			sl, err := parseSecurity(d.Trailer, num)
			if err != nil {
				s.warnErr(WarnMalformedLine, err)
			}
			h.Security, d.Trailer = sl, ""
		}
	case c == 'Z' && isSecurityLine(t):
		if h.Security != nil {
			s.warn(num, "security line", WarnDuplicateLine, "second security line ignored")
			break
		}
		sl, err := parseSecurity(t, num)
		if err != nil {
			s.warnErr(WarnMalformedLine, err)
		}
		h.Security = sl
	case h.Relay == nil && h.DE == nil && isRelayLine(t):
		rel, err := parseRelay(t, num)
		if err != nil {
			s.warnErr(WarnMalformedLine, err)
			break
		}
		h.Relay = rel
		s.lastRel = true
	case wasRel && isRIList(t):
		h.Relay.RoutingIndicators = appendRIs(h.Relay.RoutingIndicators, t)
		s.lastRel = true
	case c == 'P' && isPageStart(t):
		pl, rest, err := parsePage(t, num)
		if err != nil {
			s.warnErr(WarnMalformedLine, err)
			break
		}
		rc := s.received()
		if rc.Page == nil {
			rc.Page = pl
		}
		if rest != "" {
			rc.Other = append(rc.Other, rest)
		}
	case officeLine(t):
		kw, rest := cutWord(t)
		rc := s.received()
		switch kw {
		case "ACTION":
			rc.Action = firstWord(rest)
		case "ORIGIN":
			rc.Origin = firstWord(rest)
		default:
			s.addOffices(rest)
		}
		s.inOffice = true
	case wasOffice && lexicon.OfficeContinuation(t):
		s.addOffices(t)
		s.inOffice = true
	case c == '-' && isControlLine(t):
		cl, err := parseControl(t, num)
		if err != nil {
			s.warnErr(WarnMalformedLine, err)
		}
		s.received().Control = cl
	default:
		if kw, rest := cutKeyword(t); kw != "" && !hasLower(rest) {
			// FM/TO/INFO without a DTG line.
			s.phase = phaseAddress
			return s.address(t, num, r, false)
		}
		if isBodyLine(t) || lexicon.ClassificationLine(t) && h.Received == nil && h.TransmissionID == nil {
			return false
		}
		s.junk++
		if s.junk > maxPreambleJunk {
			return false
		}
		if h.Received != nil {
			h.Received.Other = append(h.Received.Other, t)
		} else if !lexicon.ClassificationLine(t) {
			s.warn(num, "header", WarnUnexpectedLine, "line skipped: "+clip(t))
		}
		return true // not marked: EndLine stays on the last recognised line
	}
	s.mark(num)
	return true
}

func firstWord(s string) string {
	w, _ := cutWord(s)
	return w
}

func (s *scanner) received() *ReceivedCopy {
	if s.h.Received == nil {
		s.h.Received = &ReceivedCopy{}
	}
	return s.h.Received
}

// address handles FM/TO/INFO/XMT lines and their continuations. r is
// positioned after the line, for look-ahead.
func (s *scanner) address(t string, num int, r lineReader, wasOffice bool) bool {
	h := s.h
	if hasLower(t) || isBodyLine(t) {
		return false
	}
	if lexicon.ClassificationLine(t) {
		// Page break inside the address block: footer, header, PAGE line.
		if nextIsPage(r) {
			return true
		}
		return false
	}
	if lexicon.BannerLine(t) || lexicon.LetterSpaced(t) {
		// The banner right after the last addressee, no blank line
		// between them (copies that drop blank lines).
		return false
	}
	if isPageStart(t) {
		if rest, ok := stripPage(t); ok {
			if rest == "" {
				return true
			}
			t = rest
		}
	}
	if isControlLine(t) {
		return true
	}
	if officeLine(t) {
		s.inOffice = true
		return true
	}
	if wasOffice && lexicon.OfficeContinuation(t) {
		s.inOffice = true
		return true
	}
	kw, rest := cutKeyword(t)
	if kw == kwFM {
		if h.From != nil || len(h.To) > 0 {
			return false
		}
		s.mark(num)
		if rest == "" {
			s.warn(num, "FM", WarnMalformedLine, "FM line without originator")
			return true
		}
		a, typo, err := parseAddressee(rest, num)
		if err != nil {
			s.warnErr(WarnMalformedLine, err)
			return true
		}
		s.noteTypo(typo, num, "FM")
		h.From = &a
		return true
	}
	if kw != "" {
		if kw == kwTO && (len(h.To) > 0 || len(h.Info) > 0) && s.block != kwTO {
			// A second TO block after INFO: a new header or body text.
			if !strings.HasPrefix(rest, "PAGE ") {
				return false
			}
		}
		// "INFO XMT FOOBAR": a second keyword on the same line.
		if k2, r2 := cutKeyword(rest); k2 == kwXMT {
			kw, rest = k2, r2
		}
		if kw == kwXMT && s.block != kwXMT {
			s.ownerList, s.ownerIdx = s.exemptionOwner()
		}
		s.block = kw
		t = rest
		if isPageStart(t) {
			if r2, ok := stripPage(t); ok {
				t = r2
			}
		}
	} else if s.block == "" {
		// Continuation of FM (never seen) or a stray line: treat as TO.
		s.block = kwTO
	}
	s.mark(num)
	if t == "" {
		return true
	}
	a, typo, err := parseAddressee(t, num)
	if err != nil {
		s.warnErr(WarnMalformedLine, err)
		return true
	}
	s.noteTypo(typo, num, s.block)
	parts, n := s.repairMonth(a, s.block)
	for _, a := range parts[:n] {
		switch s.block {
		case kwTO:
			if h.To == nil {
				h.To = make([]Addressee, 0, blockSize(r))
			}
			h.To = append(h.To, a)
		case kwINFO:
			if h.Info == nil {
				h.Info = make([]Addressee, 0, blockSize(r))
			}
			h.Info = append(h.Info, a)
		case kwXMT:
			h.Exempt = append(h.Exempt, a)
			if o := s.owner(); o != nil {
				o.Excluded = append(o.Excluded, a.Name)
			}
		}
	}
	return true
}

// exemptionOwner picks the addressee that following XMT lines exempt
// members from: the most recent collective (a name containing
// "COLLECTIVE"), else the last addressee of the block before XMT.
func (s *scanner) exemptionOwner() (string, int) {
	h := s.h
	lists := [...]struct {
		kw   string
		list []Addressee
	}{{kwINFO, h.Info}, {kwTO, h.To}}
	if s.block == kwTO {
		lists[0], lists[1] = lists[1], lists[0]
	}
	for _, l := range lists {
		for i := len(l.list) - 1; i >= 0; i-- {
			if strings.Contains(l.list[i].Name, "COLLECTIVE") {
				return l.kw, i
			}
		}
	}
	switch {
	case s.block == kwTO && len(h.To) > 0:
		return kwTO, len(h.To) - 1
	case s.block == kwINFO && len(h.Info) > 0:
		return kwINFO, len(h.Info) - 1
	}
	return "", 0
}

// owner returns the addressee XMT exemptions are attached to, or nil.
func (s *scanner) owner() *Addressee {
	switch s.ownerList {
	case kwTO:
		if s.ownerIdx < len(s.h.To) {
			return &s.h.To[s.ownerIdx]
		}
	case kwINFO:
		if s.ownerIdx < len(s.h.Info) {
			return &s.h.Info[s.ownerIdx]
		}
	}
	return nil
}

func (s *scanner) noteTypo(typo string, num int, field string) {
	if typo != "" {
		s.warn(num, field, WarnPrecedenceTypo, "precedence "+typo+" read as the nearest precedence word")
	}
}

// continuesAfterBlank decides whether a blank line inside the address block
// ends the header: it continues only if the next non-blank line is clearly
// header material (an RI/PLAD line, a keyword line, a received-copy page
// header or office list).
func (s *scanner) continuesAfterBlank(r lineReader) bool {
	for {
		line, _, ok := r.next()
		if !ok {
			return false
		}
		t := cleanLine(line)
		if t == "" {
			continue
		}
		if hasLower(t) || isBodyLine(t) {
			return false
		}
		if i := strings.IndexByte(t, '/'); i > 0 && isRI(t[:i]) {
			return true
		}
		if lexicon.ClassificationLine(t) {
			return nextIsPage(r)
		}
		if isPageStart(t) || officeLine(t) {
			return true
		}
		if kw, rest := cutKeyword(t); kw == kwINFO || kw == kwXMT || (kw == kwTO && strings.HasPrefix(rest, "PAGE ")) {
			return rest != "" || kw == kwXMT
		}
		return false
	}
}

// nextIsPage reports whether a PAGE line follows within the next three
// non-blank lines (a received-copy page break).
func nextIsPage(r lineReader) bool {
	for n := 0; n < 3; {
		line, _, ok := r.next()
		if !ok {
			return false
		}
		t := cleanLine(line)
		if t == "" {
			continue
		}
		if isPageStart(t) {
			return true
		}
		if !lexicon.ClassificationLine(t) {
			return false
		}
		n++
	}
	return false
}
