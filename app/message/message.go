// Package message holds the model of the HTTP exchanges read from a paste:
// requests, responses, their header fields in the order pasted, and bodies.
//
// Every part keeps the line of the paste it came from (1-based; 0 when the
// shape carries no lines, as in a HAR entry), so notes, diagnostics and field
// errors can point back to where they stand.
package message

// Document is what one paste holds: its detected shape, the problems found
// while reading it, and the exchanges in paste order.
type Document struct {
	// Format is the detected input shape: one of the Format* constants.
	Format      string
	Diagnostics []Diagnostic
	Exchanges   []Exchange
}

// Input shapes, as reported in Document.Format.
const (
	FormatHTTP        = "http"
	FormatCurlVerbose = "curl-verbose"
	FormatHAR         = "har"
	FormatDevtools    = "devtools"
	FormatHTTPie      = "httpie"
	FormatWget        = "wget"
	// FormatPowerShell is Invoke-WebRequest's response object or a web
	// cmdlet's error record.
	FormatPowerShell = "powershell"
	FormatHeaders    = "headers"
	FormatBody       = "body"
	// FormatUnknown is reported when nothing in the paste looks like HTTP.
	FormatUnknown = "unknown"
)

// Exchange is one request and its response. Either may be nil: a bare
// response paste has no request, and a HAR entry may have no response.
type Exchange struct {
	Request  *Request
	Response *Response
}

// Request is the request side of an exchange, as far as the paste shows it.
type Request struct {
	Method string
	// Target is the request-target as sent (origin form "/v1/users?x=1",
	// absolute form, authority form for CONNECT, or "*").
	Target string
	// URL is the absolute URL, rebuilt from Host and connection lines when
	// the paste does not state it.
	URL     string
	Version string // "HTTP/1.1", "HTTP/2", ...
	Header  Header
	Body    *Body
	Line    int
}

// Response is the response side of an exchange.
type Response struct {
	Version  string // "HTTP/1.1", "HTTP/2", "HTTP/3"; "" when the paste has no status line
	Status   int    // 0 when the paste has no status (headers-only, body-only)
	Reason   string // reason phrase as pasted, "" when absent
	Header   Header
	Trailers Header
	Body     *Body
	Line     int
	// HeaderUnseen says the paste shows the status but not the header
	// (a PowerShell error record): that a field is absent from Header
	// then says nothing about the response.
	HeaderUnseen bool
}

// Level grades a Diagnostic.
type Level string

// Diagnostic levels.
const (
	Info  Level = "info"
	Warn  Level = "warn"
	Error Level = "error"
)

// Diagnostic is a problem found in the input, or a repair made to it, with
// the line of the paste it concerns (0 when it concerns the whole paste).
type Diagnostic struct {
	Line    int
	Level   Level
	Message string
}
