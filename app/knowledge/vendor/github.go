package vendor

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/knowledge/status"
)

const (
	ghTroubleshooting = "https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api"
	ghRateLimits      = "https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api"
	ghBestPractices   = "https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api"
	ghAuthenticating  = "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api"
	ghMediaTypes      = "https://docs.github.com/en/rest/using-the-rest-api/getting-started-with-the-rest-api#media-types"
)

var (
	ghSecondary = bodyStringContains("body message mentions a secondary rate limit", []string{"message"}, "secondary rate limit")
	ghPrimary   = headerIs("X-RateLimit-Remaining is 0", "X-RateLimit-Remaining", "0")
	ghRetryAt   = headerPresent("response carries Retry-After", "Retry-After")
	ghSSO       = headerPresent("response carries X-GitHub-SSO", "X-GitHub-SSO")
	ghBadCreds  = bodyStringContains("body message is \"Bad credentials\"", []string{"message"}, "bad credentials")
)

// ghDocsBody fits GitHub's error body, whose documentation_url points into
// docs.github.com.
func ghDocsBody(t *jsontree.Tree, root jsontree.Node) bool {
	u, ok := strAt(t, root, "documentation_url")
	if !ok {
		return false
	}
	_, hasMsg := strAt(t, root, "message")
	return hasMsg && strings.HasPrefix(u, "https://docs.github.com/")
}

var ghSecondarySteps = []string{
	"If Retry-After is present, wait that many seconds before the next request.",
	"If X-RateLimit-Remaining is 0, wait until X-RateLimit-Reset (UTC epoch seconds).",
	"Otherwise wait at least a minute, then back off exponentially if it keeps happening.",
	"Avoid bursts of parallel requests and of content-creating calls; going on while limited can get the integration banned.",
}

var ghPrimarySteps = []string{
	"Do not send more requests until the time in X-RateLimit-Reset (UTC epoch seconds).",
	"X-RateLimit-Resource says which budget ran out (core, search, graphql…).",
	"Authenticated requests get a larger budget than anonymous ones; conditional requests answered 304 do not count when authorised.",
}

