package refs

// rfCit is one cited cable.
type rfCit struct {
	station string
	year    int // four digits; 0 = not written (the citing cable's year)
	serial  int
	fuzzy   string // the spelling, when the station was read as a near miss
	tok     int    // index of the token that starts it
}

// rfGroup is a citation with its continuations ("BRASILIA 2799 AND 2764"):
// tokens [start, end). The continuations follow the head citation from
// token cont on, each a separator and a serial.
type rfGroup struct {
	start, end int
	head       rfCit
	cont       int
}

// count returns the number of citations of g.
func (g rfGroup) count() int { return 1 + (g.end-g.cont)/2 }

// cit returns citation n of g (0 is the head); toks are the tokens g was
// read from. A continuation shares the station and year of the head
// unless it has a year suffix ("5049-01").
func (g rfGroup) cit(toks []rfTok, n int) rfCit {
	if n == 0 {
		return g.head
	}
	m := g.cont + 2*n - 1
	c := rfCit{station: g.head.station, year: g.head.year, serial: toks[m].val, fuzzy: g.head.fuzzy, tok: m}
	if toks[m].kind == rfNumYear {
		c.year, _ = fullYear(int(toks[m].yy))
	}
	return c
}

// rfCitePrefixes are words that may stand before a station in a citation
// ("EMBASSY VIENNA 1450", "UNCLASS USDA FAS 57863").
var rfCitePrefixes = map[string]bool{
	"EMBASSY": true, "AMEMBASSY": true, "AMCONSUL": true, "CONSULATE": true, "AMCONGEN": true,
	"UNCLASS": true, "UNCLASSIFIED": true,
}

// rfStationCands returns the longest run of one to four words at toks[k]
// whose spelling is in the station table (exactly or as an alias).
func rfStationCands(toks []rfTok, k int) (kw int, station string, ok bool) {
	var buf [64]byte
	for n := min(4, len(toks)-k); n >= 1; n-- {
		key, good := rfWordsKey(buf[:0], toks, k, n)
		if !good {
			continue
		}
		if s, found := stationData().byName[string(key)]; found {
			return n, s, true
		}
	}
	return 0, "", false
}

// rfWordsKey appends the compact spelling of the n words at toks[k] to buf;
// good is false when one of them is not a word.
func rfWordsKey(buf []byte, toks []rfTok, k, n int) ([]byte, bool) {
	for i := k; i < k+n; i++ {
		if toks[i].kind != rfWord {
			return buf, false
		}
		buf = append(buf, toks[i].up...)
	}
	return buf, len(buf) > 0 && len(buf) <= 60
}

