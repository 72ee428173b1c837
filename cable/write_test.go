package cable_test

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cablemeta/cablemeta/cable"
	"github.com/cablemeta/cablemeta/cable/cabletest"
	"github.com/cablemeta/cablemeta/classification"
	"github.com/cablemeta/cablemeta/header"
	"github.com/cablemeta/cablemeta/marking"
	"github.com/cablemeta/cablemeta/paragraph"
	"github.com/cablemeta/cablemeta/refs"
)

// sampleCable is a small hand-made cable.
func sampleCable() *cable.Cable {
	tid, _ := header.ParseTransmissionID("VZCZCXRO1249")
	return &cable.Cable{
		ReferenceID: "07BEIJING6403",
		Header: &header.Header{
			TransmissionID: tid,
			DTG:            &header.DTG{Precedence: header.PrecedenceImmediate, Time: time.Date(2007, 9, 28, 14, 31, 0, 0, time.UTC)},
			From:           &header.Addressee{RoutingIndicator: "RUEHBJ", Name: "AMEMBASSY BEIJING"},
			To:             []header.Addressee{{RoutingIndicator: "RUEHC", Name: "SECSTATE WASHDC", Precedence: header.PrecedenceImmediate, Serial: "2350"}},
			Info:           []header.Addressee{{RoutingIndicator: "RUEHAH", Name: "AMEMBASSY ASHGABAT", Serial: "0713"}},
		},
		Classification: &classification.Result{
			Classification: &classification.Classification{Level: marking.Confidential},
			Captions:       []classification.Caption{{Kind: classification.CaptionSIPDIS, Text: "SIPDIS"}},
			Declassification: &classification.Declassification{ExecutiveOrder: "12958",
				Date: classification.Date{Year: 2032, Month: 9, Day: 28}},
			ClassifiedBy: &classification.ClassifiedBy{Names: []string{"Aubrey Carlson"}, Title: "Political Minister Counselor",
				Reasons: []classification.Reason{{Section: "1.4", Letter: "b"}, {Section: "1.4", Letter: "d"}}},
		},
		References: []refs.Reference{{ID: "07BEIJING5960", Text: "BEIJING 5960"}},
		Body: &paragraph.Body{
			Subject: "SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO MANDATE",
			Summary: "Scholars and staff offered clashing views.",
			Paragraphs: []paragraph.Paragraph{
				{Number: 1, Marking: &marking.Marking{Level: marking.Confidential}, Text: "The secretariat stressed security links."},
				{Number: 2, Marking: &marking.Marking{Level: marking.Unclassified}, Heading: "Economic Links", Text: "Researchers said the SCO is an economic organization.\n-- first item\n-- second item"},
			},
			Signers: []string{"RANDT"},
		},
	}
}

func TestWriterCablegate(t *testing.T) {
	s, err := (&cable.Writer{}).Text(sampleCable())
	require.NoError(t, err)
	for _, want := range []string{
		"VZCZCXRO1249\nOO RUEHWEB\n\nDE RUEHBJ #6403/01 2711431\nZNY CCCCC ZZH\nO 281431Z SEP 07\nFM AMEMBASSY BEIJING\n",
		"TO RUEHC/SECSTATE WASHDC IMMEDIATE 2350\nINFO RUEHAH/AMEMBASSY ASHGABAT 0713\n\nC O N F I D E N T I A L BEIJING 006403\n\nSIPDIS\n\n",
		"E.O. 12958: DECL: 09/28/2032\n",
		"REF: BEIJING 5960\n",
		"Classified By: Aubrey Carlson, Political Minister Counselor. Reasons\n1.4 (b/d).\n",
		"1. (C) SUMMARY: Scholars and staff offered clashing views. END\nSUMMARY. The secretariat",
		"Economic Links\n--------------\n\n2. (U) Researchers said the SCO is an economic organization.\n-- first item\n-- second item\n",
		"\n\nRANDT\n",
	} {
		assert.Contains(t, s, want)
	}
	for _, l := range strings.Split(s, "\n") {
		assert.LessOrEqual(t, len(l), cable.DefaultWidth, "line %q", l)
	}
}

