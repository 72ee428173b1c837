package cable

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cablemeta/cablemeta/diag"
	"github.com/cablemeta/cablemeta/internal/lexicon"
	"github.com/cablemeta/cablemeta/internal/textutil"
)

// readHTML cuts the cable out of a WikiLeaks cable-viewer page (or a
// fragment holding a <pre> block), the way a reader copying the page
// would (docs/renderings.md#wikileaks-pages):
//
//   - the text of every <pre> block, tags dropped (the link text of TAGS
//     links and the "¶" of paragraph anchors stay), entities decoded,
//     leading and trailing newlines trimmed;
//   - the non-blank blocks joined by one blank line: routing header, then
//     body;
//   - a WikiLeaks database row leaked at the start of a block is split
//     off: its metadata goes to Published.LeakedRow (and References), its
//     cable text is kept, with backslash line-end escapes undone;
//   - the page's metadata table (<table class='cable'>) goes to
//     Published.
//
// The page charset is Parser.Charset, else the page's own declaration
// (XML prolog, meta charset), else sniffed.
func readHTML(data string, cs charset, src Source) (Document, error) {
	doc := Document{Source: src}
	if cs == csSniff {
		if label := declaredCharset([]byte(data[:min(len(data), 4096)])); label != "" {
			dcs, err := lookupCharset(label)
			if err != nil {
				doc.Warnings = append(doc.Warnings, readWarning(0, "charset", WarnReadUnknownCharset,
					"page declares charset "+strings.TrimSpace(label)+", which is unknown; sniffing instead"))
			} else if dcs != csUTF8 {
				cs = dcs
			}
		}
	}
	page := data
	if cs.enc != nil || !utf8.ValidString(data) {
		var ws []diag.Warning
		page, ws = decodeText([]byte(data), cs, 0)
		doc.Warnings = append(doc.Warnings, ws...)
	} else {
		page = strings.TrimPrefix(page, string(utf8BOM)) // as decodeText does
	}

	blocks, unclosed := preBlocks(page)
	if len(blocks) == 0 {
		return doc, &diag.ParseError{Path: src.Path, Field: "html", Err: ErrNoCable}
	}
	if unclosed {
		doc.Warnings = append(doc.Warnings, readWarning(0, "html", WarnReadUnclosedPre,
			"a <pre> block is not closed; its text runs to the end of the page"))
	}
	pub := pageMetadata(page)
	parts := make([]string, 0, len(blocks))
	for i, b := range blocks {
		t := strings.Trim(preText(b), "\n")
		if row, header, content, ok := splitLeakedRow(t); ok {
			if pub == nil {
				pub = &Published{}
			}
			pub.LeakedRow = &row
			if len(pub.References) == 0 {
				pub.References = row.References
			}
			if pub.RecordID == "" {
				pub.RecordID = row.RecordID
			}
			doc.Warnings = append(doc.Warnings, readWarning(0, "html", WarnReadLeakedRow,
				"a WikiLeaks database row (date, id, origin, classification, references) starts <pre> block "+
					strconv.Itoa(i+1)+"; its metadata moved to published.leaked_row"))
			t = content
			if len(parts) == 0 || textutil.IsBlank(parts[len(parts)-1]) {
				// No header block before it: the row's header column is the header.
				t = joinBlocks([]string{header, content})
			}
		}
		parts = append(parts, t)
	}
	nonBlank := 0
	for _, p := range parts {
		if !textutil.IsBlank(p) {
			nonBlank++
		}
	}
	if nonBlank == 0 {
		return doc, &diag.ParseError{Path: src.Path, Field: "html", Err: ErrNoCable}
	}
	if len(blocks) == 1 && pub != nil && pub.ReferenceID != "" {
		doc.Warnings = append(doc.Warnings, readWarning(0, "html", WarnReadNoHeaderBlock,
			"the page has a single <pre> block: no routing header"))
	}
	doc.Text, doc.normalized = textutil.Normalize(joinBlocks(parts)), true
	doc.Published = pub
	return doc, nil
}