// rfStationFuzzy returns the longest run of one to three words at toks[k]
// whose spelling is a near miss of exactly one known station.
func rfStationFuzzy(toks []rfTok, k int) (kw int, station, spelling string, ok bool) {
	var buf [64]byte
	for n := min(3, len(toks)-k); n >= 1; n-- {
		// only a spelling followed by a serial (or a year in parentheses) is worth the search
		if k+n >= len(toks) || !(toks[k+n].kind == rfNum || toks[k+n].kind == rfNumYear || toks[k+n].isPunct("(")) {
			continue
		}
		key, good := rfWordsKey(buf[:0], toks, k, n)
		if !good || len(key) < 5 {
			continue
		}
		blacklisted := false
		for i := k; i < k+n; i++ {
			if refBlacklisted(toks[i].up) {
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

// rfSerialAt reports whether toks[j] is a serial: a number of one to eight
// digits, not zero, not followed by a month (a date: "PARIS 12 MAY").
func rfSerialAt(toks []rfTok, j int) (serial, yy int, ok bool) {
	if j >= len(toks) {
		return 0, 0, false
	}
	t := toks[j]
	if (t.kind != rfNum && t.kind != rfNumYear) || t.ndig > 8 || t.val <= 0 {
		return 0, 0, false
	}
	if t.ndig == 2 && t.lead == '0' && j+1 < len(toks) && (toks[j+1].kind == rfWord || toks[j+1].kind == rfNum) && !toks[j+1].single() && !toks[j+1].isWord("AND") {
		return 0, 0, false // "BRASILIA 09 MDA 839": a year, not a serial
	}
	if j+1 < len(toks) && toks[j+1].kind == rfWord && refMonth(toks[j+1].up) {
		return 0, 0, false
	}
	yy = -1
	if t.kind == rfNumYear {
		yy = int(t.yy)
	}
	return t.val, yy, true
}

// rfYearLike reports whether a number token is a four-digit year 1946-2030.
func rfYearLike(t rfTok) bool {
	return t.kind == rfNum && t.ndig == 4 && t.val >= 1946 && t.val <= 2030
}

// rfParenYear reports whether toks[j:j+3] is "(" yy ")".
func rfParenYear(toks []rfTok, j int) (int, bool) {
	if j+2 < len(toks) && toks[j].isPunct("(") && toks[j+1].kind == rfNum && toks[j+1].ndig == 2 && toks[j+2].isPunct(")") {
		y, _ := fullYear(toks[j+1].val)
		return y, true
	}
	return 0, false
}

// rfCitationAt reads a citation group starting at toks[k]. The serial
// continuations that follow it ("AND 2764", ", 1568") share its station
// and year.
func rfCitationAt(toks []rfTok, k int) (rfGroup, int, bool) {
	if k >= len(toks) {
		return rfGroup{}, k, false
	}
	// a citation starts with a word, a number, a compact id or the "(" of
	// a year; not with other punctuation, a number with a year suffix or
	// other text
	if t := toks[k]; t.kind == rfOther || t.kind == rfNumYear || (t.kind == rfPunct && t.up != "(") {
		return rfGroup{}, k, false
	}
	if k > 0 && toks[k-1].kind == rfWord && refBlacklisted(toks[k-1].up) {
		return rfGroup{}, k, false
	}
	if t := toks[k]; t.kind == rfCompact {
		id, err := ParseID(t.up)
		if err != nil || !KnownStation(id.Station) {
			return rfGroup{}, k, false
		}
		c := rfCit{station: id.Station, year: id.Year, serial: id.Serial, tok: k}
		return rfContinue(toks, rfGroup{start: k, head: c}, k+1)
	}
	i := k
	if toks[i].kind == rfWord && rfCitePrefixes[toks[i].up] && i+1 < len(toks) {
		i++
	}
	year := 0
	switch t := toks[i]; {
	case t.kind == rfNum && t.ndig == 2 && i+1 < len(toks) && toks[i+1].kind == rfWord:
		year, _ = fullYear(t.val)
		i++
	case rfYearLike(t) && i+1 < len(toks) && toks[i+1].kind == rfWord:
		year = t.val
		i++
	default:
		if y, ok := rfParenYear(toks, i); ok && i+3 < len(toks) && toks[i+3].kind == rfWord {
			year = y
			i += 3
		}
	}
	if c, next, ok := rfStationSerial(toks, i, year); ok {
		c.tok = k
		return rfContinue(toks, rfGroup{start: k, head: c}, next)
	}
	// serial first: "377 KATHMANDU,"
	if t := toks[k]; t.kind == rfNum && t.ndig >= 3 && t.ndig <= 7 && !rfYearLike(t) && t.val > 0 {
		if kw, st, ok := rfStationCands(toks, k+1); ok {
			after := k + 1 + kw
			if _, _, isSerial := rfSerialAt(toks, after); !isSerial && !(after < len(toks) && toks[after].isPunct("(")) {
				c := rfCit{station: st, serial: t.val, tok: k}
				return rfGroup{start: k, end: after, head: c, cont: after}, after, true
			}
		}
	}
	return rfGroup{}, k, false
}

// rfStationSerial reads STATION [(YY)] SERIAL at toks[i].
func rfStationSerial(toks []rfTok, i, year int) (rfCit, int, bool) {
	if i >= len(toks) || toks[i].kind != rfWord {
		return rfCit{}, i, false
	}
	try := func(kw int, st, spelling string) (rfCit, int, bool) {
		j := i + kw
		y := year
		if y == 0 {
			if py, ok := rfParenYear(toks, j); ok {
				y = py
				j += 3
			} else if j+1 < len(toks) && toks[j].kind == rfNum && toks[j].ndig == 2 && toks[j+1].kind == rfNum && toks[j+1].ndig >= 3 {
				y, _ = fullYear(toks[j].val) // "SECSTATE 06 163201"
				j++
			}
		}
		serial, yy, ok := rfSerialAt(toks, j)
		if !ok {
			return rfCit{}, i, false
		}
		if yy >= 0 {
			y, _ = fullYear(yy)
		}
		return rfCit{station: st, year: y, serial: serial, fuzzy: spelling}, j + 1, true
	}
	if kw, st, ok := rfStationCands(toks, i); ok {
		if c, next, ok := try(kw, st, ""); ok {
			return c, next, true
		}
		// a shorter exact spelling may still lead to a serial ("USUN NE YORK" is fuzzy)
	}
	if kw, st, spelling, ok := rfStationFuzzy(toks, i); ok {
		if c, next, ok := try(kw, st, spelling); ok {
			return c, next, true
		}
	}
	return rfCit{}, i, false
}

// rfContinue reads the serial continuations of g from toks[j] and closes
// it.
func rfContinue(toks []rfTok, g rfGroup, j int) (rfGroup, int, bool) {
	g.cont = j
	for j+1 < len(toks) {
		t := toks[j]
		if !(t.isWord("AND") || t.isPunct(",") || t.isPunct("&")) {
			break
		}
		m := j + 1
		if _, _, ok := rfSerialAt(toks, m); !ok {
			break
		}
		// a number followed by a station (or a year in parentheses) starts a new citation
		if m+1 < len(toks) && (toks[m+1].kind == rfWord || toks[m+1].isPunct("(")) && toks[m].kind == rfNum && (toks[m].ndig == 2 || rfYearLike(toks[m])) {
			if _, _, st := rfStationCands(toks, m+1); st {
				break
			}
		}
		j = m + 1
	}
	g.end = j
	return g, j, true
}
