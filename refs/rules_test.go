package refs

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The citation forms of issue 18, one class per case, with invented
// serials: each case stands for its class, not for one cable.
func TestParseCitationForms(t *testing.T) {
	tests := []struct {
		name string
		in   string
		year int
		want []string
	}{
		// station abbreviations and aliases
		{"BA for Buenos Aires", "REF: BA 1187", 2006, []string{"06BUENOSAIRES1187"}},
		{"HCMC for Ho Chi Minh City", "REF: HCMC 0455", 2006, []string{"06HOCHIMINHCITY455"}},
		{"ADDIS for Addis Ababa", "REF: ADDIS 2290", 2006, []string{"06ADDISABABA2290"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refs, _ := parseRefs(t, Parser{Year: tt.year}, tt.in)
			assert.Equal(t, tt.want, refIDs(refs))
		})
	}
}
