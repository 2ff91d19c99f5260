package vendor

import (
	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/knowledge/status"
)

const (
	mgErrors     = "https://learn.microsoft.com/en-us/graph/errors"
	mgThrottling = "https://learn.microsoft.com/en-us/graph/throttling"
	mgCA         = "https://learn.microsoft.com/en-us/entra/identity-platform/v2-conditional-access-dev-guide"
)

var mgInsufficientClaims = anyOf("WWW-Authenticate or body mentions insufficient_claims",
	headerContains("", "WWW-Authenticate", "insufficient_claims"),
	bodyStringContains("", []string{"error", "message"}, "insufficient_claims"),
	bodyStringContains("", []string{"error", "code"}, "insufficient_claims"),
)

var mgExpiredToken = bodyStringIs("body error.code is InvalidAuthenticationToken",
	[]string{"error", "code"}, "InvalidAuthenticationToken")

// mgErrorBody fits Graph's error object with its innerError carrying the
// request ids ({"error":{"code":…,"innerError":{"request-id":…}}}).
func mgErrorBody(t *jsontree.Tree, root jsontree.Node) bool {
	if _, ok := strAt(t, root, "error", "code"); !ok {
		return false
	}
	_, ok := strAt(t, root, "error", "innerError", "request-id")
	return ok
}

var msGraph = &Profile{
	ID:   "msgraph",
	Name: "Microsoft Graph",
	Docs: mgErrors,
	Notes: []string{
		"Graph error bodies are {\"error\":{code, message, innerError:{date, request-id, client-request-id}}}: error.code is the precise reason, and the ids are what Microsoft Support asks for.",
		"When throttled (429, sometimes 503 or 509), wait as long as Retry-After says; retrying at once keeps the throttling going.",
	},
	Detect: Detection{
		Hosts: []HostRule{{Host: "graph.microsoft.com"}, {Host: ".graph.microsoft.com"}, {Host: "graph.microsoft.us"}},
		Headers: []HeaderRule{
			{Names: []string{"x-ms-ags-diagnostic"}},
			{Names: []string{"request-id", "client-request-id"}},
		},
		Bodies: []BodyRule{{Why: "is a Graph error (error.code with innerError.request-id)", Match: mgErrorBody}},
	},
	Fields: []FieldDef{
		{Name: "request-id", Summary: "Graph's id for this request; give it (with the date and client-request-id) to Microsoft Support."},
		{Name: "client-request-id", Summary: "An id the client may send to tag its request; Graph echoes it back so client logs and Graph's logs can be matched."},
		{Name: "x-ms-ags-diagnostic", Summary: "Graph's diagnostic data as JSON: the server role, data-centre scale unit and ring that handled the request. Useful to Microsoft Support, not to the client."},
		{Name: "Retry-After", Summary: "On a Graph 429 or 503: how many seconds to wait before retrying.", Reference: mgThrottling},
	},
	Statuses: []StatusRule{
		{
			Codes:     []int{400},
			Meaning:   "Graph could not process the request because it is malformed or incorrect.",
			NextSteps: []string{"Read error.code and error.message in the body."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{401},
			When:      mgExpiredToken,
			Meaning:   "The access token is missing, expired, not yet valid or otherwise not accepted (InvalidAuthenticationToken).",
			NextSteps: []string{"Get a new access token for Graph (audience https://graph.microsoft.com) and send it as Authorization: Bearer <token>."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{401},
			Meaning:   "The authentication information Graph needs is missing or not valid for this resource.",
			NextSteps: []string{"Check the Authorization header carries a valid, unexpired access token issued for Graph."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{403},
			When:  mgInsufficientClaims,
			Meaning: "A conditional access policy applies to this resource, and the token does not carry the claims it requires " +
				"(error=insufficient_claims).",
			NextSteps: []string{"Have the user sign in again interactively so the policy (MFA, compliant device…) can be satisfied, passing on the claims challenge."},
			Retry:     status.RetryAfterFix,
			Reference: mgCA,
		},
		{
			Codes:     []int{403},
			Meaning:   "Access is denied: the user or app lacks the permission this call needs, or a required license.",
			NextSteps: []string{"Check the token's scopes or roles against the permissions listed for this API, and that admin consent was granted."},
			Retry:     status.RetryAfterFix,
		},
		{Codes: []int{404}, Meaning: "The requested resource does not exist.", Retry: status.RetryAfterFix},
		{
			Codes:     []int{409},
			Meaning:   "The request conflicts with the resource's current state (for example the parent folder named does not exist).",
			NextSteps: []string{"For Directory_ConcurrencyViolation, retry after a short delay with exponential backoff."},
			Retry:     status.RetryAfterFix,
		},
		{Codes: []int{412}, Meaning: "A precondition of the request (such as If-Match) does not match the resource's current state.", Retry: status.RetryAfterFix},
		{Codes: []int{423}, Meaning: "The resource is locked.", Retry: status.RetryWithBackoff},
		{
			Codes:     []int{429},
			Meaning:   "Throttled: the app sent more requests than Graph allows for now, and the request failed.",
			NextSteps: []string{"Wait the seconds given in Retry-After, then retry; without it, back off exponentially.", "Reduce the number of calls (batching, delta queries, fewer parallel requests)."},
			Retry:     status.RetryAfterRetryAfter,
			Reference: mgThrottling,
		},
		{Codes: []int{500}, Meaning: "Graph had an internal error while processing the request.", Retry: status.RetryWithBackoff},
		{Codes: []int{501}, Meaning: "The requested feature is not implemented.", Retry: status.RetryNever},
		{
			Codes:     []int{503},
			Meaning:   "The service is temporarily unavailable (maintenance or overload); it may also be how throttling shows.",
			NextSteps: []string{"Retry after the delay in Retry-After, or with exponential backoff."},
			Retry:     status.RetryAfterRetryAfter,
			Reference: mgThrottling,
		},
		{Codes: []int{504}, Meaning: "A server acting as a gateway did not get an answer in time from the service behind it.", Retry: status.RetryWithBackoff},
		{
			Codes:     []int{507},
			Meaning:   "Insufficient storage: the maximum storage quota has been reached.",
			NextSteps: []string{"Free up space or raise the quota before retrying."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{509},
			Meaning:   "Bandwidth limit exceeded (a Microsoft Graph code, not a standard one): the app was throttled for going over the maximum bandwidth allowed.",
			NextSteps: []string{"Wait longer before retrying and transfer less data at once."},
			Retry:     status.RetryWithBackoff,
		},
	},
}
