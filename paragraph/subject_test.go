package paragraph

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseSubject(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"label", "TAGS: PREL\nSUBJECT: ENGAGING THE ARAB MAGHREB UNION\n\nREF: STATE 21604\n", "ENGAGING THE ARAB MAGHREB UNION"},
		{"title case label", "Subject: Grants Support for PD Projects (Iceland)\n\nREF:  STATE 105588\n", "Grants Support for PD Projects (Iceland)"},
		{"SUBJ", "SUBJ:  ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS\n\n¶1.  CONFIDENTIAL - ENTIRE TEXT.\n", "ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS"},
		{"no colon", "SUBJECT SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES\nREF A. RIYADH 1579\n", "SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES"},
		{"lost S", "UBJECT: NIGERIA: OIL THEFT\n\n1. (C) One.\n", "NIGERIA: OIL THEFT"},
		{"not SUBJECT LINE", "C O R R E C T E D COPY//SUBJECT LINE//\n\nSUBJECT: COUNSELOR MEETS CSIS\n", "COUNSELOR MEETS CSIS"},
		{"wrapped", "SUBJECT: SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO\nMANDATE\n\nClassified By: X\n", "SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO MANDATE"},
		{"hyphen at wrap", "SUBJECT: THE US- \nLATIN AMERICAN RELATIONSHIP\n\n", "THE US-LATIN AMERICAN RELATIONSHIP"},
		{"ends at Classified", "SUBJECT: A CAUCASUS WEDDING \nClassified By: Deputy Chief of Mission Daniel A. Russell.", "A CAUCASUS WEDDING"},
		{"ends at numbered paragraph", "SUBJECT: (U) Secretary Clinton's July 14 conversation\nwith Dutch Foreign Minister Verhagen\n1. Classified by Bureau Assistant Secretary\n", "(U) Secretary Clinton's July 14 conversation with Dutch Foreign Minister Verhagen"},
		{"ends at page break", "SUBJECT: COUNSELOR DISCUSSES CT THREATS,\nPAKISTAN\nOTTAWA 00000918 001.2 OF 003\n", "COUNSELOR DISCUSSES CT THREATS, PAKISTAN"},
		{"ends at dash run", "SUBJECT: MEDIA REACTION\n-----------\nSUMMARY\n", "MEDIA REACTION"},
		{"ends at action request", "SUBJECT: SWEDISH DEPUTY PM URGES VISITS\nThis is an Action request. Please see para 2.\n", "SWEDISH DEPUTY PM URGES VISITS"},
		{"ends at banner", "SUBJECT: RUSSIAN SCIEN...\nC O N F I D E N T I A L MOSCOW 001704 SIPDIS\n", "RUSSIAN SCIEN..."},
		{"ends at media dateline", "SUBJECT: IRAN SANCTIONS\nFriday, 13 February 2009, 16:12\n", "IRAN SANCTIONS"},
		{"ends at PAGE", "SUBJECT:  SOUTH ASIA BUREAU COORDINATOR \nBRIEFS VATICAN. \nPAGE 02        VATICA  05693  01 OF 02  021700Z\n", "SOUTH ASIA BUREAU COORDINATOR BRIEFS VATICAN."},
		{"inline REF", "SUBJECT: ENERGY INSTALLATIONS REF: BRASILIA 861", "ENERGY INSTALLATIONS"},
		{"inline Ref(s)", "SUBJECT: SOBEL MEETS ENERGY ENTITIES IN RIO Ref(s): A) 08 RIO DE JAN 138", "SOBEL MEETS ENERGY ENTITIES IN RIO"},
		{"doubled label", "SUBJECT: SUBJECT: AFGHANISTAN: PRT MEETING\n\n", "AFGHANISTAN: PRT MEETING"},
		{"label alone", "\nSUBJECT:\n\nCooperation and Coordination Busts Fraud Ring\n1.(SBU) Summary: The Cairo", "Cooperation and Coordination Busts Fraud Ring"},
		{"media one line", "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: turkish p.m. Erdogan goes to washington\n\n(U) Classifi", "turkish p.m. Erdogan goes to washington"},
		{"preview cut short, no blank line", "SUBJECT: NORTHLAND PLANS MAJOR...\nid: 12345 date: 1/2/2008 refid: 08NORTHTOWN1\n", "NORTHLAND PLANS MAJOR..."},
		{"preview stub after the subject", "SUBJECT: NORTHLAND TALKS\nClassifie...\n", "NORTHLAND TALKS"},
		{"wrapped subject cut short", "SUBJECT: NORTHLAND TALKS ON THE\nBUDG...\n", "NORTHLAND TALKS ON THE BUDG..."},
		{"last word stranded by a blank line", "SUBJECT: NORTHLAND PLANS MAJOR\n\nREFORMS\n\nREF: STATE 1234\n", "NORTHLAND PLANS MAJOR REFORMS"},
		{"a page's classification line is not stranded words", "SUBJECT: NORTHLAND PLANS MAJOR\nREFORMS\n\n\nTOP SECRET\n\nP 011200Z JAN 92\n", "NORTHLAND PLANS MAJOR REFORMS"},
		{"last line stranded by a blank line", "SUBJECT: NORTHLAND: ANTI-CORRUPTION\n\nOFFICE STRUGGLES TO CHANGE A CULTURE\n\nClassified By: X\n", "NORTHLAND: ANTI-CORRUPTION OFFICE STRUGGLES TO CHANGE A CULTURE"},
		{"body in mixed case after a subject in capitals", "SUBJECT: NORTHLAND PLANS\nOn March 3, post received a letter.\n", "NORTHLAND PLANS"},
		{"run-on fields after a subject line in capitals", "SUBJECT: NORTHLAND PLANS MAJOR\nREFORMS. REF: A. STATE 1 Classified By: X\n", "NORTHLAND PLANS MAJOR REFORMS."},
		{"caption after a blank line", "SUBJECT: NORTHLAND PLANS\n\nSIPDIS\n\n1. Text.\n", "NORTHLAND PLANS"},
		{"routing line after a blank line", "SUBJECT: NORTHLAND PLANS\n\nPP RUEHAA\n\n", "NORTHLAND PLANS"},
		{"heading in mixed case after a blank line", "SUBJECT: NORTHLAND PLANS\n\nBackground\n\n", "NORTHLAND PLANS"},
		{"ends at a heading between dashes", "SUBJECT: NORTHLAND PLANS\n------- SUMMARY -------\n", "NORTHLAND PLANS"},
		{"ends at a letter-spaced caption", "SUBJECT: NORTHLAND PLANS\nC O R R E C T E D C O P Y\n", "NORTHLAND PLANS"},
		{"ends at a handling note", "SUBJECT: NORTHLAND PLANS\nThis cable is sensitive but unclassified.\n", "NORTHLAND PLANS"},
		{"redaction continues", "SUBJECT: TALKS WITH\nXXXXXXXXXXXX\n\n1. Text.\n", "TALKS WITH XXXXXXXXXXXX"},
		{"spurious SIPDIS", "SUBJECT: SCENESETTER FOR SECRETARY\nSIPDIS\nRICE'S VISIT\n\n", "SCENESETTER FOR SECRETARY RICE'S VISIT"},
		{"marking kept", "SUBJECT: (S) GERMANY TAKING ACTION ON SHIPMENT OF ...", "(S) GERMANY TAKING ACTION ON SHIPMENT OF ..."},
		{"page break run on", "SUBJECT: \"WE ARE HERE\": DOMESTIC REACTION TO QADHAFI AT UNGA TRIPOLI 00000762 001.2 OF 002 \n\n", "\"WE ARE HERE\": DOMESTIC REACTION TO QADHAFI AT UNGA"},
		{"page break run on, two-word post", "SUBJECT: MAURITIUS DENIES PLAN PORT LOUIS 00000752 001.2 OF 003\n", "MAURITIUS DENIES PLAN"},
		{"glued REF", "SUBJECT: VISIT OF THE MINISTER TO NORTHLANDREF: A. PORTVILLE 12\n", "VISIT OF THE MINISTER TO NORTHLAND"},
		{"glued REF after debris", "SUBJECT: THANKS FOR PORTVILLE 000174 ,,\"\" ,,\"\"REF: PORTVILLE 000174\n", "THANKS FOR PORTVILLE 000174 ,,\"\" ,,\"\""},
		{"glued Classified By", "SUBJECT: SCENESETTER FOR THE VISIT TO PORTVILLEClassified By: Charge John Doe for reasons 1.4 (b)\n", "SCENESETTER FOR THE VISIT TO PORTVILLE"},
		{"Classified By after no-break space", "SUBJECT: THE GROUP IN portville\u00a0Classified By: Officer John Doe.\n", "THE GROUP IN portville"},
		{"cut SBU caption", "SUBJECT: TRADE TALKS WITH NORTHLAND Sensitive but\n", "TRADE TALKS WITH NORTHLAND"},
		{"misspelt SBU caption", "SUBJECT: TRADE TALKS SENSTIVE BUT UNCLASSIFIED - PLEASE PROTECT\n", "TRADE TALKS"},
		{"SENSITIVE BUT in a subject", "SUBJECT: A SENSITIVE BUT NEEDED REFORM\n", "A SENSITIVE BUT NEEDED REFORM"},
		{"dashed heading", "SUBJECT: Ambassador Visits the Fair ---- Next Steps ----\n", "Ambassador Visits the Fair"},
		{"trailing dashes", "SUBJECT: BANK CHIEF STAYS FIRM -----------------\n", "BANK CHIEF STAYS FIRM"},
		{"DECL and typo TAGS", "SUBJECT: FARM EXPORTS DECL: 03/14/2019 AGS: PGOV\n", "FARM EXPORTS"},
		{"E.O. line run on", "SUBJECT: FARM EXPORTS E.O. 12958: DECL: 03/14/2019 TAGS: PGOV\n", "FARM EXPORTS"},
		{"an E.O. named", "SUBJECT: DESIGNATION OF ENTITIES UNDER E.O. 13382\n", "DESIGNATION OF ENTITIES UNDER E.O. 13382"},
		{"TAGS run on", "SUBJECT: FARM EXPORTS TAGS: PGOV, PREL\n", "FARM EXPORTS"},
		{"name tags", "SUBJECT: NEW NAME TAGS, BADGES AND PASSES\n", "NEW NAME TAGS, BADGES AND PASSES"},
		{"banner run on", "SUBJECT: CITY TO FUND... 14:25 UNCLAS SECTION 01 OF 03 PORTVILLE 000329 SIPDIS\n", "CITY TO FUND... 14:25"},
		{"spaced banner glued", "SUBJECT: TRAINING...C O N F I D E N T I A L PORTVILLE 001967 SIPDIS\n", "TRAINING..."},
		{"paragraph 1 run on", "SUBJECT: FUNDING FOR STUDENTS 1.(SBU) The ministry said\n", "FUNDING FOR STUDENTS"},
		{"1. without marking", "SUBJECT: PLAN B, VERSION 1. THE DRAFT\n", "PLAN B, VERSION 1. THE DRAFT"},
		{"CLASSIFIED split from BY", "SUBJECT: VISITORS ARE WELCOME CLASSIFIED\n\nBY: John Doe, Ambassador. REASON: 1.4 (b)\n", "VISITORS ARE WELCOME"},
		{"passing instruction", "SUBJECT: TRADE TALKS\nFOR THE AMBASSADOR FROM THE SECRETARY\n\n1. Text.\n", "TRADE TALKS"},
		{"roman-numeral part", "SUBJECT: REVIEW OF THE AID PROGRAM\nI. INTRODUCTION\n", "REVIEW OF THE AID PROGRAM"},
		{"entities", "SUBJECT: Bla &#8217; bla &#8220; bla &#8221; bla ", "Bla ’ bla “ bla ” bla"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSubject(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestParseSubjectNone(t *testing.T) {
	// 10STATE284 has no SUBJECT line; body text must not become one
	in := "C O N F I D E N T I A L SECTION 01 OF 02 STATE 000284 SIPDIS E.O. 12958: DECL: 01/04/2020 TAGS: MASS MARR\n\n" +
		"1.(U) This is an action request; see para 5.\n\n2.(C) The United States and Libya.\nSUBJECT: IN A QUOTED MESSAGE\n"
	got, err := ParseSubject(in)
	require.ErrorIs(t, err, ErrNoSubject)
	assert.Equal(t, "", got)
	b, err := Parse(in)
	require.NoError(t, err)
	assert.Equal(t, "", b.Subject)
	assert.Equal(t, "", b.SubjectTitle)
}

func TestSubjectMarking(t *testing.T) {
	b, err := Parse("SUBJECT: (S/NF) CONSTRUCTIVE TALKS ON EXPORT CONTROL ISSUE\n\n1. (S) One.\n")
	require.NoError(t, err)
	assert.Equal(t, "(S/NF) CONSTRUCTIVE TALKS ON EXPORT CONTROL ISSUE", b.Subject)
	assert.Equal(t, "CONSTRUCTIVE TALKS ON EXPORT CONTROL ISSUE", b.SubjectText())
	assert.Equal(t, "Constructive Talks on Export Control Issue", b.SubjectTitle)
	require.NotNil(t, b.SubjectMarking)
	assert.Equal(t, "S//NF", b.SubjectMarking.String())
}

func TestDuplicateSubjectWarning(t *testing.T) {
	b, err := Parse("SUBJECT: SUBJECT: AFGHANISTAN: PRT MEETING\n\n1. (C) One.\n")
	require.NoError(t, err)
	assert.Equal(t, "AFGHANISTAN: PRT MEETING", b.Subject)
	require.NotEmpty(t, b.Warnings)
	assert.Equal(t, WarnDuplicateSubject, b.Warnings[0].Kind)
	assert.Equal(t, 1, b.Warnings[0].Line)
}

func TestSubjectRepeatedHeader(t *testing.T) {
	// a header block repeated inside the content (peer issue #14): the
	// first SUBJECT wins, even past 1,200 characters of captions
	in := "C O N F I D E N T I A L BERN 000881\n\nSIPDIS\n\n" + strings.Repeat("STATE FOR EUR/CE, ISN/RA, IO/T\n", 45) +
		"E.O. 12958: DECL: 06/06/2017\nTAGS: PREL KNNP IR SZ\nSUBJECT: FM CALMY-REY \"TAKES NOTE\" OF USG CONCERNS\n\n" +
		"C O N F I D E N T I A L BERN 000881\nSUBJECT: FM CALMY-REY \"TAKES NOTE\" OF USG CONCERNS\n\n1. (C) One.\n"
	got, err := ParseSubject(in)
	require.NoError(t, err)
	assert.Equal(t, `FM CALMY-REY "TAKES NOTE" OF USG CONCERNS`, got)
}

func TestSubjectEmailWrapper(t *testing.T) {
	// 09TRIPOLI198 is wrapped in an e-mail whose Subject is not the cable's
	in := "From: CBPC, EACTAPP\nSent: Tuesday, March 03, 2009 4:33 PM\nTo: EACTTripoli\nSubject: TRIPOLI 00000198 P CO 03-MAR-09 BLACK SHEEP MADE GOOD?\n\n" +
		"C O N F I D E N T I A L SECTION 01 OF 03 TRIPOLI 000198\n\nE.O. 12958: DECL: 3/2/2019\nSUBJECT: BLACK SHEEP MADE GOOD?\n\nREF: 08 TRIPOLI 530\n"
	got, err := ParseSubject(in)
	require.NoError(t, err)
	assert.Equal(t, "BLACK SHEEP MADE GOOD?", got)
}

func TestSubjectAfterLongHeader(t *testing.T) {
	// 07BERN881: a leaked database row repeats the whole routing header
	in := "2007-09-11 09:44:00\t07BERN881\tEmbassy Bern\tSECRET\t07STATE124823\tVZCZCXRO4549\\\n" +
		strings.Repeat("RUEHBK/AMEMBASSY BANGKOK PRIORITY 0777\\\n", 90) +
		"\nS E C R E T SECTION 01 OF 02 BERN 000881\n\nSIPDIS\n\nE.O. 12958: DECL: 09/10/2017\nSUBJECT: FM CALMY-REY \"TAKES NOTE\" OF USG CONCERNS\n\n1. (S) One.\n"
	got, err := ParseSubject(in)
	require.NoError(t, err)
	assert.Equal(t, `FM CALMY-REY "TAKES NOTE" OF USG CONCERNS`, got)
}

func TestTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SCO SECRETARIAT, PRC SCHOLARS DISAGREE ON SCO MANDATE", "SCO Secretariat, PRC Scholars Disagree on SCO Mandate"},
		{"THE NEW GERMAN CABINET - AN OVERVIEW", "The New German Cabinet - An Overview"},
		{"COTE D'IVOIRE: UK ON ELECTIONS", "Cote D'Ivoire: UK on Elections"},
		{"DOD AND UK-BASED FIRMS", "DoD and UK-Based Firms"},
		{"THE PNG'ING OF SUHA ARAFAT", "The PNG'ing of Suha Arafat"},
		{"germany requests release of xxxxxxxxxxxx nonpaper", "Germany Requests Release of XXXXXXXXXXXX Nonpaper"},
		{"Scenesetter for Ex-IM Chairman", "Scenesetter for Ex-IM Chairman"},
		{"TITLE III OF THE LIBERTAD ACT", "Title III of the Libertad Act"},
		{"NORTHLAND JOINS THE REGIONAL TRADE PANEL (RTPX)", "Northland Joins the Regional Trade Panel (RTPX)"},
		{"PRESIDENT JOAO DA COSTA AND JAN VAN DORP MEET", "President Joao da Costa and Jan van Dorp Meet"},
		{"DE WINTER WINS", "De Winter Wins"},
		{"LIBYAN DE-MINING AND THE (ART) SHOW", "Libyan De-Mining and the (Art) Show"},
		{"STRATEGY REPORT (SRX): THE NORTH", "Strategy Report (SRX): The North"},
		{"SHI'A AND SUNNI LEADERS; O'NEILL'S VISIT", "Shi'a and Sunni Leaders; O'Neill's Visit"},
		{"WHAT DO THEY WANT (AND WHEN)?", "What Do They Want (and When)?"},
		{"  ", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Title(tt.in), tt.in)
	}
}

