package cable

import "time"

// Published is the wrapper's own metadata about a cable: the metadata
// table of a WikiLeaks cable-viewer page, the first six columns of a
// cables.csv row, or a WikiLeaks database row leaked into a page. It is the
// publisher's view, kept verbatim and never used to fill the parsed fields
// of a [Cable], which come from the cable text alone.
//
// Known publisher bugs are kept as published, not repaired:
//
//   - On pages made before August 2011 the minutes of Created hold the
//     hour on a 12-hour clock (strftime %I); day and hour are right. The
//     cable's own DTG is the real time.
//   - The title= attribute of the page's classification link is off by
//     one category; Classification is taken from the link text, which is
//     right.
//   - A few WikiLeaks ids are malformed (e.g. "7575LIBREVILLE1895").
type Published struct {
	// ReferenceID is the publisher's cable id, e.g. "07BEIJING6403".
	ReferenceID string
	// Created is the publisher's creation time as printed
	// ("2001-02-23 15:03" on pages, "12/28/1966 18:48" in cables.csv).
	Created string
	// Released is the page's release time ("2010-12-08 21:09").
	Released string
	// Classification is the publisher's label, e.g. "SECRET//NOFORN".
	Classification string
	// Origin is the publisher's name of the sender, e.g. "Embassy Bern".
	Origin string
	// References lists the cable ids the publisher links to (the
	// "|"-separated references column of cables.csv or of a leaked row).
	References []string
	// RecordID is the numeric id of a cables.csv row or a leaked row.
	RecordID string
	// Articles lists the page's "Appears in these articles" links.
	Articles []string
	// LeakedRow holds the columns of a WikiLeaks database row found at the
	// start of a page's <pre> block (about 1 page in 100; see
	// WarnReadLeakedRow). Its date is exact to the second.
	LeakedRow *LeakedRow
}

// CreatedTime returns Created as a time, read as UTC: the publisher's
// "2006-01-02 15:04" (pages) or "01/02/2006 15:04" (cables.csv) form. It
// reports false when Created is empty or in neither form. It is Created
// as published, its known errors included (the minutes of pages made
// before August 2011); the cable's own time is [Cable.DTG].
func (p *Published) CreatedTime() (time.Time, bool) {
	if p == nil || p.Created == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{"2006-01-02 15:04", "01/02/2006 15:04", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, p.Created); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// LeakedRow is the metadata part of a tab-separated WikiLeaks database row
// that some cable-viewer pages show inside their body <pre> block, before
// the cable text: [record id,] date, reference id, origin, classification,
// references.
type LeakedRow struct {
	RecordID       string
	Date           string
	ReferenceID    string
	Origin         string
	Classification string
	References     []string
}
