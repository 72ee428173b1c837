package textutil

// HasDigitRun reports whether s holds at least n consecutive ASCII digits
// (true for n <= 0). It probes every n-th byte, so most text is rejected
// without looking at every byte: the cheap pre-check before a serial,
// DTG or page-break pattern.
func HasDigitRun(s string, n int) bool {
	return IndexDigitRun(s, n) >= 0
}

// IndexDigitRun returns the index of the first run of at least n
// consecutive ASCII digits in s (the start of the whole run), or -1; 0
// for n <= 0. It probes every n-th byte, as HasDigitRun.
func IndexDigitRun(s string, n int) int {
	if n <= 0 {
		return 0
	}
	for i := n - 1; i < len(s); i += n {
		if !isDigit(s[i]) {
			continue
		}
		lo, hi := i, i+1
		for lo > 0 && isDigit(s[lo-1]) {
			lo--
		}
		for hi < len(s) && isDigit(s[hi]) {
			hi++
		}
		if hi-lo >= n {
			return lo
		}
		// s[hi] is no digit: a later run starts after it and covers hi+n.
		i = hi
	}
	return -1
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
