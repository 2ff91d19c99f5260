package vendor

import (
	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/knowledge/status"
)

const (
	oaErrors     = "https://platform.openai.com/docs/guides/error-codes"
	oaRateLimits = "https://platform.openai.com/docs/guides/rate-limits"
)

var oaQuota = bodyStringIs("body error.code is insufficient_quota", []string{"error", "code"}, "insufficient_quota")

// oaCodes are error codes only OpenAI's API uses in its error object.
var oaCodes = map[string]bool{
	"invalid_api_key":                      true,
	"insufficient_quota":                   true,
	"rate_limit_exceeded":                  true,
	"model_not_found":                      true,
	"context_length_exceeded":              true,
	"unsupported_country_region_territory": true,
}

// oaErrorBody fits OpenAI's {"error":{"message","type","param","code"}}
// with one of its own codes.
func oaErrorBody(t *jsontree.Tree, root jsontree.Node) bool {
	code, ok := strAt(t, root, "error", "code")
	if !ok || !oaCodes[code] {
		return false
	}
	_, ok = strAt(t, root, "error", "message")
	return ok
}

var openAI = &Profile{
	ID:   "openai",
	Name: "OpenAI API",
	Docs: oaErrors,
	Notes: []string{
		"OpenAI's x-ratelimit-reset-requests and x-ratelimit-reset-tokens are durations (6m0s, 12ms) until the budget is fully refilled, not clock times.",
	},
	Detect: Detection{
		Hosts: []HostRule{{Host: "api.openai.com"}},
		Headers: []HeaderRule{
			{Names: []string{"openai-organization"}},
			{Names: []string{"openai-processing-ms"}},
			{Names: []string{"openai-version"}},
		},
		Bodies: []BodyRule{{Why: "is an OpenAI error object (error.code such as rate_limit_exceeded)", Match: oaErrorBody}},
	},
	Fields: []FieldDef{
		{Name: "x-request-id", Summary: "OpenAI's id for this request; quote it to OpenAI support."},
		{Name: "openai-organization", Summary: "The organization the request was counted against (its usage, limits and billing)."},
		{Name: "openai-processing-ms", Summary: "How long OpenAI spent processing the request, in milliseconds."},
		{Name: "openai-version", Summary: "The version of the REST API that answered."},
		{Name: "x-ratelimit-limit-requests", Summary: "Requests allowed per window before the limit is hit.", Reference: oaRateLimits},
		{Name: "x-ratelimit-remaining-requests", Summary: "Requests left before the limit is hit.", Reference: oaRateLimits},
		{Name: "x-ratelimit-reset-requests", Summary: "Time until the request budget is fully refilled, written as a duration (1s, 6m0s).", Reference: oaRateLimits},
		{Name: "x-ratelimit-limit-tokens", Summary: "Tokens allowed per window before the limit is hit.", Reference: oaRateLimits},
		{Name: "x-ratelimit-remaining-tokens", Summary: "Tokens left before the limit is hit.", Reference: oaRateLimits},
		{Name: "x-ratelimit-reset-tokens", Summary: "Time until the token budget is fully refilled, written as a duration.", Reference: oaRateLimits},
	},
	Statuses: []StatusRule{
		{
			Codes:     []int{401},
			Meaning:   "OpenAI did not accept the credentials: the API key is wrong, revoked, or not valid for the organization or project named.",
			NextSteps: []string{"Check the key sent in Authorization: Bearer, and the OpenAI-Organization / OpenAI-Project headers if used."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:   []int{403},
			Meaning: "The request comes from a country, region or territory OpenAI does not support, or the key lacks access to this resource.",
			Retry:   status.RetryAfterFix,
		},
		{
			Codes:     []int{429},
			When:      oaQuota,
			Meaning:   "Not a short-term rate limit: the account has used up its quota or credit.",
			NextSteps: []string{"Check the plan and billing; retrying will not help until the quota is raised or credit added."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{429},
			Meaning:   "Rate limit reached: too many requests or tokens in too short a time.",
			NextSteps: []string{"Wait and retry with exponential backoff; the x-ratelimit-* headers say which budget ran out and how long until it refills."},
			Retry:     status.RetryWithBackoff,
			Reference: oaRateLimits,
		},
		{Codes: []int{500}, Meaning: "An error on OpenAI's servers.", NextSteps: []string{"Retry after a short wait; check status.openai.com if it persists."}, Retry: status.RetryWithBackoff},
		{Codes: []int{503}, Meaning: "OpenAI's servers are overloaded or asking clients to slow down.", NextSteps: []string{"Retry after a wait, and lower the request rate."}, Retry: status.RetryWithBackoff},
	},
}
