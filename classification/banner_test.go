package classification

import (
	"testing"

	"github.com/cablemeta/cablemeta/marking"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Banner lines from the dev corpus and docs/classification.md#banner-line.
func TestParseBanner(t *testing.T) {
	tests := []struct {
		in      string
		level   marking.Level
		caveats []string
		section *Section
		origin  string
		serial  string
		num     int
		tail    string
		garbled bool
	}{
		{"C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 006403 ", marking.Confidential, nil, &Section{1, 3}, "BEIJING", "006403", 6403, "", false},
		{"UNCLAS SECTION 01 OF 02 SAN JOSE 000123", marking.Unclassified, nil, &Section{1, 2}, "SAN JOSE", "000123", 123, "", false},
		{"SECRET//NOFORN", marking.Secret, []string{"NOFORN"}, nil, "", "", 0, "", false},
		{"SECRET//FGI//NOFORN//MR", marking.Secret, []string{"FGI", "NOFORN", "MR"}, nil, "", "", 0, "", false},
		{"SS E C R E T SECTION 01 OF 03 ISLAMABAD 000428 ", marking.Secret, nil, &Section{1, 3}, "ISLAMABAD", "000428", 428, "", true},
		{"CSE C R E T STATE 012345", marking.Secret, nil, nil, "STATE", "012345", 12345, "", true},
		{"C ONFIDENTIAL SECTION 01 of 03 BAKU 000744 ", marking.Confidential, nil, &Section{1, 3}, "BAKU", "000744", 744, "", false},
		{"UUNCLAS LONDON 000123", marking.Unclassified, nil, nil, "LONDON", "000123", 123, "", true},
		{"O N F I D E N T I A L SECTION 02 OF 04 KABUL 000356", marking.Confidential, nil, &Section{2, 4}, "KABUL", "000356", 356, "", true},
		{"E C R E T PARIS 000001", marking.Secret, nil, nil, "PARIS", "000001", 1, "", true},
		{"S e c r e t state 068250", marking.Secret, nil, nil, "state", "068250", 68250, "", false},
		{"C o n f i d e n t i a l section 01 of 04 ankara 000348", marking.Confidential, nil, &Section{1, 4}, "ankara", "000348", 348, "", false},
		{"UNCLAS E F T O SECTION 01 OF 02 MANAGUA 001234", marking.Unclassified, []string{"EFTO"}, &Section{1, 2}, "MANAGUA", "001234", 1234, "", false},
		{"C O N F I D E N T I A L XXXXXXXXXXXX 000004 ", marking.Confidential, nil, nil, "XXXXXXXXXXXX", "000004", 4, "", false},
		{"S E C R E T BOGOTA 000243 SIPDIS NOFORN", marking.Secret, nil, nil, "BOGOTA", "000243", 243, "SIPDIS NOFORN", false},
		{"S E C R E T CAIRO 000326FOR NEA AND HE.O. 12958: DECL: 02/23/2019", marking.Secret, nil, nil, "CAIRO", "000326", 326, "FOR NEA AND HE.O. 12958: DECL: 02/23/2019", false},
		{"C O N F I D E N T I A L SECTION 01 OF 02 SAN SALVADOR 000123", marking.Confidential, nil, &Section{1, 2}, "SAN SALVADOR", "000123", 123, "", false},
		{"C O N F I D E N T I A L SECTION 02 OF 03 CAPE TOWN 00097", marking.Confidential, nil, &Section{2, 3}, "CAPE TOWN", "00097", 97, "", false},
		{"LIMITED OFFICIAL USE TEHRAN 02069", marking.LimitedOfficialUse, nil, nil, "TEHRAN", "02069", 2069, "", false},
		{"UNCLASSIFIED BUENOS AIRES 2481 ", marking.Unclassified, nil, nil, "BUENOS AIRES", "2481", 2481, "", false},
		{"CONFIDENTIAL", marking.Confidential, nil, nil, "", "", 0, "", false},
		{"\tC O N F I D E N T I A L SECTION 01 OF 02 BERN 001280 \\", marking.Confidential, nil, &Section{1, 2}, "BERN", "001280", 1280, "", false},
		{"SECRET//REL TO USA, FVEY SECTION 01 OF 02 KABUL 000123", marking.Secret, []string{"REL TO USA, FVEY"}, &Section{1, 2}, "KABUL", "000123", 123, "", false},
		{"SECRET//REL NATO//NOFORN", marking.Secret, []string{"REL NATO", "NOFORN"}, nil, "", "", 0, "", false},
		{"UNCLASSIFIED//FOR OFFICIAL USE ONLY", marking.Unclassified, []string{"FOUO"}, nil, "", "", 0, "", false},
		{"UNCLAS//FOUO STATE 000001", marking.Unclassified, []string{"FOUO"}, nil, "STATE", "000001", 1, "", false},
		{"TOP SECRET STATE 123456", marking.TopSecret, nil, nil, "STATE", "123456", 123456, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			b, ok := ParseBanner(tt.in)
			require.True(t, ok)
			assert.Equal(t, tt.level, b.Level)
			assert.Equal(t, tt.caveats, b.Caveats)
			assert.Equal(t, tt.section, b.Section)
			assert.Equal(t, tt.origin, b.Origin)
			assert.Equal(t, tt.serial, b.Serial)
			assert.Equal(t, tt.num, b.SerialNumber)
			assert.Equal(t, tt.tail, b.Tail)
			assert.Equal(t, tt.garbled, b.Garbled)
		})
	}
}

func TestParseBannerRejects(t *testing.T) {
	for _, in := range []string{
		"SECRETARY RICE MET WITH", "CONFIDENTIALITY AGREEMENT 2009", "SECRET TALKS WITH IRAN",
		"classification: SECRET", "ZNY CCCCC ZZH", "Secret talks in 2009 were", "SUBJECT: SECRET DEAL",
		"", "S", "ASSECRET", "SECRET//BOGUS",
	} {
		_, ok := ParseBanner(in)
		assert.False(t, ok, in)
	}
}
