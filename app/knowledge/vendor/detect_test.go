package vendor

import (
	"strings"
	"testing"
)

type detectCase struct {
	name    string
	ex      sample
	want    string // profile id, "" for none
	why     string // substring of the reason
	useJSON bool   // the case hinges on a body shape
}

var detectCases = []detectCase{
	// AuthRocket 1
	{name: "ar1 api host", ex: sample{target: "https://api-e1.authrocket.com/v1/users", status: 200}, want: "authrocket-v1", why: "request host api-e1.authrocket.com"},
	{name: "ar1 other host with /v1/", ex: sample{target: "https://api-us2.authrocket.com/v1/realms", status: 200}, want: "authrocket-v1", why: "with path /v1/"},
	{name: "ar1 host with port", ex: sample{target: "https://API-E1.AuthRocket.com:443/v1/users", status: 200}, want: "authrocket-v1", why: "api-e1.authrocket.com"},
	{name: "ar1 loginrocket", ex: sample{target: "https://acme.e1.loginrocket.com/login", status: 302}, want: "authrocket-v1", why: "acme.e1.loginrocket.com"},
	{name: "ar1 account header", ex: sample{target: "/v1/users", reqHdr: []string{"X-Authrocket-Account: org_1"}, status: 200}, want: "authrocket-v1", why: "header X-Authrocket-Account"},
	{name: "ar1 api key header lower case", ex: sample{target: "/v1/users", reqHdr: []string{"x-authrocket-api-key: ko_1"}, status: 403}, want: "authrocket-v1", why: "X-Authrocket-Api-Key"},
	{name: "ar1 realm header", ex: sample{target: "/v1/users", reqHdr: []string{"X-Authrocket-Realm: rl_1"}, status: 200}, want: "authrocket-v1", why: "X-Authrocket-Realm"},
	{name: "ar1 host header only", ex: sample{target: "/v1/users", reqHdr: []string{"Host: api-e1.authrocket.com"}, status: 200}, want: "authrocket-v1", why: "request host api-e1.authrocket.com"},
	// AuthRocket 2
	{name: "ar2 api host", ex: sample{target: "https://api-e2.authrocket.com/v2/users", status: 200}, want: "authrocket-v2", why: "api-e2.authrocket.com"},
	{name: "ar2 other host with /v2/", ex: sample{target: "https://api-eu1.authrocket.com/v2/users", status: 200}, want: "authrocket-v2", why: "/v2/"},
	{name: "ar2 loginrocket", ex: sample{target: "https://acme.e2.loginrocket.com/v2/login", status: 404}, want: "authrocket-v2", why: "acme.e2.loginrocket.com"},
	{name: "ar2 key header", ex: sample{target: "/v2/users", reqHdr: []string{"authrocket-api-key: ks_1"}, status: 200}, want: "authrocket-v2", why: "header Authrocket-Api-Key"},
	{name: "ar2 realm header", ex: sample{reqHdr: []string{"Authrocket-Realm: rl_1"}, status: 200}, want: "authrocket-v2", why: "Authrocket-Realm"},
	{name: "ar2 user body", ex: sample{status: 200, body: `{"id":"usr_0vWMmJg3PZ","object":"user","username":"pat"}`}, want: "authrocket-v2", why: "body", useJSON: true},
	{name: "ar2 collection body", ex: sample{status: 200, body: `{"collection":[{"object":"user","id":"usr_1"}],"more_results":false}`}, want: "authrocket-v2", why: "body", useJSON: true},
	{name: "user body without AuthRocket id", ex: sample{status: 200, body: `{"id":42,"object":"user"}`}, want: "", useJSON: true},
	// GitHub
	{name: "github host", ex: sample{target: "https://api.github.com/repos/o/r", status: 404}, want: "github", why: "request host api.github.com"},
	{name: "github request id", ex: sample{status: 403, respHdr: []string{"X-GitHub-Request-Id: C0DE:1234:5678:9ABC:6565B2B2"}}, want: "github", why: "header X-GitHub-Request-Id"},
	{name: "github media type", ex: sample{status: 200, respHdr: []string{"x-github-media-type: github.v3; format=json"}}, want: "github", why: "X-GitHub-Media-Type"},
	{name: "github body", ex: sample{status: 422, body: `{"message":"Validation Failed","errors":[{"resource":"Issue","field":"title","code":"missing_field"}],"documentation_url":"https://docs.github.com/rest/issues/issues#create-an-issue"}`}, want: "github", why: "docs.github.com", useJSON: true},
	// Stripe
	{name: "stripe host", ex: sample{method: "POST", target: "https://api.stripe.com/v1/charges", status: 402}, want: "stripe", why: "api.stripe.com"},
	{name: "stripe request id", ex: sample{status: 402, respHdr: []string{"Request-Id: req_8aZk2LqT0n"}}, want: "stripe", why: "Request-Id (value req_"},
	{name: "generic request id is not stripe", ex: sample{status: 500, respHdr: []string{"Request-Id: 8aZk2LqT0n"}}, want: ""},
	{name: "stripe version", ex: sample{status: 200, respHdr: []string{"Stripe-Version: 2024-06-20"}}, want: "stripe", why: "Stripe-Version"},
	{name: "stripe should retry", ex: sample{status: 500, respHdr: []string{"Stripe-Should-Retry: true"}}, want: "stripe", why: "Stripe-Should-Retry"},
	{name: "stripe body", ex: sample{status: 402, body: `{"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds","message":"Your card has insufficient funds."}}`}, want: "stripe", why: "Stripe error", useJSON: true},
	// Slack
	{name: "slack host", ex: sample{method: "POST", target: "https://slack.com/api/chat.postMessage", status: 200}, want: "slack", why: "slack.com with path /api/"},
	{name: "slack site not api", ex: sample{target: "https://slack.com/intl/en-gb/", status: 200}, want: ""},
	{name: "slack req id", ex: sample{status: 200, respHdr: []string{"x-slack-req-id: 4d5e6f7a8b9c0d1e"}}, want: "slack", why: "X-Slack-Req-Id"},
	{name: "slack body", ex: sample{status: 200, body: `{"ok":false,"error":"channel_not_found"}`}, want: "slack", why: "ok", useJSON: true},
	// Twilio
	{name: "twilio host", ex: sample{target: "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json", status: 404}, want: "twilio", why: "api.twilio.com"},
	{name: "twilio request id", ex: sample{status: 429, respHdr: []string{"Twilio-Request-Id: RQ0123456789abcdef0123456789abcdef"}}, want: "twilio", why: "Twilio-Request-Id"},
	{name: "twilio body", ex: sample{status: 404, body: `{"code":20404,"message":"The requested resource was not found","more_info":"https://www.twilio.com/docs/errors/20404","status":404}`}, want: "twilio", why: "Twilio error", useJSON: true},
	// Microsoft Graph
	{name: "graph host", ex: sample{target: "https://graph.microsoft.com/v1.0/me", status: 401}, want: "msgraph", why: "graph.microsoft.com"},
	{name: "graph diagnostic", ex: sample{status: 429, respHdr: []string{`x-ms-ags-diagnostic: {"ServerInfo":{"DataCenter":"West Europe"}}`}}, want: "msgraph", why: "x-ms-ags-diagnostic"},
	{name: "graph id pair", ex: sample{status: 503, respHdr: []string{"request-id: 6f1e2d3c-0000-4000-8000-000000000001", "client-request-id: 6f1e2d3c-0000-4000-8000-000000000001"}}, want: "msgraph", why: "request-id and client-request-id"},
	{name: "request-id alone is not graph", ex: sample{status: 503, respHdr: []string{"request-id: 6f1e2d3c-0000-4000-8000-000000000001"}}, want: ""},
	{name: "graph body", ex: sample{status: 401, body: `{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid.","innerError":{"date":"2026-05-01T10:00:00","request-id":"b5e8","client-request-id":"b5e8"}}}`}, want: "msgraph", why: "innerError", useJSON: true},
	// OpenAI
	{name: "openai host", ex: sample{method: "POST", target: "https://api.openai.com/v1/chat/completions", status: 429}, want: "openai", why: "api.openai.com"},
	{name: "openai header", ex: sample{status: 200, respHdr: []string{"openai-processing-ms: 412"}}, want: "openai", why: "openai-processing-ms"},
	// Priority and negatives
	{name: "authrocket wins over github", ex: sample{target: "/v1/users", reqHdr: []string{"X-Authrocket-Api-Key: ko_1"}, status: 403, respHdr: []string{"X-GitHub-Request-Id: C0DE:1"}}, want: "authrocket-v1", why: "X-Authrocket-Api-Key"},
	{name: "authrocket wins over stripe", ex: sample{target: "https://api-e2.authrocket.com/v2/users", status: 429, respHdr: []string{"Request-Id: req_1"}}, want: "authrocket-v2"},
	{name: "unrelated api", ex: sample{target: "https://api.example.com/v1/users", status: 404, respHdr: []string{"Content-Type: application/json", "X-Request-Id: abc", "X-RateLimit-Remaining: 0"}}, want: ""},
	{name: "lookalike host", ex: sample{target: "https://api-e1.authrocket.com.evil.example/v1/users", status: 200}, want: ""},
	{name: "bare response", ex: sample{status: 500}, want: ""},
	{name: "ipv6 host", ex: sample{target: "http://[::1]:8080/v1/users", status: 200}, want: ""},
}

