package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSubjectLabel(t *testing.T) {
	for _, tt := range []struct {
		s, value string // value "-" for no label
		punct    byte
	}{
		{"SUBJECT: TALKS WITH MINISTER", " TALKS WITH MINISTER", ':'},
		{"Subject : talks", " talks", ':'},
		{"SUBJ: X", " X", ':'},
		{"UBJECT: X", " X", ':'},
		{"SUBJECT TALKS RESUME", "TALKS RESUME", 0},
		{"SUBJ (C) TALKS", "(C) TALKS", 0},
		{"SUBJECT LINE MISSING", "-", 0},
		{"SUBJECT TO APPROVAL", "-", 0},
		{"Subject to approval", "-", 0},
		{"UBJECT TALKS", "-", 0},
		{"SUBJECTS: X", "-", 0},
		{"SUBJ", "-", 0},
		{"E.O. 12958: DECL: 1/1/2019 TAGS: PREL Subject: talks", " talks", ':'},
		{"TAGS PREL SUBJ: talks", " talks", ':'},
		{"REF: A SUBJECT: X", "-", 0},
	} {
		l, ok := SubjectLabel(tt.s)
		if tt.value == "-" {
			assert.False(t, ok, tt.s)
			assert.False(t, SubjectLine(tt.s), tt.s)
			continue
		}
		if assert.True(t, ok, tt.s) {
			assert.Equal(t, tt.value, tt.s[l.Value:], tt.s)
			assert.Equal(t, tt.punct, l.Punct, tt.s)
			assert.True(t, SubjectLine(tt.s), tt.s)
		}
	}
}
