// Package header parses the telegraphic header of a US diplomatic telegram
// ("cable"): the transmission identifier (VZCZC...), the precedence prosign
// and relay routing indicators, the DE line, the security line, the
// date-time group (DTG) and the FM/TO/INFO/XMT addressees, plus the
// preamble of received copies (PAGE line, action office, distribution list,
// control line). The format is described in docs/header.md.
//
// [Parse] takes a whole cable (or just its header) and finds the header
// itself: it skips "Cable Text:" prefixes, banner lines and mailbox
// printouts before VZCZC, starts at the DTG line of older cables or at the
// PAGE 01 block of received copies, and stops at the end of the addressee
// block. A text without a header is not an error: the result then reports
// Found() == false. Each format line also has its own parser ([ParseDTG],
// [ParseDE], [ParseAddressee], ...) returning a typed value and a
// [*diag.ParseError].
//
// The input
//
//	VZCZCXRO1249
//	OO RUEHCN RUEHGH RUEHVC
//	DE RUEHBJ #6403/01 2711431
//	ZNY CCCCC ZZH
//	O 281431Z SEP 07
//	FM AMEMBASSY BEIJING
//	TO RUEHC/SECSTATE WASHDC IMMEDIATE 2350
//	INFO RUEHOO/CHINA POSTS COLLECTIVE
//
// results in TransmissionID "VZCZCXRO1249" (channel XRO, number 1249),
// Relay {OO, IMMEDIATE, [RUEHCN RUEHGH RUEHVC]}, DE {RUEHBJ "AMEMBASSY
// BEIJING", serial "6403", section 1, day 271, filing time "1431"},
// Security {ZNY, CCCCC, CONFIDENTIAL, op signals [ZZH]}, DTG {IMMEDIATE,
// 2007-09-28 14:31 UTC}, From "AMEMBASSY BEIJING", To [RUEHC/"SECSTATE
// WASHDC" IMMEDIATE serial "2350"] and Info [RUEHOO/"CHINA POSTS
// COLLECTIVE"].
//
// # Supported variants
//
//   - FL1 "VZCZC" + channel letters + 3-4 digits (XRO, XYZ, MDI, DOI, ADI),
//     anywhere on its line; FL2 prosigns (ZZ, OO, PP, RR, YY and odd ones
//     such as NN) with routing indicators wrapped over any number of lines;
//     FL3 with or without "/NN" section, FL4 glued to FL3.
//   - FL4 ZNR/ZNY with UUUUU, EEEEE, CCCCC, SSSSS, TTTTT, SPECAT "/AAAAA",
//     "/BBBBB", operating signals (ZZH, ZDK, ZDS, ZUI ...) and "(CCY ...)"
//     corrected-copy notes; damaged runs such as "SSSAA" keep their level
//     with a warning.
//   - DTG lines with one or two precedence letters, trailing operating
//     signals, two- or four-digit years, and the bare "240549Z Sep 03" form
//     of partial extracts. Two-digit years use the window yy >= 66 -> 19yy,
//     else 20yy ([Year]). 2400Z is read as 0000Z of the next day.
//   - Headers that start at the DTG line (1966-2002), received copies and
//     PlusD printouts (PAGE, ACTION/ORIGIN, INFO office list, dashed control
//     line, DRAFTED/APPROVED lines kept in [ReceivedCopy].Other), partial
//     extracts ([Header].Partial), mailbox printouts before VZCZC.
//   - Addressees with or without routing indicator, ZEN/, "//" office
//     suffixes, precedence (FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY,
//     ROUTINE; typos such as PIORITY normalised with a warning), serials
//     "2350" and ranges "2276-2279", XMT and XMT/ exemptions (also attached
//     to the collective they exempt from as [Addressee].Excluded), page
//     headers embedded in address blocks ("TO PAGE 02 STATE 015113
//     182333Z"), received-copy page breaks and office lists inside blocks.
//   - Media-partner datelines ("Friday, 23 February 2001, 15:53") are
//     reported separately as [Header].Dateline, never as a DTG.
//   - A received-copy header whose line ends were lost (control line, DTG,
//     FM and TO on one line) yields the DTG and FM with a warning.
//   - Station names of routing indicators come from an embedded table
//     ([LookupRI]) with dated names for reassigned indicators (RUEHTA). An
//     addressee keeps the name as written; when its RI's station is another
//     post (RUEHTA/AMEMBASSY DUSHANBE, RUEHTA being Astana), both are kept
//     with a station-mismatch warning.
//   - A month standing where an addressee's precedence belongs, running
//     into the next addressee whose RI and office word were lost
//     ("RUEHXX/AMEMBASSY FOO NOV BAR 1234", a Cablegate copy defect), is
//     read as two addressees (AMEMBASSY FOO and BAR 1234) with a
//     month-for-precedence warning. A serial with a letter O for a zero
//     ("1234O") is a serial.
//
// # Notable divergences
//
//   - FL2 routing indicators are reported but never used as recipients.
//   - Meanings of operating signals (ZZH, ZDK, ZUI ...) and of channel
//     designators are not interpreted; they are kept as written.
//   - Names are kept as written (typos included); no PLAD normalisation.
//   - The received-copy PAGE and control-line times carry no month or
//     year and are never turned into dates.
//   - A blank line ends the address block unless the next line is clearly
//     header material (an RI/PLAD line, INFO/XMT, a PAGE line).
//   - The DE day of year is compared with the DTG; any difference is a
//     warning ([WarnDayOfYearMismatch]), even a one-day lag.
package header
