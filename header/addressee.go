package header

import (
	"strconv"
	"strings"

	"github.com/cablemeta/cablemeta/diag"
)

// Addressee is one originator or addressee line (FL6-FL9):
// "[<RI>/|ZEN/]<PLAD>[ <precedence>][ <serial>|<serial>-<serial>]".
type Addressee struct {
	RoutingIndicator string     `json:"routing_indicator"`  // "RUEHC", "ZEN", "" when absent
	Name             string     `json:"name"`               // PLAD as written: "SECSTATE WASHDC"
	Precedence       Precedence `json:"precedence"`         // "" or FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY, ROUTINE
	Serial           string     `json:"serial"`             // per-addressee sequence number: "2350", "2276-2279", ""
	Station          string     `json:"station,omitempty"`  // station of the RI in the embedded table; may name another post than Name
	Excluded         []string   `json:"excluded,omitempty"` // XMT exemptions that follow this (collective) addressee
	Line             int        `json:"line,omitempty"`
}

// String returns the addressee in cable form: "RUEHC/SECSTATE WASHDC IMMEDIATE 2350".
func (a Addressee) String() string {
	var b strings.Builder
	if a.RoutingIndicator != "" {
		b.WriteString(a.RoutingIndicator)
		b.WriteByte('/')
	}
	b.WriteString(a.Name)
	if a.Precedence != "" {
		b.WriteByte(' ')
		b.WriteString(string(a.Precedence))
	}
	if a.Serial != "" {
		b.WriteByte(' ')
		b.WriteString(a.Serial)
	}
	return b.String()
}

// ParseAddressee parses one addressee line such as
// "RUEHC/SECSTATE WASHDC IMMEDIATE 2350", "ZEN/AMEMBASSY BELMOPAN NIACT
// IMMEDIATE 2276-2279" or "AMEMBASSY NEW DELHI PRIORITY". A leading keyword
// (FM, TO, INFO, XMT, "XMT/") is skipped. A misspelt precedence (PIORITY) is
// normalised without an error; [Parser.Parse] reports it as a warning.
func ParseAddressee(line string) (*Addressee, error) {
	s := collapse(line)
	if kw, rest := cutKeyword(s); kw != "" {
		s = rest
	}
	a, _, err := parseAddressee(s, 1)
	if err != nil {
		return nil, err
	}
	return &a, nil
}

// parseAddressee parses a collapsed addressee text (no keyword). typo holds
// the misspelt precedence when one was normalised.
func parseAddressee(s string, num int) (a Addressee, typo string, err error) {
	a.Line = num
	// RI before "/": RUEHC/, ZEN/, and damaged RIs that keep their shape
	// (GIPNC/ in 10MADRID192, RMFISS/).
	if i := strings.IndexByte(s, '/'); i > 0 && (s[:i] == "ZEN" || isRIShaped(s[:i])) {
		a.RoutingIndicator, s = s[:i], trimSpace(s[i+1:])
	}
	// Trailing serial, precedence, serial again (either order is seen).
	s, a.Serial = cutSerial(s)
	if a.Serial == "" {
		s, a.Serial = cutShortSerial(s)
	}
	s, a.Precedence, typo = cutPrecedence(s)
	if a.Serial == "" && a.Precedence != "" {
		s, a.Serial = cutSerial(s)
	}
	a.Name = s
	if len(s) < 3 {
		return a, typo, newErr(num, "addressee", ErrAddressee, "no plain-language address in %q", clip(s))
	}
	return a, typo, nil
}

// cutSerial removes a trailing per-addressee sequence number: four or five
// digits or a range "2276-2279".
func cutSerial(s string) (rest, serial string) {
	i := strings.LastIndexByte(s, ' ')
	w := s[i+1:]
	if i >= 0 && isSerial(w) {
		return trimRight(s[:i]), zeroForO(w)
	}
	// Serial glued to the name by transmission damage: "SECSTATE WASHDC0000".
	if n := len(w); n > 6 && allDigits(w[n-4:]) && isUpper(w[n-5]) && i > 0 {
		return s[:len(s)-4], w[n-4:]
	}
	return s, ""
}

