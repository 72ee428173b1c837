package header

import "strings"

// Relay is format line 2 (FL2): the precedence prosign and the routing
// indicators of the delivery stations, wrapped over up to three lines
// (docs/header.md#relay-line). FL2 is a delivery list, not the addressee list.
type Relay struct {
	Prosign           string     `json:"prosign"`            // "OO"
	Precedence        Precedence `json:"precedence"`         // IMMEDIATE for OO
	RoutingIndicators []string   `json:"routing_indicators"` // ["RUEHCN", "RUEHGH", "RUEHVC"]
	Line              int        `json:"line,omitempty"`
}

// ParseRelay parses an FL2 block: a prosign (ZZ, OO, PP, RR, YY) followed by
// routing indicators, then optional continuation lines holding routing
// indicators only (lines separated by "\n").
func ParseRelay(text string) (*Relay, error) {
	var r *Relay
	rd := lineReader{text: text, num: 1}
	for {
		line, num, ok := rd.next()
		if !ok {
			break
		}
		s := trimSpace(line)
		if s == "" {
			continue
		}
		if r == nil {
			var err error
			r, err = parseRelay(s, num)
			if err != nil {
				return nil, err
			}
			continue
		}
		if !isRIList(s) {
			return r, newErr(num, "relay", ErrRelay, "continuation line holds more than routing indicators: %q", clip(s))
		}
		r.RoutingIndicators = appendRIs(r.RoutingIndicators, s)
	}
	if r == nil {
		return nil, newErr(1, "relay", ErrRelay, "empty input")
	}
	return r, nil
}

func parseRelay(s string, num int) (*Relay, error) {
	pro, rest := cutWord(s)
	if !isProsign(pro) {
		return nil, newErr(num, "relay", ErrRelay, "want a prosign such as ZZ, OO, PP or RR, got %q", clip(pro))
	}
	if rest != "" && !isRIList(rest) {
		return nil, newErr(num, "relay", ErrRelay, "want routing indicators after %s, got %q", pro, clip(rest))
	}
	p := letterPrecedence(pro[:1])
	return &Relay{Prosign: pro, Precedence: p, RoutingIndicators: appendRIs(nil, rest), Line: num}, nil
}

// isProsign reports whether s is an FL2 precedence prosign: a doubled
// capital letter. ZZ, OO, PP, RR and YY have a precedence; others seen in
// cables (NN, in 08STATE88235) are kept with an empty precedence.
func isProsign(s string) bool {
	return len(s) == 2 && s[0] == s[1] && isUpper(s[0])
}

// isRelayLine reports whether s is an FL2 line: a prosign and at least one RI.
func isRelayLine(s string) bool {
	pro, rest := cutWord(s)
	return isProsign(pro) && rest != "" && isRIList(rest)
}

// isRIList reports whether s is a non-empty space separated list of RIs.
// A few tokens that do not start with R are tolerated ("GIPNC" in
// 10MADRID192) as long as most tokens are RIs.
func isRIList(s string) bool {
	n, other := 0, 0
	for s != "" {
		var w string
		w, s = cutWord(s)
		switch {
		case isRI(w):
			n++
		case isRIShaped(w):
			other++
		default:
			return false
		}
	}
	return n > 0 && other < n
}

// isRIShaped reports 4 to 8 capital letters or digits.
func isRIShaped(w string) bool {
	if len(w) < 4 || len(w) > 8 || !isUpper(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if !isUpper(w[i]) && !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// appendRIs appends the routing indicators of s, a list that isRIList
// accepts, to dst. They are the words isRIList cut it into, which are
// strings.Fields(s) as the words of such a list hold no white space; they
// are appended one by one instead of through the slice Fields would make.
func appendRIs(dst []string, s string) []string {
	if s == "" {
		return dst
	}
	if dst == nil {
		dst = make([]string, 0, strings.Count(s, " ")+1)
	}
	for s != "" {
		var w string
		w, s = cutWord(s)
		dst = append(dst, w)
	}
	return dst
}