// TestSubjectRunOnBody: the text after a subject that ends inside its line
// (a page-break mark, a field) is the body's.
func TestSubjectRunOnBody(t *testing.T) {
	in := "UNCLAS PORTVILLE 000939\n\nSUBJECT: ARREST PROMPTS FISSURE IN\nTWO-COUNTRY RELATIONS  PORTVILLE 00000939  001.2 OF 003   " +
		"CLASSIFIED BY: John Doe. REASON: 1.4 (b)\n1. (C) Summary: The arrest strains ties. End summary.\n"
	b, err := Parse(in)
	require.NoError(t, err)
	assert.Equal(t, "ARREST PROMPTS FISSURE IN TWO-COUNTRY RELATIONS", b.Subject)
	assert.Equal(t, "The arrest strains ties.", b.Summary)

	in = "UNCLAS PORTVILLE 000114\n\nSUBJECT: FUNDING FOR STUDENTS PORTVILLE 00000114 001.2 OF 003 1.(SBU)\n\nSUMMARY: More students go. END SUMMARY.\n\n2.(U) Text.\n"
	b, err = Parse(in)
	require.NoError(t, err)
	assert.Equal(t, "FUNDING FOR STUDENTS", b.Subject)
	assert.Equal(t, "More students go.", b.Summary)
	if assert.Len(t, b.Paragraphs, 2) {
		assert.Equal(t, 1, b.Paragraphs[0].Number)
	}
}

// TestMayEndSubjectAt: the guard of subjectEndREs is true wherever one of
// them matches.
func TestMayEndSubjectAt(t *testing.T) {
	for _, s := range []string{"X REF: A", "XREFS: A", "x Ref(s): a", "LIMAClassified By", "x CLASSIFIED BY", "x sensitive but",
		"x SeNsItIvE bUt UnClAsSiFiEd", "...C O N F I D E N T I A L", "x ----", "x DECL: 1", "plain subject", "x Sensitive But"} {
		matched := false
		for _, re := range subjectEndREs {
			matched = matched || re.MatchString(s)
		}
		if matched {
			assert.True(t, mayEndSubjectAt(s), s)
		}
	}
}
