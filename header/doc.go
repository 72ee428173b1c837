// Package header parses the telegraphic header of a US diplomatic telegram
// ("cable"): the transmission line (VZCZC...), the relay line, the DE line,
// the security line, the date-time group (DTG) and the FM/TO/INFO/XMT
// addressees, and the preamble of received copies (PAGE line, action and
// INFO offices, control line). docs/header.md describes these lines.
//
// [Parse] finds the header in a whole cable: it starts at the transmission
// line, at the DTG line of older cables or at the PAGE 01 block of a
// received copy, and stops after the last addressee. A text without a
// header is not an error ([Header.Found] reports false). Each line also has
// its own parser ([ParseDTG], [ParseDE], [ParseAddressee], ...) returning
// a typed value or a [*diag.ParseError].
//
// The relay line's routing indicators are reported but never used as
// recipients; names are kept as written, and operating signals (ZZH, ZDK,
// ...) and channel designators are not interpreted. Two-digit DTG years are
// read with the window 66-99 -> 19yy, 00-65 -> 20yy ([Year]). The PAGE and
// control-line times have no month or year and are not turned into dates.
// Irregular lines (a misspelt precedence, a month in place of a
// precedence, a DE day of year that is not the DTG's, an RI naming another
// post than the addressee) are kept, with a warning.
//
// The header
//
//	VZCZCXRO0417
//	PP RUEHNE
//	DE RUEHLM #0815/01 1231042
//	ZNY CCCCC ZZH
//	P 031042Z MAY 07
//	FM AMEMBASSY COLOMBO
//	TO RUEHC/SECSTATE WASHDC PRIORITY 4711
//
// gives the transmission line VZCZCXRO0417, the relay line {PRIORITY,
// [RUEHNE]}, DE {RUEHLM "AMEMBASSY COLOMBO", serial 0815, section 1, day
// 123}, a CONFIDENTIAL security line, DTG {PRIORITY, 2007-05-03 10:42
// UTC}, From "AMEMBASSY COLOMBO" and To [RUEHC/"SECSTATE WASHDC" PRIORITY
// 4711].
package header
