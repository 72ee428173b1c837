package cable

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/marking"
)

// Kinds of the warnings made by the cross-checks of this package (Part
// "cable").
const (
	// WarnSerialMismatch: the DE line's station serial is not the last
	// digits of the banner serial.
	WarnSerialMismatch diag.Kind = "serial-mismatch"
	// WarnSectionMismatch: the DE line's section is not the banner's
	// "SECTION nn OF mm".
	WarnSectionMismatch diag.Kind = "section-mismatch"
	// WarnPublishedIDMismatch: the publisher's reference id differs from
	// the one the cable text gives.
	WarnPublishedIDMismatch diag.Kind = "published-id-mismatch"
	// WarnNoBody: the telegraphic header is not followed by any text.
	WarnNoBody diag.Kind = "no-body"
	// WarnInvalidReferenceID: the banner's origin and serial do not make
	// a valid reference id.
	WarnInvalidReferenceID diag.Kind = "invalid-reference-id"
	// WarnPartError: a part's parser returned an error (the warning
	// carries it in Err); what it read before is kept.
	WarnPartError diag.Kind = "part-error"
)

// crossCheck compares parts that must agree and records each disagreement.
func (c *Cable) crossCheck(r *classification.Result) {
	c.levelWithoutBanner(r)
	banner := bannerOf(r)
	h := c.Header
	if h != nil && h.DE != nil && banner != nil {
		line := h.DE.Line
		if de, err := strconv.Atoi(h.DE.Serial); err == nil && banner.SerialNumber > 0 && len(h.DE.Serial) < 10 {
			mod := 1
			for range len(h.DE.Serial) {
				mod *= 10
			}
			if banner.SerialNumber%mod != de {
				c.addWarning(diag.Warning{Line: line, Part: "cable", Field: "DE line", Kind: WarnSerialMismatch,
					Message: fmt.Sprintf("DE serial #%s does not match banner serial %s", h.DE.Serial, banner.Serial)})
			}
		}
		if h.DE.Section > 0 && banner.Section != nil && banner.Section.Number != h.DE.Section {
			c.addWarning(diag.Warning{Line: line, Part: "cable", Field: "DE line", Kind: WarnSectionMismatch,
				Message: fmt.Sprintf("DE section /%02d but banner says SECTION %02d OF %02d", h.DE.Section, banner.Section.Number, banner.Section.Total)})
		}
	}
	c.checkLevels(banner)
	if c.Published != nil && c.Published.ReferenceID != "" && c.ReferenceID != "" &&
		!strings.EqualFold(c.Published.ReferenceID, c.ReferenceID) {
		c.addWarning(diag.Warning{Part: "cable", Field: "reference id", Kind: WarnPublishedIDMismatch,
			Message: fmt.Sprintf("publisher's id %s, cable text gives %s", c.Published.ReferenceID, c.ReferenceID)})
	}
}

// checkLevels compares the banner level with the security line (FL4) and
// with the highest portion marking of the paragraphs
// (classification.Compare), and gives each finding the line it concerns.
func (c *Cable) checkLevels(banner *classification.Classification) {
	var bannerLevel, secLevel marking.Level
	if banner != nil {
		bannerLevel = banner.Level
	}
	secLine := 0
	if h := c.Header; h != nil && h.Security != nil {
		secLevel, secLine = h.Security.Level, h.Security.Line
	}
	var top marking.Level
	topLine := 0
	for _, p := range c.Paragraphs() {
		if p.Marking != nil && p.Marking.Level.Compare(top) > 0 {
			top, topLine = p.Marking.Level, p.Line
		}
	}
	for _, w := range classification.Compare(bannerLevel, secLevel, top) {
		line := secLine
		if w.Field == "portion marking" {
			line = topLine
		}
		w.Line, w.Part = line, "cable"
		c.addWarning(w)
	}
}

// levelWithoutBanner gives a cable whose body names no level the level of
// its security line ("ZNY SSSSS"), else that of its highest portion
// marking (SBU is UNCLASSIFIED with the caveat SBU), with the source and a
// warning.
func (c *Cable) levelWithoutBanner(r *classification.Result) {
	if r == nil || r.Classification != nil {
		return
	}
	if h := c.Header; h != nil && h.Security != nil && h.Security.Level != marking.LevelUnknown {
		s := h.Security
		cl := &classification.Classification{Level: s.Level, Source: classification.SourceSecurityLine, Line: s.Line}
		if s.Caveat != "" {
			cl.Caveats = []string{s.Caveat}
		}
		c.Classification.Classification = cl
		c.addWarning(diag.Warning{Line: s.Line, Part: "classification", Field: "classification", Kind: classification.WarnLevelFromSecurityLine,
			Message: fmt.Sprintf("no banner; level %s taken from the security line", s.Level)})
		return
	}
	var top *marking.Marking
	line := 0
	for _, p := range c.Paragraphs() {
		if m := p.Marking; m != nil && m.Level != marking.LevelUnknown && (top == nil || m.Level.Compare(top.Level) > 0) {
			top, line = m, p.Line
		}
	}
	if top == nil {
		return
	}
	cl := &classification.Classification{Level: top.Level, Source: classification.SourcePortionMarking, Line: line}
	for _, ctl := range top.Controls {
		if top.Level == marking.Unclassified && (ctl == "SBU" || ctl == "FOUO") {
			cl.Caveats = append(cl.Caveats, ctl)
		}
	}
	c.Classification.Classification = cl
	c.addWarning(diag.Warning{Line: line, Part: "classification", Field: "classification", Kind: classification.WarnLevelFromPortionMarking,
		Message: fmt.Sprintf("no banner and no security line; level %s taken from the highest portion marking %s", top.Level, top.Raw)})
}
