package vendor

import (
	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/knowledge/status"
)

const (
	slWebAPI     = "https://docs.slack.dev/apis/web-api/"
	slRateLimits = "https://docs.slack.dev/apis/web-api/rate-limits"
	slScopes     = "https://docs.slack.dev/authentication/tokens"
)

var (
	slNotOK   = bodyBoolIs("body has \"ok\": false", []string{"ok"}, false)
	slWarning = allOf("body has \"ok\": true and a warning",
		bodyBoolIs("", []string{"ok"}, true), bodyHas("", "warning"))
)

// slOKBody fits Slack's Web API envelope: a boolean ok beside an error or
// warning string ({"ok":false,"error":"invalid_auth"}).
func slOKBody(t *jsontree.Tree, root jsontree.Node) bool {
	ok := nodeAt(t, root, "ok")
	if ok == jsontree.NoNode || t.Kind(ok) != jsontree.Bool {
		return false
	}
	if !t.Bool(ok) {
		_, has := strAt(t, root, "error")
		return has
	}
	_, has := strAt(t, root, "warning")
	return has
}

var slack = &Profile{
	ID:   "slack",
	Name: "Slack Web API",
	Docs: slWebAPI,
	Notes: []string{
		"Slack's Web API answers HTTP 200 for most calls, failed ones too: success or failure is the body's ok field, and error says why.",
	},
	Detect: Detection{
		Hosts: []HostRule{
			{Host: "slack.com", PathPrefix: "/api/"},
			{Host: ".slack.com", PathPrefix: "/api/"},
		},
		Headers: []HeaderRule{{Names: []string{"X-Slack-Req-Id"}}},
		Bodies:  []BodyRule{{Why: "is Slack's {\"ok\":false,\"error\":…} envelope", Match: slOKBody}},
	},
	Fields: []FieldDef{
		{Name: "X-Slack-Req-Id", Summary: "Slack's id for this request; quote it when asking Slack about the call."},
		{Name: "X-OAuth-Scopes", Summary: "The scopes the token used for this call has been granted.", Reference: slScopes},
		{Name: "X-Accepted-OAuth-Scopes", Summary: "The scopes this method accepts; a missing_scope error means the token has none of them.", Reference: slScopes},
		{Name: "Retry-After", Summary: "On a Slack 429: how many seconds to wait before calling this method again.", Reference: slRateLimits},
	},
	Statuses: []StatusRule{
		{
			Codes: []int{200},
			When:  slNotOK,
			Meaning: "The call failed even though the status is 200: Slack reports Web API failures in the body, with \"ok\": false " +
				"and an error code such as invalid_auth, channel_not_found or missing_scope.",
			NextSteps: []string{"Read error (and response_metadata.messages, when present) to see what to fix."},
			Retry:     status.RetryAfterFix,
		},
		{
			Codes:     []int{200},
			When:      slWarning,
			Meaning:   "The call worked, but Slack added a warning about how it was made (for example superfluous_charset).",
			NextSteps: []string{"Read warning and response_metadata.warnings and adjust the call to silence them."},
		},
		{
			Codes:   []int{200},
			Meaning: "Slack answers 200 for most Web API calls, failed or not: look at the body's ok field to know whether this one worked.",
		},
		{
			Codes: []int{429},
			Meaning: "Rate limited: this app called this method too often for its tier (limits apply per method, per app, per workspace). " +
				"The body usually says \"error\": \"ratelimited\".",
			NextSteps: []string{"Wait the number of seconds in Retry-After before calling the method again.", "Spread calls out or batch them."},
			Retry:     status.RetryAfterRetryAfter,
			Reference: slRateLimits,
		},
	},
}
