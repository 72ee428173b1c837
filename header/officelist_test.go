package header

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOfficeList: the list gives back its tokens in order, past the ones
// it holds in place too.
func TestOfficeList(t *testing.T) {
	for _, n := range []int{1, 2, officesInPlace - 1, officesInPlace, officesInPlace + 1, 3 * officesInPlace} {
		var l officeList
		var want []string
		for i := range n {
			w := "O" + strconv.Itoa(i) + "-00"
			l.add(w)
			want = append(want, w)
		}
		got := l.list()
		assert.Equal(t, want, got, "%d tokens", n)
		assert.Equal(t, n, cap(got), "%d tokens: made at its final size", n)
	}
}

// TestLongOfficeList: a distribution list longer than officesInPlace is
// read whole, in order, with its end mark.
func TestLongOfficeList(t *testing.T) {
	var offices []string
	for i := range 2*officesInPlace + 5 {
		offices = append(offices, "X"+strconv.Itoa(i)+"-00")
	}
	var b strings.Builder
	b.WriteString("PAGE 01        CAPE T  00097  01 OF 03  182017Z\nACTION AF-00\n\nINFO ")
	for i, o := range offices {
		if i > 0 && i%7 == 0 {
			b.WriteString("\n     ")
		}
		b.WriteString(" " + o)
	}
	b.WriteString("  /037 W\n                    ------------------352654  200910Z /23\nR 171512Z JAN 90\nFM AMCONSUL CAPE TOWN\nTO SECSTATE WASHDC 5365\n")
	h, err := Parse(b.String())
	require.NoError(t, err)
	require.NotNil(t, h.Received)
	assert.Equal(t, offices, h.Received.Info)
	assert.Equal(t, "/037 W", h.Received.InfoTotal)
	assert.Equal(t, "AF-00", h.Received.Action)
}