func TestWriterSections(t *testing.T) {
	c := sampleCable()
	c.Body.Paragraphs[1].Text = strings.Repeat("The researchers said the organization is economic. ", 20)
	s, err := (&cable.Writer{Sections: 3}).Text(c)
	require.NoError(t, err)
	assert.Contains(t, s, "C O N F I D E N T I A L SECTION 01 OF 03 BEIJING 006403\n")
	assert.Contains(t, s, "\n\nBEIJING 00006403 002 OF 003\n\n")
	assert.Contains(t, s, "\n\nBEIJING 00006403 003 OF 003\n\n")

	s, err = (&cable.Writer{Layout: cable.LayoutReceivedCopy, Sections: 2, PageLines: 5}).Text(c)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(s, "CONFIDENTIAL\n\nPAGE 01        BEIJIN  06403  01 OF 02  281431Z\nO 281431Z SEP 07\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC IMMEDIATE 2350\n"), s)
	assert.Contains(t, s, "\nCONFIDENTIAL\n\nCONFIDENTIAL\n\nPAGE 02        BEIJIN  06403  01 OF 02  281431Z\n\n")
	assert.Contains(t, s, "\nCONFIDENTIAL\n\nO 281431Z SEP 07\nFM AMEMBASSY BEIJING\nTO SECSTATE WASHDC IMMEDIATE 2351\n")
	assert.Contains(t, s, "C O N F I D E N T I A L SECTION 02 OF 02 BEIJING 006403\n")
	assert.True(t, strings.HasSuffix(s, "RANDT\n\nCONFIDENTIAL\n"))
}

func TestWriterHeaderless(t *testing.T) {
	c := sampleCable()
	c.Header.TransmissionID, c.ReferenceID = nil, "75TEHRAN2069"
	c.Header.From.Name = "AMEMBASSY TEHRAN"
	s, err := (&cable.Writer{}).Text(c)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(s, "O 281431Z SEP 07\nFM AMEMBASSY TEHRAN\n"), s)
	assert.Contains(t, s, "C O N F I D E N T I A L TEHRAN 02069\n")
}

func TestWriterErrors(t *testing.T) {
	_, err := (&cable.Writer{}).Text(nil)
	assert.True(t, errors.Is(err, cable.ErrWrite))
	_, err = (&cable.Writer{Layout: "pdf"}).Text(sampleCable())
	assert.True(t, errors.Is(err, cable.ErrWrite))
	_, err = (&cable.Writer{Sections: 100}).Text(sampleCable())
	assert.True(t, errors.Is(err, cable.ErrWrite))
	c := sampleCable()
	c.ReferenceID = "not an id"
	_, err = (&cable.Writer{}).Text(c)
	assert.True(t, errors.Is(err, cable.ErrWrite))
	assert.Error(t, cable.Write(failWriter{}, sampleCable()))
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestWriteRealCable parses a real cable, writes it and parses the text
// again: the metadata must survive.
func TestWriteRealCable(t *testing.T) {
	data, err := os.ReadFile("testdata/write/07BEIJING6403.md")
	require.NoError(t, err)
	orig, err := (&cable.Parser{}).ParseString(string(data))
	require.NoError(t, err)
	require.Equal(t, "07BEIJING6403", orig.ReferenceID)
	for _, w := range []cable.Writer{{}, {Sections: 3}, {Layout: cable.LayoutReceivedCopy, PageLines: 20}} {
		s, err := w.Text(orig)
		require.NoError(t, err)
		got, err := (&cable.Parser{}).ParseString(s)
		require.NoError(t, err)
		ms := cabletest.Compare(orig, got)
		if w.Layout == cable.LayoutReceivedCopy {
			// received copies have no routing indicators, FL1 or DE line
			ms = dropFields(ms, "transmission_id", "to", "info", "de.serial", "de.day_of_year")
		}
		assert.Empty(t, ms, "layout %s", w.Layout)
	}
}

func dropFields(ms []cabletest.Mismatch, fields ...string) []cabletest.Mismatch {
	var out []cabletest.Mismatch
	for _, m := range ms {
		keep := true
		for _, f := range fields {
			keep = keep && m.Field != f
		}
		if keep {
			out = append(out, m)
		}
	}
	return out
}