var gitHub = &Profile{
	ID:   "github",
	Name: "GitHub REST API",
	Docs: ghTroubleshooting,
	Notes: []string{
		"GitHub answers 404, not 403, for private resources the caller may not see, so that their existence is not revealed.",
		"A rate limit can arrive as 403 or as 429: the headers and the body message tell which limit was hit.",
	},
	Detect: Detection{
		Hosts: []HostRule{{Host: "api.github.com"}, {Host: "uploads.github.com"}},
		Headers: []HeaderRule{
			{Names: []string{"X-GitHub-Request-Id"}},
			{Names: []string{"X-GitHub-Media-Type"}},
		},
		Bodies: []BodyRule{{Why: "has a documentation_url on docs.github.com", Match: ghDocsBody}},
	},
	Fields: []FieldDef{
		{Name: "X-GitHub-Request-Id", Summary: "GitHub's id for this request. Quote it when contacting GitHub Support about this call.", Reference: ghTroubleshooting},
		{Name: "X-GitHub-Media-Type", Summary: "The media type and API version GitHub used to answer, e.g. github.v3; format=json.", Reference: ghMediaTypes},
		{Name: "X-GitHub-SSO", Summary: "Sent when an organization enforces SAML single sign-on and the token is not yet authorised for it; the value holds the URL where the user can authorise it.", Reference: ghAuthenticating},
		{Name: "X-GitHub-Api-Version", Summary: "Request header choosing the dated REST API version, e.g. 2022-11-28.", Reference: "https://docs.github.com/en/rest/about-the-rest-api/api-versions"},
		{Name: "X-RateLimit-Limit", Summary: "The most requests allowed per hour in this rate-limit budget.", Reference: ghRateLimits},
		{Name: "X-RateLimit-Remaining", Summary: "Requests left in the current window; 0 means further requests fail until the reset.", Reference: ghRateLimits},
		{Name: "X-RateLimit-Used", Summary: "Requests already made in the current window.", Reference: ghRateLimits},
		{Name: "X-RateLimit-Reset", Summary: "When the current window resets, in UTC epoch seconds.", Reference: ghRateLimits},
		{Name: "X-RateLimit-Resource", Summary: "Which rate-limit budget the request counted against, such as core, search or graphql.", Reference: ghRateLimits},
		{Name: "X-OAuth-Scopes", Summary: "The scopes the token used for this request has.", Reference: ghAuthenticating},
		{Name: "X-Accepted-OAuth-Scopes", Summary: "The scopes this endpoint checks for; compare with X-OAuth-Scopes to see what is missing.", Reference: ghAuthenticating},
		{Name: "X-Accepted-GitHub-Permissions", Summary: "The fine-grained permissions this endpoint needs (for GitHub Apps and fine-grained tokens).", Reference: ghTroubleshooting},
		{Name: "Retry-After", Summary: "On a GitHub rate-limit error: how many seconds to wait before the next request.", Reference: ghRateLimits},
	},
	Statuses: []StatusRule{
		{
			Codes:     []int{304},
			Meaning:   "Not modified: the conditional request (If-None-Match or If-Modified-Since) found nothing new, so the cached copy is still good.",
			NextSteps: []string{"Use the cached copy. A correctly authorised 304 does not count against the primary rate limit."},
			Reference: ghBestPractices,
		},
		{
			Codes:     []int{400},
			Meaning:   "GitHub could not parse the request, typically a body that is not valid JSON or not the JSON object the endpoint expects.",
			NextSteps: []string{"Check the body is a valid JSON object and matches the endpoint's documentation."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{401},
			When:      ghBadCreds,
			Meaning:   "The token or credentials sent are not valid: wrong, expired or revoked.",
			NextSteps: []string{"Create or refresh the token and check it is sent as Authorization: Bearer <token>."},
			Retry:     status.RetryAfterFix,
			Reference: ghAuthenticating,
		},
		{
			Codes:     []int{401},
			Meaning:   "The endpoint needs authentication and none that GitHub accepts was sent.",
			NextSteps: []string{"Send a valid token in the Authorization header."},
			Retry:     status.RetryAfterFix,
			Reference: ghAuthenticating,
		},
		{
			Codes:     []int{403, 429},
			When:      ghSecondary,
			Meaning:   "A secondary rate limit was hit: too many requests at once, too fast, or too many content-creating calls, whatever the hourly budget says.",
			NextSteps: ghSecondarySteps,
			Retry:     status.RetryAfterRetryAfter,
			Reference: ghRateLimits,
		},
		{
			Codes:     []int{403, 429},
			When:      ghPrimary,
			Meaning:   "The primary rate limit is used up: no requests are left in this hour's budget.",
			NextSteps: ghPrimarySteps,
			Retry:     status.RetryWithBackoff,
			Reference: ghRateLimits,
		},
		{
			Codes:     []int{403, 429},
			When:      ghRetryAt,
			Meaning:   "GitHub is rate limiting this client and says how long to wait in Retry-After.",
			NextSteps: ghSecondarySteps,
			Retry:     status.RetryAfterRetryAfter,
			Reference: ghRateLimits,
		},
		{
			Codes:     []int{403},
			When:      ghSSO,
			Meaning:   "The organization enforces SAML single sign-on and this token is not authorised for it.",
			NextSteps: []string{"Open the URL in X-GitHub-SSO (or the token settings) to authorise the token for the organization."},
			Retry:     status.RetryAfterFix,
			Reference: ghAuthenticating,
		},
		{
			Codes:     []int{403},
			Meaning:   "GitHub understood who is calling but will not allow this action: the token lacks a scope or permission, or a policy forbids it.",
			NextSteps: []string{"Compare X-OAuth-Scopes with X-Accepted-OAuth-Scopes (or read X-Accepted-GitHub-Permissions) to see what the token lacks."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{404},
			Meaning: "Not found, or private and not visible to this caller: GitHub answers 404 rather than 403 for private resources " +
				"the request is not properly authenticated or authorised for.",
			NextSteps: []string{
				"If the resource surely exists, check authentication: the token is sent, valid, and has the scopes or permissions the endpoint needs.",
				"For a GitHub App or fine-grained token, check it was granted access to that repository or organization.",
			},
			Retry: status.RetryAfterFix,
		},
		{
			Codes:     []int{409},
			Meaning:   "The request conflicts with the current state of the resource (for example an empty repository, or a merge conflict).",
			NextSteps: []string{"Read the body's message, resolve the state it names, then try again."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes: []int{422},
			Meaning: "Validation failed: the request was understood but its data was refused. Each entry of errors names the resource, the field " +
				"and a code: missing, missing_field, invalid, already_exists, unprocessable, or custom (with a message).",
			NextSteps: []string{"Read errors entry by entry and fix each field it names."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{429},
			Meaning:   "Rate limited: check the headers and the body message to tell the primary limit from a secondary one.",
			NextSteps: ghSecondarySteps,
			Retry:     status.RetryWithBackoff,
			Reference: ghRateLimits,
		},
		{
			Codes:     []int{500, 502, 503, 504},
			Meaning:   "GitHub failed to answer: a server-side problem, or a request that ran too long (GitHub stops requests that take more than about ten seconds).",
			NextSteps: []string{"Retry later with backoff; if a request keeps timing out, ask for less per call (smaller pages, narrower queries)."},
			Retry:     status.RetryWithBackoff,
		},
	},
}
