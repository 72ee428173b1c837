package cable

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/internal/layout"
	"github.com/cablemeta/cablemeta/refs"
)

// WarnIDFromHeader: the reference id takes its origin or serial from the
// telegraphic header (FM line, DE line) or a page-break line because the
// banner lacks it, is damaged, or disagrees with the other sources.
const WarnIDFromHeader diag.Kind = "id-from-header"

// idEvidence is what the parts of a cable say about its origin and serial.
// The FM and DE stations are looked up only when the banner does not
// settle the id (stations).
type idEvidence struct {
	banner       *classification.Classification
	bannerOrigin string // banner origin fit for an id, "" when absent or damaged
	h            *header.Header
	looked       bool   // fm and de are set
	fm, de       string // stations of the FM line and the DE routing indicator
	deSerial     int    // DE serial, the last deWidth digits of the serial
	deWidth      int
	deLine       int
	pages        []pageSerial // page-break lines
}

// stations looks up the FM and DE stations once.
func (ev *idEvidence) stations() {
	if ev.looked {
		return
	}
	ev.looked = true
	if ev.h == nil {
		return
	}
	if ev.h.From != nil {
		ev.fm = pladStation(ev.h.From.Name)
	}
	if ev.h.DE != nil {
		ev.de = pladStation(ev.h.DE.Station)
	}
}

// pageSerial is the origin and serial of a page-break line.
type pageSerial struct {
	origin string
	serial int
	line   int
}

// setReferenceID builds the Cablegate id from the DTG year and the origin
// and serial the cable's sources agree on: the banner, the page-break
// lines, the DE line (serial and routing indicator) and the FM line. The
// banner is taken when nothing contradicts it; a damaged or missing banner
// origin or serial is taken from the other sources, with a warning.
// Without a year, an origin or a serial there is no id: it is never guessed.
func (c *Cable) setReferenceID(year int, r *classification.Result, body string, lay *layout.Layout) {
	ev := c.idEvidence(r, body, lay)
	origin, oSrc := ev.origin()
	if year == 0 || origin == "" {
		return
	}
	serial, sSrc, line := ev.serial(origin)
	if serial == 0 {
		return
	}
	id, err := refs.MakeID(year, origin, serial)
	if err != nil {
		c.addWarning(diag.Warning{Line: line, Part: "cable", Field: "reference id", Kind: WarnInvalidReferenceID, Message: err.Error(), Err: err})
		return
	}
	c.ReferenceID = id.String()
	// A DE serial taken over the banner's is reported by crossCheck
	// (WarnSerialMismatch); any other source than the banner here.
	if oSrc != "banner" || sSrc != "banner" && sSrc != "DE line" {
		msg := fmt.Sprintf("origin from the %s, serial from the %s", oSrc, sSrc)
		if b := ev.banner; b != nil && b.Origin != "" {
			msg += fmt.Sprintf("; the banner %q gives %s %s", b.Banner, b.Origin, b.Serial)
		}
		if line == 0 && ev.banner != nil {
			line = ev.banner.Line
		}
		c.addWarning(diag.Warning{Line: line, Part: "cable", Field: "reference id", Kind: WarnIDFromHeader, Message: msg})
	}
}

// idEvidence gathers the sources of the id.
func (c *Cable) idEvidence(r *classification.Result, body string, lay *layout.Layout) idEvidence {
	ev := idEvidence{h: c.Header}
	if r != nil && r.Classification != nil && r.Classification.Origin != "" {
		ev.banner = r.Classification
		ev.bannerOrigin = idOrigin(ev.banner.Origin)
	}
	if h := c.Header; h != nil && h.DE != nil {
		d := h.DE
		if n, err := strconv.Atoi(d.Serial); err == nil && n > 0 && len(d.Serial) >= 3 && len(d.Serial) <= 6 {
			ev.deSerial, ev.deWidth, ev.deLine = n, len(d.Serial), d.Line
		}
	}
	ev.pages = pageSerials(body, lay)
	return ev
}

// origin returns the origin and its source: the banner's unless it is
// damaged or missing, then the FM line's station, then the DE line's. A
// banner origin that is no known station yields to a known station the FM
// line gives and the DE line does not contradict.
func (ev *idEvidence) origin() (string, string) {
	if ev.bannerOrigin != "" && refs.KnownStation(ev.bannerOrigin) {
		return ev.bannerOrigin, "banner"
	}
	ev.stations()
	header := ev.fm
	if header == "" || ev.de != "" && ev.de != ev.fm && refs.KnownStation(ev.de) {
		header = ""
	}
	switch {
	case ev.bannerOrigin != "" && !refs.KnownStation(ev.bannerOrigin) && refs.KnownStation(header):
		// A banner origin no station spells ("QRIPOLI") yields to the
		// station FM and DE lines agree on.
		return header, "FM line"
	case ev.bannerOrigin != "":
		return ev.bannerOrigin, "banner"
	case ev.fm != "":
		return ev.fm, "FM line"
	case ev.de != "":
		return ev.de, "DE line"
	}
	for _, p := range ev.pages {
		return p.origin, "page break"
	}
	return "", ""
}

