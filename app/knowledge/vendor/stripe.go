package vendor

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/knowledge/status"
)

const (
	stErrors      = "https://docs.stripe.com/api/errors"
	stRateLimits  = "https://docs.stripe.com/rate-limits"
	stIdempotency = "https://docs.stripe.com/api/idempotent_requests"
	stLowLevel    = "https://docs.stripe.com/error-low-level"
	stVersioning  = "https://docs.stripe.com/api/versioning"
	stDeclines    = "https://docs.stripe.com/declines"
	stConnect     = "https://docs.stripe.com/api/connected-accounts"
)

var (
	stRateLimited = headerPresent("response carries Stripe-Rate-Limited-Reason", "Stripe-Rate-Limited-Reason")
	stLockTimeout = bodyStringIs("body error.code is lock_timeout", []string{"error", "code"}, "lock_timeout")
	stIdemError   = bodyStringIs("body error.type is idempotency_error", []string{"error", "type"}, "idempotency_error")
	stNoRetry     = headerIs("Stripe-Should-Retry is false", "Stripe-Should-Retry", "false")
	stCardError   = bodyStringIs("body error.type is card_error", []string{"error", "type"}, "card_error")
)

// stErrorBody fits Stripe's error object: {"error":{"type":…}} with a
// Stripe-only type, or any of its types with a link into stripe.com.
func stErrorBody(t *jsontree.Tree, root jsontree.Node) bool {
	typ, ok := strAt(t, root, "error", "type")
	if !ok {
		return false
	}
	switch typ {
	case "card_error", "idempotency_error":
		return true
	case "api_error", "invalid_request_error":
		for _, k := range []string{"doc_url", "request_log_url"} {
			if u, ok := strAt(t, root, "error", k); ok && strings.Contains(u, "stripe.com/") {
				return true
			}
		}
	}
	return false
}

