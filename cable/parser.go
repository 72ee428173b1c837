package cable

// Parser holds the options for parsing cables. The zero value parses with
// the defaults: lenient (findings become warnings), input format and
// charset detected from the bytes, a 16 MiB limit per cable.
//
// A Parser is safe for concurrent use by multiple goroutines: its methods
// never modify it. Set the fields before the first call and do not change
// them afterwards.
type Parser struct {
	// Strict turns every warning into an error: Parse then returns the
	// partial Cable together with a *diag.ParseError that wraps a
	// *diag.StrictError carrying the first warning.
	Strict bool

	// Format selects the input format. The empty value detects it from
	// the bytes (WikiLeaks HTML page, cables.csv rows, plain text or
	// markdown).
	Format Format

	// Charset names the character encoding of the input (any name known to
	// the WHATWG encoding standard, e.g. "windows-1252", "latin1"). The
	// empty value sniffs: a byte order mark, an HTML meta charset, valid
	// UTF-8, else Windows-1252 with a warning.
	Charset string

	// MaxCableSize limits the size in bytes of one cable (one page, one
	// CSV row, one text document). Larger inputs yield an error for that
	// cable and the stream goes on. Zero means DefaultMaxCableSize.
	MaxCableSize int
}

// DefaultMaxCableSize is the size limit for one cable when
// Parser.MaxCableSize is zero. The longest Cablegate cable is under 1 MiB.
const DefaultMaxCableSize = 16 << 20

func (p *Parser) maxCableSize() int {
	if p == nil || p.MaxCableSize <= 0 {
		return DefaultMaxCableSize
	}
	return p.MaxCableSize
}
