package cable

import "fmt"

// cablegate writes the Cablegate layout: header, blank line, banner, body
// with a page-break line ("BEIJING 00006403 002 OF 003") where each later
// section starts.
func (f *formatter) cablegate() string {
	body := f.body()
	pts := splitPoints(body, f.sectionCount(len(body)), false)
	n := len(pts) + 1
	var ls []string
	if h := f.cablegateHeader(); len(h) > 0 {
		ls = append(ls, h...)
		ls = append(ls, "")
	}
	ls = append(ls, f.bannerLine(1, n))
	sec := 1
	for i, l := range body {
		if sec < n && i == pts[sec-1] {
			sec++
			if ls[len(ls)-1] != "" {
				ls = append(ls, "")
			}
			ls = append(ls, f.pageBreak(sec, n), "")
		}
		ls = append(ls, l.text)
	}
	return joinLines(ls)
}

// pageBreak writes the NCD page-break line "BEIJING 00006403 002 OF 003".
func (f *formatter) pageBreak(sec, n int) string {
	return fmt.Sprintf("%s %08d %03d OF %03d", f.origin, f.id.Serial, sec, n)
}

// receivedCopy writes the received-copy layout
// (docs/header.md#received-copies, as in 90CAPETOWN97): the received-copy
// header, the banner and the body; each later section starts after a
// classification footer with the DTG, FM and addressee lines again (sequence
// numbers advanced), the banner "SECTION 02 OF 03" and the repeated captions,
// E.O., TAGS and SUBJECT lines. Sections start at paragraphs. Inside a section
// a page frame (classification footer, blank, classification header, blank,
// "PAGE 02" line) comes every PageLines lines; the classification line ends
// the text.
func (f *formatter) receivedCopy() string {
	body := f.body()
	pts := splitPoints(body, f.sectionCount(len(body)), true)
	n := len(pts) + 1
	pageLines := f.opt.PageLines
	if pageLines == 0 {
		pageLines = 50
	}
	word := f.levelWord()
	var repeated []string
	for _, l := range body {
		if l.repeat {
			repeated = append(repeated, l.text)
		}
	}
	var ls []string
	ls = append(ls, f.receivedHeader(1, n)...)
	ls = append(ls, "", f.bannerLine(1, n))
	start, page := 0, 1
	for sec := 1; sec <= n; sec++ {
		end := len(body)
		if sec < n {
			end = pts[sec-1]
		}
		if sec > 1 {
			if word != "" {
				ls = append(ls, "", word, "")
			}
			ls = append(ls, f.sectionHeader(sec)...)
			ls = append(ls, "", f.bannerLine(sec, n), "")
			ls = append(ls, repeated...)
			ls = append(ls, "")
			page = 1
		}
		onPage := 0
		for _, l := range body[start:end] {
			if pageLines > 0 && onPage >= pageLines && l.breakable {
				page++
				onPage = 0
				if word != "" {
					ls = append(ls, word, "", word, "")
				}
				ls = append(ls, f.pageLine(page, sec, n), "")
			}
			ls = append(ls, l.text)
			onPage++
		}
		start = end
	}
	if word != "" {
		ls = append(ls, "", word)
	}
	return joinLines(ls)
}
