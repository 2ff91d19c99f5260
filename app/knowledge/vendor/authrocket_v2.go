package vendor

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/knowledge/status"
)

const arV2Docs = "https://authrocket.com/docs/api/status_codes"

// arV2IDPrefixes ties AuthRocket 2 object kinds to the prefix of their ids,
// which together make a body recognisable.
var arV2IDPrefixes = map[string]string{
	"user":  "usr_",
	"realm": "rl_",
	"org":   "org_",
}

// arV2Object fits an AuthRocket 2 record ({"object":"user","id":"usr_…"})
// or a collection whose first record is one.
func arV2Object(t *jsontree.Tree, root jsontree.Node) bool {
	if arV2Record(t, root) {
		return true
	}
	c := nodeAt(t, root, "collection")
	if c == jsontree.NoNode || t.Kind(c) != jsontree.Array {
		return false
	}
	return arV2Record(t, t.First(c))
}

func arV2Record(t *jsontree.Tree, n jsontree.Node) bool {
	kind, ok := strAt(t, n, "object")
	if !ok {
		return false
	}
	prefix, known := arV2IDPrefixes[kind]
	if !known {
		return false
	}
	id, ok := strAt(t, n, "id")
	return ok && strings.HasPrefix(id, prefix)
}

var authRocketV2 = &Profile{
	ID:   "authrocket-v2",
	Name: "AuthRocket 2",
	Docs: arV2Docs,
	Notes: []string{
		arReadStatusFirst,
		"In AuthRocket 2, 409 and 422 are ordinary answers to act on: the body's errors is a list of plain-language messages to show or log.",
		"Status 215 is a success whose body holds only metadata, not a record.",
	},
	Detect: Detection{
		Hosts: []HostRule{
			{Host: "api-e2.authrocket.com"},
			{Host: ".authrocket.com", PathPrefix: "/v2/"},
			{Host: ".e2.loginrocket.com"},
			{Host: ".loginrocket.com", PathPrefix: "/v2/"},
		},
		Headers: []HeaderRule{
			{Names: []string{"Authrocket-Api-Key"}},
			{Names: []string{"Authrocket-Realm"}},
			{Names: []string{"Authrocket-Service"}},
		},
		Bodies: []BodyRule{
			{Why: "is an AuthRocket 2 record (\"object\":\"user\" with an id like usr_…)", Match: arV2Object},
		},
	},
	RateLimits: arRateLimits,
	Fields: []FieldDef{
		{Name: "Authrocket-Api-Key", Summary: "Request header carrying the AuthRocket 2 API key (ks_…). It is a secret: remove it before sharing a paste. Missing, wrong or lacking permission, it makes AuthRocket answer 403."},
		{Name: "Authrocket-Realm", Summary: "Request header naming the realm (rl_…) the call works in."},
		{Name: "Authrocket-Service", Summary: "Optional request header naming the service a call is made for."},
		{Name: "LR-Agent", Summary: "Request header sent by AuthRocket's LoginRocket JavaScript client to say which client made the call."},
	},
	Statuses: []StatusRule{
		{Codes: []int{200}, Meaning: "The call worked; the response body holds the result."},
		{Codes: []int{201}, Meaning: "The resource was created; the response body holds it."},
		{
			Codes:     []int{202},
			Meaning:   "AuthRocket accepted the request but has not finished it yet, and it may still succeed or fail.",
			NextSteps: []string{"Check the outcome later rather than assuming it worked."},
		},
		{Codes: []int{204}, Meaning: "The call worked; by design there is no body."},
		{
			Codes:   []int{215},
			Meaning: "AuthRocket-specific success: the call worked, and the body carries only metadata, not a record.",
		},
		{
			Codes:     []int{302, 303, 307},
			Meaning:   "AuthRocket sends the client on to another URL (in the Location header).",
			NextSteps: []string{"Follow the Location header, but only a few redirects in a row."},
		},
		{
			Codes:     []int{400},
			Meaning:   "AuthRocket could not make sense of the request: usually a required parameter is missing, the body is badly encoded, or the request is malformed.",
			NextSteps: []string{"Compare the parameters with the API documentation and check the body's encoding."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{401},
			Meaning: "AuthRocket 2 reports bad API credentials with 403, not 401, so this 401 may come from something between " +
				"the client and AuthRocket, such as your own app or a proxy.",
			NextSteps: []string{"Check which server sent this response (Server and Via headers, the request URL)."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{402},
			Meaning:   "The AuthRocket account is not active or needs attention (billing or plan).",
			NextSteps: []string{"Log in to the AuthRocket portal and check the account's service status and billing."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{403},
			When:      arLoginRocket,
			Meaning:   "LoginRocket refused the call: the user's session has expired or access was denied.",
			NextSteps: []string{"Have the user sign in again, then retry with the new session."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{403},
			Meaning: "AuthRocket did not accept the API credentials: they are missing, incomplete, wrong, " +
				"or do not carry the permission this call needs.",
			NextSteps: []string{"Check that Authrocket-Api-Key and, where needed, Authrocket-Realm are sent and belong together, and that the key has permission for this call."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{404},
			When:  arLoginRocket,
			Meaning: "LoginRocket answers almost everything with 200, 302 or 404 so that browsers cope with it, " +
				"so a 404 from it may mean a wrong URL, realm, token or parameter, not only a missing page.",
			Retry: status.RetryAfterFix,
		},
		{
			Codes:     []int{404},
			Meaning:   "The resource does not exist, or the current credentials may not see it (AuthRocket may answer 404 where 403 would fit).",
			NextSteps: []string{"Check the id, the realm it belongs to, and the API key's access."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{405},
			Meaning:   "The URL is known, but it does not take this HTTP method, or the method is misspelled.",
			NextSteps: []string{"Check the method against the documentation for this URL."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{406},
			Meaning:   "AuthRocket cannot answer in the content type asked for in the Accept header.",
			NextSteps: []string{"Send Accept: application/json."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{409},
			Meaning: "The change clashes with the resource's current state (often a delete the resource's state does not allow yet). " +
				"This is an ordinary answer: the body's errors is a list of plain-language messages saying what to change.",
			NextSteps: []string{"Read the messages in errors and act on them."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{414},
			Meaning: "The URL is too long: most likely a session was looked up with a whole JWT login token. " +
				"Take the session id from the token's sid claim and use it instead of the token.",
			NextSteps: []string{"Decode the JWT's payload, read its sid claim, and request the session by that id."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{415},
			Meaning:   "AuthRocket does not accept the body's Content-Type: it takes only JSON and URL-encoded forms.",
			NextSteps: []string{"Send the body as JSON with Content-Type: application/json."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:   []int{417},
			Meaning: "Expectation failed: typically a .NET HTTP client sent Expect: 100-continue, which AuthRocket does not support.",
			NextSteps: []string{"Turn off Expect: 100-continue in the HTTP client (in .NET, ServicePointManager.Expect100Continue = false " +
				"or HttpRequestHeaders.ExpectContinue = false)."},
			Retry: status.RetryAfterFix,
		},
		{
			Codes: []int{422},
			Meaning: "Validation failed: AuthRocket refused the data sent. This is an ordinary answer: " +
				"the body's errors is a list of plain-language messages, one per problem.",
			NextSteps: []string{"Read the messages in errors and fix the data they name."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{429},
			When:      arAuthRelated,
			Meaning:   "Rate limited in AuthRocket's authentication category, a brute-force guard that normal use should not reach; it is mostly tripped by fast test loops.",
			NextSteps: []string{"Wait before trying again, and slow down repeated authentication calls.", "If X-RateLimit-Reset is present, it says when to try again."},
			Retry:     status.RetryWithBackoff,
		},
		{
			Codes:     []int{429},
			Meaning:   "Rate limited in AuthRocket's general category, which covers most calls and is sized by the plan.",
			NextSteps: []string{"Wait before trying again and spread calls out.", "If X-RateLimit-Reset is present, it says when to try again."},
			Retry:     status.RetryWithBackoff,
		},
		{
			Codes:     []int{500, 502},
			Meaning:   "Something went wrong on AuthRocket's side.",
			NextSteps: []string{"Wait a few minutes and try again; also make sure the request is well formed."},
			Retry:     status.RetryWithBackoff,
		},
		{
			Codes:     []int{503, 504},
			Meaning:   "AuthRocket is unavailable for now (heavy load, rate limits or server errors).",
			NextSteps: []string{"Wait a few minutes and retry, backing off exponentially."},
			Retry:     status.RetryWithBackoff,
		},
	},
}