var stripe = &Profile{
	ID:   "stripe",
	Name: "Stripe API",
	Docs: stErrors,
	Notes: []string{
		"Stripe's error body is {\"error\":{type, code, decline_code, message, param, doc_url…}}: code and decline_code are the machine-readable reason.",
		"Send an Idempotency-Key with POST requests so that a retry after a network error or a 5xx cannot charge or create twice.",
	},
	Detect: Detection{
		Hosts: []HostRule{{Host: "api.stripe.com"}, {Host: "files.stripe.com"}},
		Headers: []HeaderRule{
			{Names: []string{"Request-Id"}, Prefix: "req_"},
			{Names: []string{"Stripe-Version"}},
			{Names: []string{"Stripe-Should-Retry"}},
			{Names: []string{"Stripe-Rate-Limited-Reason"}},
		},
		Bodies: []BodyRule{{Why: "is a Stripe error object (error.type, doc_url on stripe.com)", Match: stErrorBody}},
	},
	Fields: []FieldDef{
		{Name: "Request-Id", Summary: "Stripe's id for this request (req_…). It finds the request in the Dashboard's logs and is what Stripe Support asks for.", Reference: stErrors},
		{Name: "Stripe-Version", Summary: "The API version Stripe used to build this response, or the version a request asks for; it decides field names and behaviour.", Reference: stVersioning},
		{Name: "Stripe-Should-Retry", Summary: "Stripe's own verdict on retrying this request: true means a retry may succeed, false means it will not and should not be retried.", Reference: stLowLevel},
		{Name: "Stripe-Rate-Limited-Reason", Summary: "On a 429, which limiter refused the request: global-rate, endpoint-rate, global-concurrency, endpoint-concurrency or resource-specific.", Reference: stRateLimits},
		{Name: "Idempotency-Key", Summary: "Request header with a unique key for one operation, so retries of it are answered with the first result instead of running again.", Reference: stIdempotency},
		{Name: "Idempotent-Replayed", Summary: "true when this response is the saved result of an earlier request with the same Idempotency-Key, not a new execution.", Reference: stIdempotency},
		{Name: "Stripe-Account", Summary: "Request header naming the connected account (acct_…) the call acts on; a wrong or missing one makes objects seem not to exist.", Reference: stConnect},
	},
	Statuses: []StatusRule{
		{Codes: []int{200}, Meaning: "The request worked."},
		{
			Codes:     []int{409, 429, 500, 502, 503, 504},
			When:      stNoRetry,
			Meaning:   "Stripe says, in Stripe-Should-Retry: false, that sending this request again will not succeed.",
			NextSteps: []string{"Do not retry as is: read the error in the body, change the request or check the object's state first."},
			Retry:     status.RetryNever,
			Reference: stLowLevel,
		},
		{
			Codes:     []int{400},
			Meaning:   "The request was not acceptable, often because a required parameter is missing or a value is invalid (invalid_request_error).",
			NextSteps: []string{"Read error.param and error.message in the body to see which parameter is wrong."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{401},
			Meaning:   "No valid API key was sent: it is missing, mistyped, revoked, or from another account.",
			NextSteps: []string{"Check the secret key (sk_…) or restricted key (rk_…) sent, and that it belongs to the right account and mode (test or live)."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{402},
			When:  stCardError,
			Meaning: "Request failed: the parameters were valid but the payment did not go through, typically a card declined by its issuer. " +
				"error.code and error.decline_code say why.",
			NextSteps: []string{"Show the customer error.message and ask for another payment method, or follow the advice for the decline_code."},
			Retry:     status.RetryAfterFix,
			Reference: stDeclines,
		},
		{
			Codes:     []int{402},
			Meaning:   "Request failed: the parameters were valid but Stripe could not carry out the request (for example a card was declined).",
			NextSteps: []string{"Read error.code, error.decline_code and error.message in the body."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{403},
			Meaning:   "The API key does not have permission for this request (for example a restricted key without that permission).",
			NextSteps: []string{"Give the restricted key the needed permission, or use a key that has it."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{404},
			Meaning:   "The requested object does not exist for this key.",
			NextSteps: []string{"Check the id, and that the key is from the same account and mode (test or live) the object was created in; for Connect, check Stripe-Account."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{409},
			When:      stIdemError,
			Meaning:   "The Idempotency-Key was reused for a request with different parameters, or while the first request with it was still running.",
			NextSteps: []string{"Use a new key for a new operation; reuse a key only to retry the very same request."},
			Retry:     status.RetryAfterFix,
			Reference: stIdempotency,
		},
		{
			Codes:     []int{409},
			Meaning:   "The request conflicts with another request, often one using the same idempotency key.",
			NextSteps: []string{"Check whether another request with the same Idempotency-Key ran at the same time or with other parameters."},
			Retry:     status.RetryAfterFix,
			Reference: stIdempotency,
		},
		{
			Codes:     []int{424},
			Meaning:   "External dependency failed: the request could not be completed because something outside Stripe that it relies on failed.",
			NextSteps: []string{"Retry later, with the same Idempotency-Key if the request creates or changes something."},
			Retry:     status.RetryWithBackoff,
		},
		{
			Codes:     []int{429},
			When:      stRateLimited,
			Meaning:   "Stripe's rate limiter refused the request; Stripe-Rate-Limited-Reason says which limit (request rate or concurrency, account-wide or per endpoint or resource).",
			NextSteps: []string{"Back off exponentially and retry.", "Lower the request rate or the number of parallel requests, especially for background jobs."},
			Retry:     status.RetryWithBackoff,
			Reference: stRateLimits,
		},
		{
			Codes:     []int{429},
			When:      stLockTimeout,
			Meaning:   "Not a rate limit: another request was changing the same object at the same time, and this one timed out waiting for its lock.",
			NextSteps: []string{"Retry after a short pause, and avoid updating one object from many requests at once."},
			Retry:     status.RetryWithBackoff,
			Reference: stRateLimits,
		},
		{
			Codes:     []int{429},
			Meaning:   "Too many requests reached the API too quickly.",
			NextSteps: []string{"Back off exponentially and retry; spread requests out."},
			Retry:     status.RetryWithBackoff,
			Reference: stRateLimits,
		},
		{
			Codes:     []int{500, 502, 503, 504},
			Meaning:   "Something went wrong on Stripe's servers (rare). The request may or may not have taken effect.",
			NextSteps: []string{"Retry with the same Idempotency-Key so it cannot run twice, and honour Stripe-Should-Retry when present.", "Check the outcome (Dashboard logs, webhooks) before retrying without a key."},
			Retry:     status.RetryWithBackoff,
			Reference: stLowLevel,
		},
	},
}