// joinBlocks joins the non-blank parts, each trimmed of leading and
// trailing line ends, with a blank line, and ends the text with a newline.
func joinBlocks(parts []string) string {
	var b strings.Builder
	for _, p := range parts {
		p = strings.Trim(p, "\r\n")
		if textutil.IsBlank(p) {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p)
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

// preBlocks returns the raw inner HTML of every <pre> element, in order.
// An unclosed last block runs to the end of the page.
func preBlocks(page string) (blocks []string, unclosed bool) {
	for rest := page; ; {
		i := indexTagFold(rest, "pre")
		if i < 0 {
			return blocks, false
		}
		gt := strings.IndexByte(rest[i:], '>')
		if gt < 0 {
			return blocks, false
		}
		rest = rest[i+gt+1:]
		end := textutil.IndexFold(rest, "</pre")
		if end < 0 {
			return append(blocks, rest), true
		}
		blocks = append(blocks, rest[:end])
		rest = rest[end+len("</pre"):]
	}
}

// indexTagFold finds the start of an opening tag <name followed by '>' or
// white space, ignoring case.
func indexTagFold(s, name string) int {
	for off := 0; ; {
		i := textutil.IndexFold(s[off:], "<"+name)
		if i < 0 {
			return -1
		}
		j := off + i + 1 + len(name)
		if j < len(s) && (s[j] == '>' || isHTMLSpace(s[j]) || s[j] == '/') {
			return off + i
		}
		off = j
	}
}

// lowerASCII lower-cases an ASCII letter.
func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// preText turns the inner HTML of a <pre> block into text: tags removed
// (their content kept), character references decoded, CRLF made LF.
func preText(inner string) string {
	s := stripTags(inner)
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
	}
	return s
}

// stripTags removes HTML tags and comments. A "<" that does not start a
// tag (not followed by a letter, "/", "!" or "?", or never closed by ">")
// is kept as text, so that "<30 PERCENT" survives in entity-decoded
// fragments.
func stripTags(s string) string {
	i := strings.IndexByte(s, '<')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		s = s[i:]
		end := -1
		if len(s) > 1 && isTagStart(s[1]) {
			if strings.HasPrefix(s, "<!--") {
				if k := strings.Index(s, "-->"); k >= 0 {
					end = k + 2
				}
			} else if k := strings.IndexAny(s[1:], "<>"); k >= 0 && s[1+k] == '>' {
				end = 1 + k
			}
		}
		if end < 0 {
			b.WriteByte('<')
			s = s[1:]
		} else {
			s = s[end+1:]
		}
		i = strings.IndexByte(s, '<')
	}
	b.WriteString(s)
	return b.String()
}

