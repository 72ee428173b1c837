package classification

// correctedCopy is the note of a corrected copy with white space removed,
// lower case: "C O R R E C T E D  C O P Y", "CORRECTED COPY".
const correctedCopy = "correctedcopy"

// hasCorrectedCopy reports whether s holds a corrected-copy note:
// strings.Contains(squeezeUpper(s), "CORRECTEDCOPY"), without building
// the squeezed copy. From each 'c' it matches the letters of the note,
// either case, skipping the white space squeezeUpper removes (' ', '\t',
// '\r', '\n').
func hasCorrectedCopy(s string) bool {
	for i := 0; i+len(correctedCopy) <= len(s); i++ {
		if s[i]|0x20 != 'c' {
			continue
		}
		j, k := i, 0
		for j < len(s) && k < len(correctedCopy) {
			c := s[j]
			switch {
			case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			case c|0x20 == correctedCopy[k] && isLetter(c):
				k++
			default:
				j = len(s)
				continue
			}
			j++
		}
		if k == len(correctedCopy) {
			return true
		}
	}
	return false
}
