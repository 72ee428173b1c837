package classification

import (
	"testing"

	"github.com/cablemeta/cablemeta/marking"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// E.O. lines from the dev corpus, docs/classification.md#eo-line and the peer
// cases (testdata/README.md).
func TestParseEO(t *testing.T) {
	tests := []struct {
		in    string
		order string
		date  string
		event string
		raw   string
		dng   marking.Level
	}{
		// peer cases nondisclosure_deadline.jsonl
		{"DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012 ", "12958", "2012-11-22", "", "DECL: 11/22/2012", ""},
		{"E.O. 12958: DECL: 11/03/2015", "12958", "2015-11-03", "", "DECL: 11/03/2015", ""},
		{"EO 12958 DECL: 12/31/2034", "12958", "2034-12-31", "", "DECL: 12/31/2034", ""},
		{"EO 12958: decl: 6/3/08", "12958", "2008-06-03", "", "decl: 6/3/08", ""},
		{"EO 12958: decl: 06/30/08", "12958", "2008-06-30", "", "decl: 06/30/08", ""},
		{"E.O. 12958: N/A", "12958", "", "N/A", "N/A", ""},
		// corpus and spec
		{"E.O. 12958: DECL: 2019/02/12", "12958", "2019-02-12", "", "DECL: 2019/02/12", ""},
		{"E.O. 12958: DECL: 2019-02-12", "12958", "2019-02-12", "", "DECL: 2019-02-12", ""},
		{"E.O. 12958: DECL:  8/3/2019", "12958", "2019-08-03", "", "DECL:  8/3/2019", ""},
		{"E.O. 12958: DECL: 12/31/98", "12958", "1998-12-31", "", "DECL: 12/31/98", ""},
		{"E.O. 12958: DECL: 09/03/15", "12958", "2015-09-03", "", "DECL: 09/03/15", ""},
		{"E.O. 12958: DECL: 011/2/2019", "12958", "2019-11-02", "", "DECL: 011/2/2019", ""},
		{"E.O. 12958: DECLl: 03/24/2019", "12958", "2019-03-24", "", "DECLl: 03/24/2019", ""},
		{"E.O. 12958: 03/24/2019", "12958", "2019-03-24", "", "03/24/2019", ""},
		{"E.O. 12356: DECL: OADR", "12356", "", "OADR", "DECL: OADR", ""},
		{"E.O.12356: DECL:OADR", "12356", "", "OADR", "DECL:OADR", ""},
		{"E.O. 12356:  DECL:  OADR ", "12356", "", "OADR", "DECL:  OADR", ""},
		{"E.O. 11652: GDS", "11652", "", "GDS", "GDS", ""},
		{"E.O. 11652: XGDS-2", "11652", "", "XGDS-2", "XGDS-2", ""},
		{"E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P", "12065", "1985-08-12", "GDS", "GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P", ""},
		{"E.O. 12958: DECL: X1", "12958", "", "X1", "DECL: X1", ""},
		{"E.O. 12958: DECL: 1.6X1", "12958", "", "1.6X1", "DECL: 1.6X1", ""},
		{"E.O. 12958: DECL: MR", "12958", "", "MR", "DECL: MR", ""},
		{"E.O. 12958: DNG: CO 04/08/2026", "12958", "2026-04-08", "DNG: CO", "DNG: CO 04/08/2026", marking.Confidential},
		{"E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION", "12958", "", "TEN YEARS AFTER KOREAN UNIFICATION", "DECL: TEN YEARS AFTER KOREAN UNIFICATION", ""},
		{"E.o. 12958: decl: after korean unification", "12958", "", "after korean unification", "decl: after korean unification", ""},
		{"E.O. 13526: DECL: 01/04/2020", "13526", "2020-01-04", "", "DECL: 01/04/2020", ""},
		{"E.O. 12958: DECL: 03/20/2019 TAG PTER, PGOV, ASEC", "12958", "2019-03-20", "", "DECL: 03/20/2019", ""},
		{"E.O. 12958: DECL: 05/21/2015TAGS: PREL PGOV PTER", "12958", "2015-05-21", "", "DECL: 05/21/2015", ""},
		{"E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m.", "12958", "2014-01-07", "", "decl: 01/07/2014", ""},
		{"S E C R E T CAIRO 000326FOR NEA AND HE.O. 12958: DECL: 02/23/2019", "12958", "2019-02-23", "", "DECL: 02/23/2019", ""},
		{"E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009 ", "12958", "", "DECLASSIFIED BY NARA 09/02/2009", "DECL: DECLASSIFIED BY NARA 09/02/2009", ""},
		{"E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006", "12958", "", "AS AMENDED; DECLASSIFIED JUNE 21, 2006", "AS AMENDED; DECLASSIFIED JUNE 21, 2006", ""},
		{"EO 12958 XXXXXXXXXXXXX ", "12958", "", "XXXXXXXXXXXXX", "XXXXXXXXXXXXX", ""},
		{"E.O. 12598: DECL: 10/10/2017", "12598", "2017-10-10", "", "DECL: 10/10/2017", ""},
		{"Declassify on: Source marked 25X1-human, Date of source: October 30, 2008", "", "", "Source marked 25X1-human, Date of source: October 30, 2008", "Declassify on: Source marked 25X1-human, Date of source: October 30, 2008", ""},
		{"Declassify on 8/31/2034", "", "2034-08-31", "", "Declassify on 8/31/2034", ""},
		{"E.O. 12958: DECL: 02/30/2019", "12958", "", "02/30/2019", "DECL: 02/30/2019", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := ParseEO(tt.in)
			require.True(t, ok)
			assert.Equal(t, tt.order, d.ExecutiveOrder)
			assert.Equal(t, tt.date, d.Date.String())
			assert.Equal(t, tt.event, d.Event)
			assert.Equal(t, tt.raw, d.Raw)
			assert.Equal(t, tt.dng, d.DowngradeTo)
		})
	}
}

func TestParseEORejects(t *testing.T) {
	for _, in := range []string{"TAGS: PREL", "SUBJECT: GEO 12", "", "E.O. 1295: DECL", "PEOPLE 12958"} {
		_, ok := ParseEO(in)
		assert.False(t, ok, in)
	}
}
