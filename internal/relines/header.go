package relines

import (
	"strings"

	"github.com/cablemeta/cablemeta/internal/lexicon"
)

// Matchers for the telegraphic header's lines, found at a word start
// s[i:] when the line breaks around them were lost.

// isRI reports whether w is a routing indicator: "R" then 3 to 7
// capitals or digits (RUEHC, RHMFISS).
func isRI(w string) bool {
	if len(w) < 4 || len(w) > 8 || w[0] != 'R' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !isUpper(w[i]) && !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// riAddress reports whether w opens an addressee with its routing
// indicator: "RUEHC/SECSTATE".
func riAddress(w string) bool {
	ri, name, ok := strings.Cut(w, "/")
	return ok && isRI(ri) && name != "" && isUpper(name[0])
}

// stationWords are the first words of common plain-language addresses
// (PLADs): an address starting with one of them after FM, or in an
// addressee list, is a station.
var stationWords = map[string]bool{
	"AMEMBASSY": true, "AMCONSUL": true, "SECSTATE": true, "USMISSION": true, "USINT": true,
	"USDEL": true, "USEU": true, "USNATO": true, "USUN": true, "USLO": true, "AMEMB": true,
	"SECDEF": true, "CIA": true, "NSC": true, "DIA": true, "JOINT": true, "FBI": true,
	"DEPT": true, "AIT": true, "USOFFICE": true, "AMCONGEN": true, "USCINCEUR": true,
	"CDR": true, "WHITEHOUSE": true, "USLIAISON": true, "USDAO": true, "AMEMBASSYY": true,
}

// stationAt reports whether the word at s[i:] opens a station address:
// a routing indicator and name, or a common PLAD first word.
func stationAt(s string, i int) bool {
	w := s[i:wordEnd(s, i)]
	return riAddress(w) || stationWords[w]
}

// fmAt reports whether s[i:] is the FM line: "FM" and a station address
// ("FM AMEMBASSY LIMA"), not "FM Lavrov".
func fmAt(s string, i int) bool {
	if !strings.HasPrefix(s[i:], "FM ") {
		return false
	}
	_, j := nextWord(s, i)
	return j > 0 && stationAt(s, j)
}

// keywordAt reports whether s[i:] is the addressee keyword kw ("TO",
// "INFO", "XMT") followed by an address in capitals.
func keywordAt(s string, i int, kw string) bool {
	if !strings.HasPrefix(s[i:], kw) || wordEnd(s, i) != i+len(kw) {
		return false
	}
	w, j := nextWord(s, i)
	return j > 0 && upperWord(w)
}

// deAt reports whether s[i:] is the DE line: "DE", a routing indicator,
// and "#" with the station serial ("DE RUEHLM #1234/01 0451200").
func deAt(s string, i int) bool {
	if !strings.HasPrefix(s[i:], "DE ") {
		return false
	}
	ri, j := nextWord(s, i)
	if j < 0 || !isRI(ri) {
		return false
	}
	num, k := nextWord(s, j)
	return k > 0 && len(num) > 1 && num[0] == '#' && isDigit(num[1])
}

// securityAt reports whether s[i:] is the security line "ZNY CCCCC" or
// "ZNR UUUUU": ZNY or ZNR and five times the same capital.
func securityAt(s string, i int) bool {
	if !strings.HasPrefix(s[i:], "ZNY ") && !strings.HasPrefix(s[i:], "ZNR ") {
		return false
	}
	w, _ := nextWord(s, i)
	return len(w) == 5 && isUpper(w[0]) && strings.Count(w, w[:1]) == 5
}

// transmissionAt reports whether the word at s[i:] is a transmission id
// ("VZCZCXRO1234"): a line of its own.
func transmissionAt(s string, i int) bool {
	return strings.HasPrefix(s[i:], "VZCZC")
}

// pageHeaderAt returns the end of a received copy's page header at s[i:]
// ("PAGE 01 NORTHT 01234 01 OF 02 011200Z"), 0 if none.
func pageHeaderAt(s string, i int) int {
	if !strings.HasPrefix(s[i:], "PAGE ") {
		return 0
	}
	pb, ok := lexicon.PageBreakLine(s[i:min(len(s), i+80)])
	if !ok || !pb.Header {
		return 0
	}
	return i + pb.End
}

// officeListAt returns the end of a received copy's office list at
// s[i:] ("ACTION EUR-12", "INFO LOG-00 ADS-00 /012 W"), 0 if none.
func officeListAt(s string, i int) int {
	switch s[i] {
	case 'A', 'I', 'O':
	default:
		return 0
	}
	end, ok := lexicon.OfficeLine(s[i:min(len(s), i+800)])
	if !ok {
		return 0
	}
	return i + end
}

// controlAt reports whether the word at s[i:] opens a received copy's
// control line: a run of dashes ("------------------123456 011200Z /38").
func controlAt(s string, i int) bool {
	return strings.HasPrefix(s[i:], "-----") && wordEnd(s, i)-i > 5
}