// cutShortSerial removes a damaged serial of one to three digits when it
// follows a precedence word: "AMEMBASSY MONTEVIDEO PRIORITY 738".
func cutShortSerial(s string) (rest, serial string) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 || len(s)-i-1 > 3 || !allDigits(s[i+1:]) {
		return s, ""
	}
	if _, _, ok := precedenceWord(s[strings.LastIndexByte(s[:i], ' ')+1 : i]); !ok {
		return s, ""
	}
	return s[:i], s[i+1:]
}

func isSerial(w string) bool {
	if a, b, ok := strings.Cut(w, "-"); ok {
		return len(a) >= 4 && len(a) <= 5 && serialDigits(a) && len(b) >= 1 && len(b) <= 5 && serialDigits(b)
	}
	return len(w) >= 4 && len(w) <= 5 && serialDigits(w)
}

// serialDigits reports whether s is a run of digits in which a letter O
// may stand for a zero ("1234O", "O123"), as typed or read back on some
// cables; at most one O and at least three digits.
func serialDigits(s string) bool {
	os := 0
	for i := 0; i < len(s); i++ {
		switch {
		case isDigit(s[i]):
		case s[i] == 'O':
			os++
		default:
			return false
		}
	}
	return os <= 1 && len(s)-os >= 3
}

// zeroForO returns a serial with a letter O read as the zero it stands for.
func zeroForO(serial string) string {
	if strings.IndexByte(serial, 'O') < 0 {
		return serial
	}
	return strings.ReplaceAll(serial, "O", "0")
}

// cutPrecedence removes a trailing precedence ("NIACT IMMEDIATE", "PRIORITY",
// or a known typo, which is returned as typo).
func cutPrecedence(s string) (rest string, p Precedence, typo string) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, "", ""
	}
	w := s[i+1:]
	pw, isTypo, ok := precedenceWord(w)
	if !ok {
		// "//" glued to the precedence: "CIA WASHINGTON DC//PRIORITY" is not
		// seen; keep the rule strict.
		return s, "", ""
	}
	rest = trimRight(s[:i])
	if pw == PrecedenceImmediate && strings.HasSuffix(rest, " NIACT") {
		rest, pw = trimRight(rest[:len(rest)-len(" NIACT")]), PrecedenceNiact
	}
	if isTypo {
		typo = w
	}
	return rest, pw, typo
}

// Keywords that open an addressee block.
const (
	kwFM   = "FM"
	kwTO   = "TO"
	kwINFO = "INFO"
	kwXMT  = "XMT"
)

// cutKeyword splits a leading FM/TO/INFO/XMT keyword ("XMT/" too) from s.
// The keywords start with different letters: the first byte of s names
// the one keyword it may start with.
func cutKeyword(s string) (kw, rest string) {
	if s == "" {
		return "", s
	}
	var k string
	switch s[0] {
	case 'F':
		k = kwFM
	case 'T':
		k = kwTO
	case 'I':
		k = kwINFO
	case 'X':
		k = kwXMT
	default:
		return "", s
	}
	if rest, ok := afterKeyword(s, k); ok {
		return k, rest
	}
	return "", s
}

// afterKeyword reports whether s starts with the keyword k, as a word
// (then the end, a blank, or "/" after XMT), and returns what follows it,
// trimmed.
func afterKeyword(s, k string) (rest string, ok bool) {
	if !strings.HasPrefix(s, k) {
		return "", false
	}
	r := s[len(k):]
	switch {
	case r == "":
		return "", true
	case r[0] == ' ' || r[0] == '\t':
		return trimSpace(r), true
	case k == kwXMT && r[0] == '/':
		return trimSpace(r[1:]), true
	}
	return "", false
}

// Warning kinds of addressee lines.
const (
	// WarnMonthForPrecedence: a month name stands where the precedence
	// belongs, as in Cablegate copies whose line break before the next
	// addressee was lost with its RI and office word: "RUEHXX/AMEMBASSY
	// FOO BAR NOV BAZ 1234" is read as AMEMBASSY FOO BAR and BAZ 1234.
	WarnMonthForPrecedence diag.Kind = "month-for-precedence"
	// WarnStationMismatch: the station of an addressee's routing indicator
	// is another post than the one written ("RUEHXX/AMEMBASSY FOO" where
	// the table gives RUEHXX to AMEMBASSY BAR). Both are kept: the name
	// as written in Name, the RI's station in Station.
	WarnStationMismatch diag.Kind = "station-mismatch"
)

// months are the month abbreviations of date-time groups.
var months = [...]string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}

