package cable

import (
	"fmt"
	"strings"
)

// cablegate writes the Cablegate layout: header, blank line, banner, body
// with a page-break line ("BEIJING 00006403 002 OF 003") where each later
// section starts.
func (f *formatter) cablegate() string {
	body := f.body()
	pts := splitPoints(body, f.sectionCount(len(body)))
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

// receivedCopy writes the received-copy layout: each section repeats the
// received-copy header and the banner; inside a section, a page frame
// (classification footer, blank, classification header, blank, PAGE line)
// every PageLines lines; the classification line again after the signer.
func (f *formatter) receivedCopy() string {
	body := f.body()
	pts := splitPoints(body, f.sectionCount(len(body)))
	n := len(pts) + 1
	pageLines := f.opt.PageLines
	if pageLines == 0 {
		pageLines = 50
	}
	word := f.levelWord()
	var ls []string
	start := 0
	for sec := 1; sec <= n; sec++ {
		end := len(body)
		if sec < n {
			end = pts[sec-1]
		}
		if sec > 1 {
			ls = append(ls, "")
		}
		ls = append(ls, f.receivedHeader(sec, n)...)
		ls = append(ls, "", f.bannerLine(sec, n))
		page, onPage := 1, 0
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
		if word != "" {
			ls = append(ls, "", word)
		}
		start = end
	}
	return joinLines(ls)
}

// csvFieldEscape escapes a cables.csv field: MySQL backslash escapes for
// backslash and double quote, a backslash before each line end.
func csvFieldEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", "\\\n")
	return r.Replace(s)
}
