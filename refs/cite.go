package refs

// citation is one cited cable.
type citation struct {
	station string
	year    int // four digits; 0 = not written (the citing cable's year)
	serial  int
	fuzzy   string // the spelling, when the station was read as a near miss
	tok     int    // index of the token that starts it
}

// group is a citation with its continuations ("BRASILIA 2799 AND 2764"):
// tokens [start, end). The continuations follow the head citation from
// token cont on, each a separator and a serial.
type group struct {
	start, end int
	head       citation
	cont       int
}

// count returns the number of citations of g.
func (g group) count() int { return 1 + (g.end-g.cont)/2 }

// cit returns citation n of g (0 is the head); toks are the tokens g was
// read from. A continuation shares the station and year of the head
// unless it has a year suffix ("5049-01").
func (g group) cit(toks []token, n int) citation {
	if n == 0 {
		return g.head
	}
	m := g.cont + 2*n - 1
	c := citation{station: g.head.station, year: g.head.year, serial: toks[m].val, fuzzy: g.head.fuzzy, tok: m}
	if toks[m].kind == tokNumYear {
		c.year, _ = fullYear(int(toks[m].yy))
	}
	return c
}

// citePrefixes are words that may stand before a station in a citation
// ("EMBASSY VIENNA 1450", "UNCLASS USDA FAS 57863").
var citePrefixes = map[string]bool{
	"EMBASSY": true, "AMEMBASSY": true, "AMCONSUL": true, "CONSULATE": true, "AMCONGEN": true,
	"UNCLASS": true, "UNCLASSIFIED": true,
}

// stationCands returns the longest run of one to four words at toks[k]
// whose spelling is in the station table (exactly or as an alias).
func stationCands(toks []token, k int) (kw int, station string, ok bool) {
	var buf [64]byte
	for n := min(4, len(toks)-k); n >= 1; n-- {
		key, good := wordsKey(buf[:0], toks, k, n)
		if !good {
			continue
		}
		if s, found := stationData().byName[string(key)]; found {
			return n, s, true
		}
	}
	return 0, "", false
}

// wordsKey appends the compact spelling of the n words at toks[k] to buf;
// good is false when one of them is not a word.
func wordsKey(buf []byte, toks []token, k, n int) ([]byte, bool) {
	for i := k; i < k+n; i++ {
		if toks[i].kind != tokWord {
			return buf, false
		}
		buf = append(buf, toks[i].up...)
	}
	return buf, len(buf) > 0 && len(buf) <= 60
}

// stationFuzzy returns the longest run of one to three words at toks[k]
// whose spelling is a near miss of exactly one known station.
func stationFuzzy(toks []token, k int) (kw int, station, spelling string, ok bool) {
	var buf [64]byte
	for n := min(3, len(toks)-k); n >= 1; n-- {
		// only a spelling followed by a serial (or a year in parentheses) is worth the search
		if k+n >= len(toks) || !(toks[k+n].kind == tokNum || toks[k+n].kind == tokNumYear || toks[k+n].isPunct("(")) {
			continue
		}
		key, good := wordsKey(buf[:0], toks, k, n)
		if !good || len(key) < 5 {
			continue
		}
		blacklisted := false
		for i := k; i < k+n; i++ {
			if isBlacklisted(toks[i].up) {
				blacklisted = true
			}
		}
		if blacklisted {
			continue
		}
		if s, found := fuzzyStation(string(key)); found {
			return n, s, string(key), true
		}
	}
	return 0, "", "", false
}

// serialAt reports whether toks[j] is a serial: a number of one to eight
// digits, not zero, not followed by a month (a date: "PARIS 12 MAY").
func serialAt(toks []token, j int) (serial, yy int, ok bool) {
	if j >= len(toks) {
		return 0, 0, false
	}
	t := toks[j]
	if (t.kind != tokNum && t.kind != tokNumYear) || t.ndig > 8 || t.val <= 0 {
		return 0, 0, false
	}
	if t.ndig == 2 && t.lead == '0' && j+1 < len(toks) && (toks[j+1].kind == tokWord || toks[j+1].kind == tokNum) && !toks[j+1].single() && !toks[j+1].isWord("AND") {
		return 0, 0, false // "BRASILIA 09 MDA 839": a year, not a serial
	}
	if j+1 < len(toks) && toks[j+1].kind == tokWord && isMonth(toks[j+1].up) {
		return 0, 0, false
	}
	yy = -1
	if t.kind == tokNumYear {
		yy = int(t.yy)
	}
	return t.val, yy, true
}

// yearLike reports whether a number token is a four-digit year 1946-2030.
func yearLike(t token) bool {
	return t.kind == tokNum && t.ndig == 4 && t.val >= 1946 && t.val <= 2030
}

