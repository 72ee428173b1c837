package cabletest

// post is an originating post of the generator's table.
type post struct {
	ri      string // routing indicator (ACP 117 2010, see below)
	plad    string // plain-language address of the FM line
	station string // the station of the cable id ("SANSALVADOR")
	country string // FIPS 10-4 geographic TAGS code
}

// posts are the stations the generator draws from. The routing indicators
// and PLADs are those of the public ACP 117 CAN-US SUPP-1 (2010) table
// embedded in the header package (header/data/routing-indicators.tsv);
// TestPostTable checks each against header.LookupRI. The FIPS country
// codes are from the tags package's catalog (checked with tags.Lookup).
var posts = []post{
	{"RUEHBJ", "AMEMBASSY BEIJING", "BEIJING", "CH"},
	{"RUEHKO", "AMEMBASSY TOKYO", "TOKYO", "JA"},
	{"RUEHFR", "AMEMBASSY PARIS", "PARIS", "FR"},
	{"RUEHLO", "AMEMBASSY LONDON", "LONDON", "UK"},
	{"RUEHMO", "AMEMBASSY MOSCOW", "MOSCOW", "RS"},
	{"RUEHEG", "AMEMBASSY CAIRO", "CAIRO", "EG"},
	{"RUEHNE", "AMEMBASSY NEW DELHI", "NEWDELHI", "IN"},
	{"RUEHAK", "AMEMBASSY ANKARA", "ANKARA", "TU"},
	{"RUEHRO", "AMEMBASSY ROME", "ROME", "IT"},
	{"RUEHMD", "AMEMBASSY MADRID", "MADRID", "SP"},
	{"RUEHBR", "AMEMBASSY BRASILIA", "BRASILIA", "BR"},
	{"RUEHSN", "AMEMBASSY SAN SALVADOR", "SANSALVADOR", "ES"},
	{"RUEHBU", "AMEMBASSY BUENOS AIRES", "BUENOSAIRES", "AR"},
	{"RUEHNR", "AMEMBASSY NAIROBI", "NAIROBI", "KE"},
	{"RUEHSA", "AMEMBASSY PRETORIA", "PRETORIA", "SF"},
	{"RUEHTN", "AMCONSUL CAPE TOWN", "CAPETOWN", "SF"},
	{"RUEHIL", "AMEMBASSY ISLAMABAD", "ISLAMABAD", "PK"},
	{"RUEHUL", "AMEMBASSY SEOUL", "SEOUL", "KS"},
	{"RUEHBY", "AMEMBASSY CANBERRA", "CANBERRA", "AS"},
	{"RUEHOT", "AMEMBASSY OTTAWA", "OTTAWA", "CA"},
	{"RUEHLP", "AMEMBASSY LA PAZ", "LAPAZ", "BL"},
	{"RUEHCV", "AMEMBASSY CARACAS", "CARACAS", "VE"},
	{"RUEHTV", "AMEMBASSY TEL AVIV", "TELAVIV", "IS"},
	{"RUEHAM", "AMEMBASSY AMMAN", "AMMAN", "JO"},
	{"RUEHRH", "AMEMBASSY RIYADH", "RIYADH", "SA"},
}

// state is the Department, origin of STATE cables and usual action
// addressee of the posts' cables.
var state = post{"RUEHC", "SECSTATE WASHDC", "STATE", ""}

// subjectTags are subject and program TAGS codes known to the tags
// package's catalog (checked by TestTagTable).
var subjectTags = []string{
	"PREL", "PGOV", "PHUM", "ECON", "ETRD", "EFIN", "ENRG", "MARR", "MOPS", "PTER",
	"KDEM", "KCRM", "SNAR", "SOCI", "EAID", "PINR", "KNNP", "CASC", "CVIS", "OVIP",
	"EAGR", "ELAB", "SENV", "KPAO", "AMGT",
}

// The word lists below are the generator's own; sentences are built from
// them so that no text of a real cable is reproduced.
var (
	nouns = []string{
		"ministry", "delegation", "government", "election", "reform", "budget", "agreement",
		"border", "trade", "security", "energy", "pipeline", "parliament", "coalition",
		"opposition", "program", "assistance", "region", "press", "court", "police",
		"economy", "investment", "customs", "harbor", "railway", "harvest", "council",
		"province", "treaty", "tariff", "university", "mission", "union", "market",
		"commission", "cabinet", "governor", "ombudsman", "refinery",
	}
	adjectives = []string{
		"new", "regional", "national", "local", "senior", "provincial", "joint",
		"economic", "military", "public", "modest", "central", "northern", "southern",
		"coastal", "rural", "annual", "informal", "technical", "bilateral",
	}
	verbs = []string{
		"expects", "welcomed", "questioned", "announced", "discussed", "reviewed",
		"supports", "opposes", "delayed", "approved", "criticized", "proposed",
		"postponed", "endorsed", "examined", "funded",
	}
	subjectVerbs = []string{
		"DISCUSS", "REVIEW", "WEIGH", "DELAY", "APPROVE", "QUESTION", "DEBATE", "ENDORSE",
	}
	surnames = []string{
		"HARLOW", "BRENNAN", "OKAFOR", "LINDQVIST", "PRESCOTT", "VARGAS", "HOLLIS",
		"DUNMORE", "ASHGROVE", "KETTERING", "WINSLOW", "CALLOWAY", "FAIRBANK", "MERRICK",
		"TALBOT", "QUINLAN",
	}
	givenNames = []string{
		"Alice", "Martin", "Grace", "Thomas", "Helen", "Victor", "Laura", "Daniel",
		"Ruth", "Samuel", "Irene", "Walter",
	}
	titles = []string{
		"Ambassador", "Deputy Chief of Mission", "Political Counselor",
		"Economic Counselor", "Charge d'Affaires", "Political Officer",
	}
	headings = []string{
		"Background", "Reform Debate", "Budget Outlook", "Regional Reaction",
		"Next Steps", "Security Concerns", "Trade Figures", "Local Views",
	}
	// received-copy office symbols (distribution lists of §8)
	offices = []string{
		"LOG-00", "ADS-00", "INR-05", "EUR-00", "SS-00", "CIAE-00", "DODE-00", "H-01",
		"NSCE-00", "NSAE-00", "L-03", "PM-10", "PA-01", "OMB-01", "SP-02", "PRS-01",
	}
	actionOffices = []string{"AF-00", "EUR-00", "EAP-00", "NEA-00", "WHA-00", "SA-00", "IO-00"}
)