// serial returns the serial the sources agree on, its source and line.
// A full serial (banner, page break) that ends in the DE serial is taken;
// when none does, an intact DE serial of the same station wins, except for
// the Department, whose six-digit serials the DE line cuts to four.
func (ev *idEvidence) serial(origin string) (int, string, int) {
	var full []pageSerial
	bannerSerial := 0
	if b := ev.banner; b != nil && b.SerialNumber > 0 && b.SerialNumber <= maxIDSerial && idOrigin(b.Origin) != "" {
		bannerSerial = b.SerialNumber
		full = append(full, pageSerial{origin, b.SerialNumber, b.Line})
	}
	for _, p := range ev.pages {
		if sameStation(p.origin, origin) && p.serial <= maxIDSerial {
			full = append(full, p)
		}
	}
	if ev.deWidth > 0 {
		mod := 1
		for range ev.deWidth {
			mod *= 10
		}
		for i, f := range full {
			if f.serial%mod == ev.deSerial {
				if i == 0 && bannerSerial > 0 {
					return f.serial, "banner", f.line
				}
				return f.serial, "page break", f.line
			}
		}
		// No full serial agrees: an intact DE serial of the same
		// station is the serial.
		ev.stations()
		deOK := sameStation(ev.de, origin) || ev.de == "" && sameStation(ev.fm, origin)
		if deOK && origin != "STATE" {
			return ev.deSerial, "DE line", ev.deLine
		}
	}
	if len(full) > 0 {
		f := full[0]
		if bannerSerial > 0 {
			return f.serial, "banner", f.line
		}
		return f.serial, "page break", f.line
	}
	return 0, "", 0
}

// maxIDSerial bounds a serial read from a banner or page-break line: the
// Department's serials have six digits, so a longer one is damaged
// ("BISHKEK 10061021 001.2 OF 002" for serial 1021).
const maxIDSerial = 999999

// sameStation reports whether two origins name the same station.
func sameStation(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return a == b || idOrigin(a) == idOrigin(b)
}

// postWords are the words before a post's name in a PLAD ("AMEMBASSY
// PARIS", "USMISSION GENEVA") and in a few banners.
var postWords = map[string]bool{
	"AMEMBASSY": true, "AMCONSUL": true, "AMCONGEN": true, "USMISSION": true,
	"USINT": true, "USLO": true, "USOFFICE": true, "AMEMB": true, "EMBASSY": true,
}

// idOrigin returns the banner origin fit for an id, letters only: "" for
// a redacted origin ("XXXXXXXXXXXX"), a SECTION word garbled into the
// origin ("SCTION", "ECTION", "03QRIPOLI") or an origin with digits. A
// post word before an unknown name is read as a PLAD ("USMISSION NATO"
// gives USNATO, the id WikiLeaks uses for that post).
func idOrigin(o string) string {
	o = strings.TrimSpace(o)
	if o == "" || strings.ContainsAny(o, "0123456789") {
		return ""
	}
	c := o
	if !upperLetters(o) {
		c = strings.ToUpper(strings.Join(strings.Fields(o), ""))
	}
	if strings.Trim(c, "X") == "" || nearSection(c) {
		return ""
	}
	if c != o && strings.IndexByte(o, ' ') > 0 && postWords[strings.ToUpper(o[:strings.IndexByte(o, ' ')])] {
		if st := pladStation(o); st != "" {
			return st
		}
	}
	return c
}

// upperLetters reports whether s is made of upper-case ASCII letters only
// (most origins: "BEIJING").
func upperLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// nearSection reports whether c is the word SECTION with a letter or two
// lost or changed ("SCTION", "ECTION", "SECTIN").
func nearSection(c string) bool {
	if len(c) < 5 || len(c) > 8 {
		return false
	}
	const w = "SECTION"
	common := 0
	for i, j := 0, 0; i < len(c) && j < len(w); {
		switch {
		case c[i] == w[j]:
			common++
			i++
			j++
		case len(c)-i > len(w)-j:
			i++
		default:
			j++
		}
	}
	return common >= 5
}

// pladStation returns the id station of a PLAD ("AMEMBASSY MEXICO" ->
// MEXICO, "SECSTATE WASHDC" -> STATE, "USMISSION USNATO" -> USNATO,
// "AMEMBASSY TRIPOLI LY" -> TRIPOLI), or "": the post words are dropped and
// the longest run of leading words that is a known station is taken; a
// mission whose "US" form is a known station takes it ("USMISSION NATO").
func pladStation(name string) string {
	name, _, _ = strings.Cut(name, "//")
	f := strings.Fields(strings.ToUpper(name))
	mission, stripped := false, false
	for len(f) > 1 && postWords[f[0]] {
		mission = mission || f[0] == "USMISSION"
		f, stripped = f[1:], true
	}
	if len(f) == 0 {
		return ""
	}
	if st, ok := refs.CanonicalStation(strings.Join(f, "")); ok {
		return st
	}
	if mission {
		if st, ok := refs.CanonicalStation("US" + strings.Join(f, "")); ok {
			return st
		}
	}
	for k := len(f) - 1; k >= 1; k-- {
		if st, ok := refs.CanonicalStation(strings.Join(f[:k], "")); ok {
			return st
		}
	}
	if stripped && idOrigin(strings.Join(f, " ")) != "" {
		return strings.Join(f, "") // a post the table does not know
	}
	return ""
}

// pageSerials returns the origin and serial of the page-break lines that
// the layout pass found alone on their lines ("TRIPOLI 00000133 001.2 OF
// 002"), at most eight.
func pageSerials(body string, lay *layout.Layout) []pageSerial {
	var out []pageSerial
	for sp := range lay.All(layout.PageBreak) {
		if !sp.Alone || sp.N <= 0 {
			continue
		}
		origin := body[sp.Start:sp.End]
		if k := strings.IndexAny(origin, "0123456789"); k > 0 {
			origin = idOrigin(origin[:k])
		} else {
			origin = ""
		}
		if origin != "" {
			out = append(out, pageSerial{origin, sp.N, sp.Line})
		}
		if len(out) == 8 {
			break
		}
	}
	return out
}
