package marking

// SecurityLevel returns the level that the classification characters of
// a telegraphic security line (format line 4, "ZNY CCCCC ZZH") stand
// for, read from their first character: U (UNCLASSIFIED), E (UNCLASSIFIED,
// EFTO), C (CONFIDENTIAL), S (SECRET) or T (TOP SECRET). It reports false
// for any other text. The characters are written five times ("CCCCC");
// checking that form is the caller's part.
func SecurityLevel(chars string) (Level, bool) {
	if chars == "" {
		return LevelUnknown, false
	}
	switch chars[0] {
	case 'U', 'E':
		return Unclassified, true
	case 'C':
		return Confidential, true
	case 'S':
		return Secret, true
	case 'T':
		return TopSecret, true
	}
	return LevelUnknown, false
}
