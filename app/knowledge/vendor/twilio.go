package vendor

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/knowledge/status"
	"github.com/httpexplain/httpexplain/app/message"
)

const (
	twResponse = "https://www.twilio.com/docs/usage/twilios-response"
	tw20003    = "https://www.twilio.com/docs/api/errors/20003"
	tw20404    = "https://www.twilio.com/docs/api/errors/20404"
	tw20429    = "https://www.twilio.com/docs/api/errors/20429"
	twErrors   = "https://www.twilio.com/docs/api/errors"
	twWebhook  = "https://www.twilio.com/docs/usage/webhooks/webhooks-security"
)

// twCode fits a Twilio error body whose code (classic "code" or first of
// "errors") is c.
func twCode(c string) *Condition {
	return &Condition{Why: "body error code is " + c, Match: func(ex *message.Exchange) bool {
		t, root := responseJSON(ex)
		return t != nil && twBodyCode(t, root) == c
	}}
}

// twBodyCode returns the Twilio error code of a body: {"code":20404,…} or
// {"errors":[{"code":20404,…}]}.
func twBodyCode(t *jsontree.Tree, root jsontree.Node) string {
	if c, ok := numRawAt(t, root, "code"); ok {
		return c
	}
	errs := nodeAt(t, root, "errors")
	if errs == jsontree.NoNode || t.Kind(errs) != jsontree.Array {
		return ""
	}
	c, _ := numRawAt(t, t.First(errs), "code")
	return c
}

// twErrorBody fits Twilio's error bodies, which link to its error catalogue
// (more_info or infoUrl).
func twErrorBody(t *jsontree.Tree, root jsontree.Node) bool {
	if twBodyCode(t, root) == "" {
		return false
	}
	if u, ok := strAt(t, root, "more_info"); ok && strings.Contains(u, "twilio.com/docs/") {
		return true
	}
	errs := nodeAt(t, root, "errors")
	if errs == jsontree.NoNode || t.Kind(errs) != jsontree.Array {
		return false
	}
	u, ok := strAt(t, t.First(errs), "infoUrl")
	return ok && strings.Contains(u, "twilio.com/docs/")
}

var twilio = &Profile{
	ID:   "twilio",
	Name: "Twilio REST API",
	Docs: twResponse,
	Notes: []string{
		"Twilio error bodies carry a five-digit Twilio error code beside the HTTP status (code 20404 with status 404); the code, looked up in Twilio's error catalogue (more_info), is the precise reason.",
	},
	Detect: Detection{
		Hosts: []HostRule{{Host: "api.twilio.com"}, {Host: ".twilio.com"}},
		Headers: []HeaderRule{
			{Names: []string{"Twilio-Request-Id"}},
			{Names: []string{"X-Twilio-Signature"}},
		},
		Bodies: []BodyRule{{Why: "is a Twilio error (code with a more_info link to twilio.com/docs)", Match: twErrorBody}},
	},
	Fields: []FieldDef{
		{Name: "Twilio-Request-Id", Summary: "Twilio's id for this request (RQ…); quote it to Twilio Support and use it to find the call in the Console's logs."},
		{Name: "Twilio-Concurrent-Requests", Summary: "How many of the account's requests Twilio was handling at once when this one arrived; high values lead to 429 (error 20429)."},
		{Name: "Twilio-Request-Duration", Summary: "How long Twilio took to process the request, in seconds."},
		{Name: "X-Twilio-Signature", Summary: "On a webhook Twilio sends to your app: a signature of the URL and parameters made with your Auth Token, to check the request really came from Twilio.", Reference: twWebhook},
	},
	Statuses: []StatusRule{
		{
			Codes:     []int{400},
			Meaning:   "Twilio refused the request's content; the body's code names the exact problem (for example 21211, an invalid To phone number).",
			NextSteps: []string{"Look the body's code up in Twilio's error catalogue (the more_info URL) and fix the parameter it names."},
			Retry:     status.RetryAfterFix,
			Reference: twErrors,
		},
		{
			Codes:     []int{401},
			Meaning:   "Authentication failed (Twilio error 20003): the Account SID and Auth Token, or the API key and secret, are missing or do not match.",
			NextSteps: []string{"Check the credentials sent with HTTP Basic auth, and that the API key belongs to the account in the URL."},
			Retry:     status.RetryAfterFix,
			Reference: tw20003,
		},
		{
			Codes: []int{404},
			Meaning: "Twilio cannot find the resource (error 20404): the SID is wrong or deleted, the path or its casing is wrong, " +
				"or the request went to the wrong product's base URL.",
			NextSteps: []string{"Use the SID exactly as returned when the resource was created, and the documented base URL for that product."},
			Retry:     status.RetryAfterFix,
			Reference: tw20404,
		},
		{
			Codes: []int{429},
			When:  twCode("20429"),
			Meaning: "Too many requests (error 20429): the account sent more concurrent requests than Twilio allows. " +
				"A request refused this way was never processed, so retrying it is safe.",
			NextSteps: []string{"Retry after backing off (honour Retry-After when present), and lower the number of parallel requests."},
			Retry:     status.RetryWithBackoff,
			Reference: tw20429,
		},
		{
			Codes:     []int{429},
			Meaning:   "Too many requests: Twilio refused the request for rate or concurrency reasons; the body's code says which.",
			NextSteps: []string{"Retry after backing off, honouring Retry-After when present."},
			Retry:     status.RetryWithBackoff,
			Reference: tw20429,
		},
		{
			Codes:     []int{500, 503},
			Meaning:   "A problem on Twilio's side; 503 means the service is temporarily unavailable.",
			NextSteps: []string{"Retry later with backoff, honouring Retry-After when present; check status.twilio.com."},
			Retry:     status.RetryWithBackoff,
		},
	},
}