func TestDetect(t *testing.T) {
	for _, c := range detectCases {
		t.Run(c.name, func(t *testing.T) {
			if c.useJSON {
				needJSON(t)
			}
			p, why := Detect(c.ex.exchange())
			if c.want == "" {
				if p != nil || why != "" {
					t.Fatalf("Detect = %s (%q), want none", p.ID, why)
				}
				return
			}
			if p == nil {
				t.Fatalf("Detect = nil, want %s", c.want)
			}
			if p.ID != c.want {
				t.Fatalf("Detect = %s (%q), want %s", p.ID, why, c.want)
			}
			if !strings.Contains(strings.ToLower(why), strings.ToLower(c.why)) {
				t.Errorf("why = %q, want it to mention %q", why, c.why)
			}
			if p.Matches(c.ex.exchange()) == "" {
				t.Errorf("Matches says no for the profile Detect chose")
			}
		})
	}
}

func TestDetectNil(t *testing.T) {
	if p, why := Detect(nil); p != nil || why != "" {
		t.Fatalf("Detect(nil) = %v, %q", p, why)
	}
	var p *Profile
	if _, ok := p.Status(nil); ok {
		t.Fatal("nil profile has a status")
	}
	if _, ok := gitHub.Status(sample{target: "/x"}.exchange()); ok {
		t.Fatal("status 0 has a meaning")
	}
}

func TestRequestPath(t *testing.T) {
	cases := []struct{ target, url, want string }{
		{"/v1/users?x=1", "", "/v1/users"},
		{"https://api.github.com/repos/o/r#frag", "", "/repos/o/r"},
		{"*", "", ""},
		{"", "https://api.github.com", "/"},
		{"api.github.com:443", "", ""},
	}
	for _, c := range cases {
		ex := sample{target: "/"}.exchange()
		ex.Request.Target, ex.Request.URL = c.target, c.url
		if got := requestPath(ex); got != c.want {
			t.Errorf("requestPath(%q, %q) = %q, want %q", c.target, c.url, got, c.want)
		}
	}
}