// monthWord returns the byte offsets of the first word of name that is a
// month abbreviation and follows at least two words (an office word and a
// place), or -1.
func monthWord(name string) (start, end int) {
	words := 0
	for i := 0; i < len(name); {
		for i < len(name) && name[i] == ' ' {
			i++
		}
		j := i
		for j < len(name) && name[j] != ' ' {
			j++
		}
		if j-i == 3 && words >= 2 {
			for _, m := range months {
				if name[i:j] == m {
					return i, j
				}
			}
		}
		if j > i {
			words++
		}
		i = j
	}
	return -1, -1
}

// splitMonthDamage repairs an addressee in which a month stands for the
// precedence: the words before the month are the addressee; words after
// it, with the serial, are a second addressee whose RI and office word
// were lost. With nothing after the month the line is one addressee
// without precedence. It returns the addressees (one or two) and the month,
// "" when the line has no such damage.
func splitMonthDamage(a Addressee) (out [2]Addressee, n int, month string) {
	out[0] = a
	if a.Precedence != "" {
		return out, 1, ""
	}
	i, j := monthWord(a.Name)
	if i < 0 {
		return out, 1, ""
	}
	month = a.Name[i:j]
	out[0].Name = trimRight(a.Name[:i])
	rest := trimSpace(a.Name[j:])
	if rest == "" {
		return out, 1, month
	}
	out[0].Serial = ""
	out[1] = Addressee{Name: rest, Serial: a.Serial, Line: a.Line}
	return out, 2, month
}

// repairMonth is splitMonthDamage with its warning.
func (s *scanner) repairMonth(a Addressee, field string) ([2]Addressee, int) {
	out, n, month := splitMonthDamage(a)
	switch {
	case n == 2:
		s.warn(a.Line, field, WarnMonthForPrecedence, "month "+month+" in place of the precedence; "+
			strconv.Quote(a.Name)+" read as "+strconv.Quote(out[0].Name)+" and "+strconv.Quote(out[1].Name))
	case month != "":
		s.warn(a.Line, field, WarnMonthForPrecedence, "month "+month+" in place of the precedence of "+strconv.Quote(out[0].Name))
	}
	return out, n
}

// postOffices are the office words that open the name of a post.
var postOffices = [...]string{"AMEMBASSY ", "AMCONSUL ", "AMCONGEN ", "USMISSION ", "US MISSION ", "USOFFICE ", "USINT ", "USLO ", "AMEMB "}

// postPlace returns the place of a post's name ("DUSHANBE" for "AMEMBASSY
// DUSHANBE"), "" when name is not a post's.
func postPlace(name string) string {
	for _, o := range postOffices {
		if p, ok := strings.CutPrefix(name, o); ok {
			return trimSpace(p)
		}
	}
	return ""
}

// stationDiffers reports whether the station of an addressee's RI is
// another post than the one written: both are posts and neither place is
// a run of words of the other (AMCONSUL MELBOURNE VIC, THE HAGUE and
// USMISSION UN ROME are the same places as MELBOURNE, HAGUE and ROME;
// USNATO is NATO). An
// agency routed through a post's RI (RUEHC/DEPT OF LABOR WASHDC) is not a
// mismatch.
func stationDiffers(name, station string) bool {
	p, q := postPlace(name), postPlace(station)
	if p == "" || q == "" {
		return false
	}
	p, q = " "+dropUS(p)+" ", " "+dropUS(q)+" "
	return !strings.Contains(p, q) && !strings.Contains(q, p)
}

// dropUS removes the "US" that opens the name of a mission to an
// organization (USNATO, USOSCE, USUN), so that US MISSION NATO BRUSSELS
// and USMISSION USNATO name the same place.
func dropUS(place string) string {
	if !strings.Contains(place, "US") {
		return place
	}
	w := strings.Fields(place)
	for i, x := range w {
		if len(x) > 3 && strings.HasPrefix(x, "US") {
			w[i] = x[2:]
		}
	}
	return strings.Join(w, " ")
}

// checkStation warns when an addressee's RI station is another post than
// the one written.
func (s *scanner) checkStation(a *Addressee, field string) {
	if a.Station != "" && stationDiffers(a.Name, a.Station) {
		s.warn(a.Line, field, WarnStationMismatch, "routing indicator "+a.RoutingIndicator+" is "+a.Station+", the line names "+a.Name)
	}
}