// parenYear reports whether toks[j:j+3] is "(" yy ")".
func parenYear(toks []token, j int) (int, bool) {
	if j+2 < len(toks) && toks[j].isPunct("(") && toks[j+1].kind == tokNum && toks[j+1].ndig == 2 && toks[j+2].isPunct(")") {
		y, _ := fullYear(toks[j+1].val)
		return y, true
	}
	return 0, false
}

// citationAt reads a citation group starting at toks[k]. The serial
// continuations that follow it ("AND 2764", ", 1568") share its station
// and year.
func citationAt(toks []token, k int) (group, int, bool) {
	if k >= len(toks) {
		return group{}, k, false
	}
	// a citation starts with a word, a number, a compact id or the "(" of
	// a year; not with other punctuation, a number with a year suffix or
	// other text
	if t := toks[k]; t.kind == tokOther || t.kind == tokNumYear || (t.kind == tokPunct && t.up != "(") {
		return group{}, k, false
	}
	if k > 0 && toks[k-1].kind == tokWord && isBlacklisted(toks[k-1].up) {
		return group{}, k, false
	}
	if t := toks[k]; t.kind == tokCompact {
		id, err := ParseID(t.up)
		if err != nil || !KnownStation(id.Station) {
			return group{}, k, false
		}
		c := citation{station: id.Station, year: id.Year, serial: id.Serial, tok: k}
		return continuation(toks, group{start: k, head: c}, k+1)
	}
	i := k
	if toks[i].kind == tokWord && citePrefixes[toks[i].up] && i+1 < len(toks) {
		i++
	}
	year := 0
	switch t := toks[i]; {
	case t.kind == tokNum && t.ndig == 2 && i+1 < len(toks) && toks[i+1].kind == tokWord:
		year, _ = fullYear(t.val)
		i++
	case yearLike(t) && i+1 < len(toks) && toks[i+1].kind == tokWord:
		year = t.val
		i++
	default:
		if y, ok := parenYear(toks, i); ok && i+3 < len(toks) && toks[i+3].kind == tokWord {
			year = y
			i += 3
		}
	}
	if c, next, ok := stationSerial(toks, i, year); ok {
		c.tok = k
		return continuation(toks, group{start: k, head: c}, next)
	}
	// serial first: "377 KATHMANDU,"
	if t := toks[k]; t.kind == tokNum && t.ndig >= 3 && t.ndig <= 7 && !yearLike(t) && t.val > 0 {
		if kw, st, ok := stationCands(toks, k+1); ok {
			after := k + 1 + kw
			if _, _, isSerial := serialAt(toks, after); !isSerial && !(after < len(toks) && toks[after].isPunct("(")) {
				c := citation{station: st, serial: t.val, tok: k}
				return group{start: k, end: after, head: c, cont: after}, after, true
			}
		}
	}
	return group{}, k, false
}

// stationSerial reads STATION [(YY)] SERIAL at toks[i].
func stationSerial(toks []token, i, year int) (citation, int, bool) {
	if i >= len(toks) || toks[i].kind != tokWord || reportCountry(toks, i) {
		return citation{}, i, false
	}
	try := func(kw int, st, spelling string) (citation, int, bool) {
		j := i + kw
		y := year
		if y == 0 {
			if py, ok := parenYear(toks, j); ok {
				y = py
				j += 3
			} else if j+1 < len(toks) && toks[j].kind == tokNum && toks[j].ndig == 2 && toks[j+1].kind == tokNum && toks[j+1].ndig >= 3 {
				y, _ = fullYear(toks[j].val) // "SECSTATE 06 163201"
				j++
			}
		}
		j = skipFiller(toks, j)
		serial, yy, ok := serialAt(toks, j)
		if !ok {
			return citation{}, i, false
		}
		if yy >= 0 {
			y, _ = fullYear(yy)
		}
		next := j + 1
		if py, n := yearAfter(toks, next); n > 0 {
			if y == 0 { // a year written before the serial wins
				y = py
			}
			next += n
		}
		return citation{station: st, year: y, serial: serial, fuzzy: spelling}, next, true
	}
	if kw, st, ok := stationCands(toks, i); ok {
		if c, next, ok := try(kw, st, ""); ok {
			return c, next, true
		}
		// a shorter exact spelling may still lead to a serial ("USUN NE YORK" is fuzzy)
	}
	if kw, st, spelling, ok := stationFuzzy(toks, i); ok {
		if c, next, ok := try(kw, st, spelling); ok {
			return c, next, true
		}
	}
	// a year between the words of the station: "SAO 06 PAULO 1108"
	if year == 0 && i+3 < len(toks) && toks[i+1].kind == tokNum && toks[i+1].ndig == 2 && toks[i+2].kind == tokWord {
		var buf [64]byte
		key := append(append(buf[:0], toks[i].up...), toks[i+2].up...)
		if st, found := stationData().byName[string(key)]; found {
			y, _ := fullYear(toks[i+1].val)
			if serial, yy, ok := serialAt(toks, i+3); ok {
				if yy >= 0 {
					y, _ = fullYear(yy)
				}
				return citation{station: st, year: y, serial: serial}, i + 4, true
			}
		}
	}
	return citation{}, i, false
}

