// Package report builds the Document that the CLI and the web page both
// show: every exchange of a paste with its status, vendor, fields, notes,
// validation errors, rate limit, tokens, ticket ids and summary. It also
// writes the Document as JSON, text and Markdown.
//
// The JSON form is the stable schema scripts read; see the README for it.
// Keys are only ever added, never change meaning.
package report

// Document is the analysed paste.
type Document struct {
	InputFormat string       `json:"input_format"`
	Diagnostics []Diagnostic `json:"diagnostics"`
	Exchanges   []Exchange   `json:"exchanges"`
	// Selected is the index of the most interesting exchange (the first
	// error, else the last), -1 when there are none.
	Selected int `json:"selected"`
	// Now is the instant the report was computed for (RFC 3339, UTC).
	Now string `json:"now"`
}

// Diagnostic is a problem found in the input or a repair made to it.
type Diagnostic struct {
	Line    int    `json:"line"`
	Level   string `json:"level"`
	Message string `json:"message"`
}

// Exchange is one analysed request/response pair.
type Exchange struct {
	Request    *Request    `json:"request"`
	Response   *Response   `json:"response"`
	Notes      []Note      `json:"notes"`
	Status     *Status     `json:"status"`
	Vendor     *Vendor     `json:"vendor"`
	Fields     []Field     `json:"fields"`
	Validation *Validation `json:"validation"`
	RateLimit  *RateLimit  `json:"rate_limit"`
	Tokens     []Token     `json:"tokens"`
	IDs        []ID        `json:"ids"`
	Server     string      `json:"server,omitempty"`
	CDN        string      `json:"cdn,omitempty"`
	Time       string      `json:"time,omitempty"`
	Endpoint   string      `json:"endpoint,omitempty"`
	Summary    string      `json:"summary"`
	NextSteps  []string    `json:"next_steps"`
}

// Header is a field list as [["Name", "value"], ...], exactly as pasted.
type Header [][2]string

// Request is the request side.
type Request struct {
	Method      string `json:"method"`
	Target      string `json:"target"`
	URL         string `json:"url"`
	HTTPVersion string `json:"http_version"`
	Headers     Header `json:"headers"`
	Line        int    `json:"line,omitempty"`
}

// Response is the response side.
type Response struct {
	HTTPVersion string `json:"http_version"`
	Status      int    `json:"status"`
	Reason      string `json:"reason"`
	Headers     Header `json:"headers"`
	Trailers    Header `json:"trailers"`
	Body        *Body  `json:"body"`
	Line        int    `json:"line,omitempty"`
}

// Body describes a response body.
type Body struct {
	Length    int        `json:"length"`
	SHA256    string     `json:"sha256"`
	MediaType string     `json:"media_type"`
	JSON      bool       `json:"json"`
	JSONError *JSONError `json:"json_error"`
	Line      int        `json:"line,omitempty"`
	Omitted   bool       `json:"omitted,omitempty"`
}

// JSONError is a body's first JSON syntax error; Line and Column count
// within the body.
type JSONError struct {
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	Message   string `json:"message"`
	Truncated bool   `json:"truncated,omitempty"`
}

// Note is one raised check.
type Note struct {
	ID        string `json:"id"`
	Level     string `json:"level"`
	Subject   string `json:"subject"`
	Summary   string `json:"summary"`
	Detail    string `json:"detail,omitempty"`
	Reference string `json:"reference,omitempty"`
	Line      int    `json:"line,omitempty"`
}

// Status explains the response status.
type Status struct {
	Code          int      `json:"code"`
	Title         string   `json:"title"`
	Registered    bool     `json:"registered"`
	Class         string   `json:"class"`
	Summary       string   `json:"summary"`
	Causes        []string `json:"causes"`
	NextSteps     []string `json:"next_steps"`
	Retry         string   `json:"retry"`
	RetrySafe     bool     `json:"retry_safe"`
	RetryWhy      string   `json:"retry_why,omitempty"`
	Reference     string   `json:"reference"`
	Vendor        *string  `json:"vendor"`
	VendorMeaning string   `json:"vendor_meaning,omitempty"`
	VendorSteps   []string `json:"vendor_next_steps,omitempty"`
	VendorRef     string   `json:"vendor_reference,omitempty"`
}

// Vendor says which profile is in force and why.
type Vendor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Why  string `json:"why"`
}

// Field explains one response header field line.
type Field struct {
	Name      string   `json:"name"`
	Known     bool     `json:"known"`
	Status    string   `json:"status"`
	Summary   string   `json:"summary"`
	Reference string   `json:"reference"`
	Valid     *bool    `json:"valid"`
	Notes     []string `json:"notes"`
	Line      int      `json:"line,omitempty"`
}

// Validation is a normalised error body.
type Validation struct {
	Format  string       `json:"format"`
	Message string       `json:"message"`
	Code    string       `json:"code"`
	Fields  []FieldError `json:"fields"`
	// Type is the error's class beside the code (problem type URI,
	// Stripe's type, Google's status name), "" when none.
	Type string `json:"type,omitempty"`
	// BodyStatus is the status the body itself states, 0 when none.
	BodyStatus int    `json:"body_status,omitempty"`
	DocURL     string `json:"doc_url,omitempty"`
	// Extra holds other members worth showing: [["decline_code", "..."]].
	Extra Header `json:"extra,omitempty"`
}

// FieldError is the errors of one field.
type FieldError struct {
	Field    string   `json:"field"`
	Pointer  string   `json:"pointer"`
	Messages []string `json:"messages"`
	Code     string   `json:"code"`
	Line     int      `json:"line,omitempty"`
	// Rejected is the value the server says it rejected, when it says.
	Rejected string `json:"rejected,omitempty"`
}

// RateLimit is the rate-limit state of a response.
type RateLimit struct {
	Scheme                string   `json:"scheme"`
	Limit                 *int64   `json:"limit"`
	Remaining             *int64   `json:"remaining"`
	Used                  *int64   `json:"used"`
	WindowSeconds         *int64   `json:"window_seconds"`
	Policy                string   `json:"policy"`
	ResetAt               *string  `json:"reset_at"`
	ResetAfterDateSeconds *float64 `json:"reset_after_date_seconds"`
	ResetFromNowSeconds   *float64 `json:"reset_from_now_seconds"`
	AlreadyReset          bool     `json:"already_reset"`
	ClockSkewSeconds      *float64 `json:"clock_skew_seconds"`
	AdvisedWaitSeconds    *float64 `json:"advised_wait_seconds"`
	Basis                 string   `json:"basis"`
	BasisWhy              string   `json:"basis_why,omitempty"`
	Category              string   `json:"category"`
	Advice                string   `json:"advice,omitempty"`
	Reference             string   `json:"reference,omitempty"`
}

// Token is a decoded JWT.
type Token struct {
	Where     string  `json:"where"`
	Header    string  `json:"header"`
	Alg       string  `json:"alg"`
	Claims    Claims  `json:"claims"`
	IssuedAt  *string `json:"issued_at"`
	NotBefore *string `json:"not_before"`
	ExpiresAt *string `json:"expires_at"`
	Expired   bool    `json:"expired"`
	// ExpiredAtDate says the token had already expired when the response
	// was sent, by the response\'s Date.
	ExpiredAtDate bool   `json:"expired_at_date,omitempty"`
	NotYetValid   bool   `json:"not_yet_valid,omitempty"`
	SessionClaim  string `json:"session_claim,omitempty"`
	SessionID     string `json:"session_id,omitempty"`
}

// ID is a request or trace id for a support ticket.
type ID struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}