func isTagStart(c byte) bool {
	return c == '/' || c == '!' || c == '?' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// pageMetadata reads the cable-viewer's metadata table
// (<table class='cable'>): the header cells name the columns, the first
// row of data cells gives the values (link text, not title= attributes).
// It returns nil when the page has no such table.
func pageMetadata(page string) *Published {
	i := textutil.IndexFold(page, "<table class='cable'")
	if i < 0 {
		i = textutil.IndexFold(page, `<table class="cable"`)
	}
	if i < 0 {
		return nil
	}
	table := page[i:]
	if end := textutil.IndexFold(table, "</table"); end >= 0 {
		table = table[:end]
	}
	heads := cells(table, "th")
	values := cells(table, "td")
	pub := &Published{}
	found := false
	for k, h := range heads {
		if k >= len(values) {
			break
		}
		v := values[k]
		switch strings.ToLower(h) {
		case "reference id":
			pub.ReferenceID = v
		case "created":
			pub.Created = v
		case "released":
			pub.Released = v
		case "classification":
			pub.Classification = v
		case "origin":
			pub.Origin = v
		default:
			continue
		}
		found = true
	}
	if k := textutil.IndexFold(table, "appears in these articles"); k >= 0 {
		for _, a := range anchorsText(table[k:]) {
			pub.Articles = append(pub.Articles, a)
			found = true
		}
	}
	if !found {
		return nil
	}
	return pub
}

// cells returns the text of every <name> cell of an HTML fragment.
func cells(s, name string) []string {
	var out []string
	for {
		i := indexTagFold(s, name)
		if i < 0 {
			return out
		}
		gt := strings.IndexByte(s[i:], '>')
		if gt < 0 {
			return out
		}
		s = s[i+gt+1:]
		end := textutil.IndexFold(s, "</"+name)
		if end < 0 {
			end = len(s)
		}
		out = append(out, cellText(s[:end]))
		s = s[end:]
	}
}

func cellText(s string) string {
	return textutil.CollapseSpace(html.UnescapeString(stripTags(s)))
}

// anchorsText returns the texts of the <a> elements of s.
func anchorsText(s string) []string {
	var out []string
	for {
		i := indexTagFold(s, "a")
		if i < 0 {
			return out
		}
		gt := strings.IndexByte(s[i:], '>')
		if gt < 0 {
			return out
		}
		s = s[i+gt+1:]
		end := textutil.IndexFold(s, "</a")
		if end < 0 {
			return out
		}
		if t := cellText(s[:end]); t != "" {
			out = append(out, t)
		}
		s = s[end:]
	}
}

// splitLeakedRow recognises a WikiLeaks database row at the start of a
// <pre> block's text: tab-separated [record id,] date
// ("2004-11-02 18:31:00") — the pair is repeated on some pages —, reference id, origin, classification,
// references ("|"-separated), then the header and content columns of the
// cable, whose line ends are escaped with a backslash. It returns the
// metadata and the unescaped header and content columns.
func splitLeakedRow(t string) (row LeakedRow, header, content string, ok bool) {
	rest := strings.TrimLeft(t, " \n")
	col := func() (string, bool) {
		i := strings.IndexByte(rest, '\t')
		if i < 0 {
			return "", false
		}
		c := rest[:i]
		if strings.IndexByte(c, '\n') >= 0 {
			return "", false
		}
		rest = rest[i+1:]
		return c, true
	}
	// Record ids and dates, sometimes repeated ("167757 date 167757 date"),
	// then the reference id.
	var id string
	for {
		c, good := col()
		if !good {
			return LeakedRow{}, "", "", false
		}
		switch {
		case isDigits(c):
			if row.RecordID == "" {
				row.RecordID = c
			}
			continue
		case isLeakedDate(c):
			row.Date = c
			continue
		}
		id = c
		break
	}
	if row.Date == "" || !isLeakedRefID(id) {
		return LeakedRow{}, "", "", false
	}
	var origin, class, refs string
	good := true
	if origin, good = col(); !good {
		return LeakedRow{}, "", "", false
	}
	if class, good = col(); !good || !lexicon.BannerStart(class) {
		return LeakedRow{}, "", "", false
	}
	if refs, good = col(); !good {
		return LeakedRow{}, "", "", false
	}
	row.ReferenceID, row.Origin, row.Classification = id, strings.TrimSpace(origin), strings.TrimSpace(class)
	row.References = splitRefs(refs)
	if i := strings.IndexByte(rest, '\t'); i >= 0 {
		header, content = rest[:i], rest[i+1:]
	} else {
		content = rest
	}
	return row, unescapeLineEnds(header), unescapeLineEnds(content), true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isLeakedDate accepts "YYYY-MM-DD HH:MM:SS" (digits checked, not values).
func isLeakedDate(s string) bool {
	const layout = "dddd-dd-dd dd:dd:dd"
	if len(s) != len(layout) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if layout[i] == 'd' {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		} else if s[i] != layout[i] {
			return false
		}
	}
	return true
}

// isLeakedRefID accepts two digits then upper-case letters and digits.
func isLeakedRefID(s string) bool {
	if len(s) < 3 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return false
	}
	for i := 2; i < len(s); i++ {
		c := s[i]
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// splitRefs splits a "|"-separated references column.
func splitRefs(s string) []string {
	var out []string
	for r := range strings.SplitSeq(s, "|") {
		if r = strings.TrimSpace(r); r != "" {
			out = append(out, r)
		}
	}
	return out
}

// indexByteFrom returns the index of the first c in s at or after from,
// or -1.
func indexByteFrom(s string, c byte, from int) int {
	if from >= len(s) {
		return -1
	}
	if i := strings.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return -1
}