// citeFillers are words that may stand between a station and its serial
// ("COLOMBO CABLES 0266").
var citeFillers = map[string]bool{"CABLE": true, "CABLES": true, "TEL": true, "TELEGRAM": true, "NO": true, "NOS": true}

// skipFiller returns the index after the punctuation or filler word
// between a station and its serial at toks[j], if a serial follows it:
// "STATE: 73097", "LIMA, 1228", "LIMA #3565", "KUWAIT (C)02293",
// "COLOMBO CABLES 0266". It returns j when there is none.
func skipFiller(toks []token, j int) int {
	if j >= len(toks) {
		return j
	}
	k := j
	switch t := toks[j]; {
	case t.isPunct(":") || t.isPunct(",") || t.isPunct("#"):
		k = j + 1
	case t.kind == tokWord && citeFillers[t.up]:
		k = j + 1
		if k < len(toks) && toks[k].isPunct("#") {
			k++
		}
	case t.isPunct("(") && j+2 < len(toks) && toks[j+2].isPunct(")") && toks[j+1].single() && isPortionLetter(toks[j+1].up):
		k = j + 3 // a portion marking: "(C)", "(U)"
	}
	if k == j || k >= len(toks) || toks[k].kind != tokNum {
		return j
	}
	return k
}

// isPortionLetter reports whether w is the letter of a portion marking.
func isPortionLetter(w string) bool { return w == "U" || w == "C" || w == "S" }

// yearAfter reads the year written after a serial at toks[j]: "(08)",
// "(2002)", or a bare two-digit year at the end of the citation ("LIMA
// 338 99"). n is the number of tokens it takes, 0 when there is none.
func yearAfter(toks []token, j int) (year, n int) {
	// a year in parentheses before a station is the year of the next
	// citation: "BRASILIA 709 (08) SAO PAULO 542"
	if y, ok := parenYear(toks, j); ok && !stationNext(toks, j+3) {
		return y, 3
	}
	if j+2 < len(toks) && toks[j].isPunct("(") && yearLike(toks[j+1]) && toks[j+2].isPunct(")") && !stationNext(toks, j+3) {
		return toks[j+1].val, 3
	}
	if j < len(toks) && toks[j].kind == tokNum && toks[j].ndig == 2 {
		// nothing may follow but punctuation, an item letter or a word
		// that starts no citation ("LIMA 338 99 AND 340" is no year)
		if j+1 < len(toks) {
			u := toks[j+1]
			if u.kind == tokNum || u.kind == tokNumYear || u.kind == tokCompact || u.isWord("AND") || (u.kind == tokWord && isMonth(u.up)) {
				return 0, 0
			}
			if stationNext(toks, j+1) {
				return 0, 0
			}
		}
		y, _ := fullYear(toks[j].val)
		return y, 1
	}
	return 0, 0
}

// continuation reads the serial continuations of g from toks[j] and closes
// it.
func continuation(toks []token, g group, j int) (group, int, bool) {
	g.cont = j
	for j+1 < len(toks) {
		t := toks[j]
		if !(t.isWord("AND") || t.isPunct(",") || t.isPunct("&") || t.isPunct("/")) {
			break
		}
		m := j + 1
		if _, _, ok := serialAt(toks, m); !ok {
			break
		}
		// a number followed by a station (or a year in parentheses) starts a new citation
		if m+1 < len(toks) && (toks[m+1].kind == tokWord || toks[m+1].isPunct("(")) && toks[m].kind == tokNum && (toks[m].ndig == 2 || yearLike(toks[m])) {
			if _, _, st := stationCands(toks, m+1); st {
				break
			}
		}
		j = m + 1
	}
	g.end = j
	return g, j, true
}

// stationNext reports whether a station spelling (not a lone letter)
// starts at toks[j].
func stationNext(toks []token, j int) bool {
	if j >= len(toks) || toks[j].kind != tokWord || toks[j].single() {
		return false
	}
	_, _, ok := stationCands(toks, j)
	return ok
}
