// Package validation reads error bodies (RFC 9457 problem details, JSON:API,
// GraphQL, Rails, Laravel, Stripe, Google, ...) into one shape: a message, a
// code, and the errors field by field.
package validation

import (
	"net/url"
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
)

// Result is a normalised error body.
type Result struct {
	Format string // "authrocket-v1", "rfc9457", "jsonapi", "graphql", "rails", ...
	// Message is the body's main human-readable message: its top-level
	// one, or, for formats that only list errors (JSON:API, GraphQL,
	// string lists), the first error's.
	Message string
	// Code is the machine-readable error code: the top-level one, or the
	// first error's when the format only lists errors.
	Code   string
	Fields []FieldError
	// Type is the error's class where the format has one beside the code:
	// the problem type URI, Stripe's type, Google's status name, the reason
	// phrase in a Spring body, AWS's Sender/Receiver.
	Type string
	// Status is the HTTP status the body itself states, or 0. It may differ
	// from the real one.
	Status int
	// DocURL is the documentation link the body carries, or "".
	DocURL string
	// Extra holds other members worth showing, in body order: Stripe's
	// decline_code, request and trace ids, the Bearer scope and realm.
	Extra []Param
}

// FieldError is what went wrong with one field.
type FieldError struct {
	Field    string // dotted path: "user.address.zip", "items[2].qty"; "" for the whole request
	Pointer  string // RFC 6901 pointer into the pasted body where the error stands
	Messages []string
	Code     string
	Line     int // line of the paste where the error stands
	// Rejected is the value the server rejected, when the body states it
	// (Spring's rejectedValue), as text; "" otherwise.
	Rejected string
}

// Param is a named value from an error body or header.
type Param struct {
	Name  string
	Value string
}

// Media types that name a format outright, so the format is tried first.
const (
	mediaProblem  = "application/problem+json"
	mediaJSONAPI  = "application/vnd.api+json"
	mediaGraphQL  = "application/graphql-response+json"
	maxFields     = 500
	maxExtraValue = 1000
)

// format is one family of error bodies.
type format struct {
	name string
	// hint is a media type that names this format; formats whose hint
	// matches the response are tried before all others.
	hint string
	// weak says the shape alone does not prove an error (a 200 may look
	// the same), so it is only tried when the status is unknown or >= 400.
	weak   bool
	detect func(in *input) bool
	read   func(in *input) *Result
}

// formats is the registry, most specific first.
var formats = []format{
	{name: "aspnet", hint: mediaProblem, weak: true, detect: detectASPNET, read: readASPNET},
	{name: "rfc9457", hint: mediaProblem, weak: true, detect: detectProblem, read: readProblem},
	{name: "jsonapi", hint: mediaJSONAPI, detect: detectJSONAPI, read: readJSONAPI},
	{name: "twilio", detect: detectTwilioList, read: readTwilio},
	{name: "graphql", hint: mediaGraphQL, detect: detectGraphQL, read: readGraphQL},
	{name: "slack", detect: detectSlack, read: readSlack},
	{name: "google", detect: detectGoogle, read: readGoogle},
	{name: "stripe", detect: detectStripe, read: readStripe},
	{name: "azure", detect: detectAzure, read: readAzure},
	{name: "aws-json", weak: true, detect: detectAWSJSON, read: readAWSJSON},
	{name: "spring", weak: true, detect: detectSpring, read: readSpring},
	{name: "oauth2", detect: detectOAuth, read: readOAuth},
	{name: "github", weak: true, detect: detectGitHub, read: readGitHub},
	{name: "twilio", weak: true, detect: detectTwilio, read: readTwilio},
	{name: "discord", weak: true, detect: detectDiscord, read: readDiscord},
	{name: "message-errors-map", detect: detectMessageErrorsMap, read: readMessageErrorsMap},
	{name: "rails", detect: detectRailsErrors, read: readRailsErrors},
	{name: "drf", weak: true, detect: detectDRF, read: readDRF},
	{name: "rails", weak: true, detect: detectRailsMap, read: readRailsMap},
	{name: "aws-xml", detect: detectAWSXML, read: readAWSXML},
	{name: "bearer", detect: detectBearer, read: readBearer},
	{name: "generic", detect: detectGeneric, read: readGeneric},
}

// Read returns the error body of ex's response in normal form, or nil when
// the body holds no recognisable error.
func Read(ex *message.Exchange) *Result {
	if ex == nil || ex.Response == nil {
		return nil
	}
	in := newInput(ex)
	for pass := 0; pass < 2; pass++ {
		for i := range formats {
			f := &formats[i]
			hinted := f.hint != "" && f.hint == in.media
			if (pass == 0) != hinted {
				continue
			}
			if f.weak && !hinted && !in.failed() {
				continue
			}
			if !f.detect(in) {
				continue
			}
			if r := f.read(in); r != nil && !r.empty() {
				if r.Format == "" {
					r.Format = f.name
				}
				return r
			}
		}
	}
	return nil
}

// empty reports whether r says nothing at all, which a detector that
// matched too eagerly can produce.
func (r *Result) empty() bool {
	return r.Message == "" && r.Code == "" && len(r.Fields) == 0 && r.Type == ""
}

// input is what the format readers look at, computed once.
type input struct {
	ex     *message.Exchange
	status int
	header message.Header
	body   *message.Body
	media  string
	host   string // see hostName
	// hostDone says host has been worked out.
	hostDone bool
	t        *jsontree.Tree // nil when the body is not JSON
	root     jsontree.Node
	// rootObj says root is an object.
	rootObj bool
}

func newInput(ex *message.Exchange) *input {
	in := &input{ex: ex, status: ex.Response.Status, header: ex.Response.Header, root: jsontree.NoNode}
	in.body = ex.Response.Body
	if in.body != nil {
		in.media = in.body.MediaType
		if in.body.IsJSON && in.body.JSON != nil {
			in.t = in.body.JSON
			in.root = in.t.Root()
			if in.root == jsontree.NoNode {
				in.t = nil
			} else {
				in.rootObj = in.t.Kind(in.root) == jsontree.Object
			}
		}
	}
	return in
}

// hostName is the lower-case host the request went to, or "". It is
// worked out when a reader first asks, as most bodies are read without
// it and parsing the URL of every exchange of a big HAR adds up.
func (in *input) hostName() string {
	if in.hostDone {
		return in.host
	}
	in.hostDone = true
	ex := in.ex
	if ex.Request != nil && ex.Request.URL != "" {
		if u, err := url.Parse(ex.Request.URL); err == nil {
			in.host = strings.ToLower(u.Hostname())
		}
	}
	if in.host == "" && ex.Request != nil {
		in.host = strings.ToLower(hostOnly(ex.Request.Header.Get("Host")))
	}
	return in.host
}

func hostOnly(hostport string) string {
	if i := strings.LastIndexByte(hostport, ':'); i >= 0 && !strings.Contains(hostport[i:], "]") {
		return hostport[:i]
	}
	return hostport
}

// failed reports whether the status leaves room for an error body: unknown
// (a body pasted alone) or 4xx/5xx.
func (in *input) failed() bool {
	return in.status == 0 || in.status >= 400
}

// hostIs reports whether the request went to domain or one of its
// subdomains.
func (in *input) hostIs(domain string) bool {
	host := in.hostName()
	return host == domain || strings.HasSuffix(host, "."+domain)
}
