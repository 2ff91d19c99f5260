package vendor

import (
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/knowledge/status"
)

func TestAllOrder(t *testing.T) {
	want := []string{"authrocket-v1", "authrocket-v2", "github", "stripe", "slack", "twilio", "msgraph", "openai"}
	all := All()
	if len(all) != len(want) {
		t.Fatalf("All() has %d profiles, want %d", len(all), len(want))
	}
	for i, p := range all {
		if p.ID != want[i] {
			t.Errorf("All()[%d] = %s, want %s", i, p.ID, want[i])
		}
	}
	// All returns a copy: reordering it must not touch the registry.
	all[0], all[1] = all[1], all[0]
	if All()[0].ID != "authrocket-v1" {
		t.Error("All() exposes the registry slice")
	}
}

func TestByID(t *testing.T) {
	for _, p := range All() {
		got, ok := ByID(p.ID)
		if !ok || got != p {
			t.Errorf("ByID(%q) = %v, %v", p.ID, got, ok)
		}
	}
	for _, id := range []string{"", "AuthRocket-v1", "authrocket", "gitlab"} {
		if p, ok := ByID(id); ok || p != nil {
			t.Errorf("ByID(%q) = %v, want none", id, p.ID)
		}
	}
}

// TestTables checks every profile's data for the mistakes a table invites:
// empty words, missing or non-https references, rules shadowed by an
// earlier unconditional rule for the same code.
func TestTables(t *testing.T) {
	for _, p := range All() {
		if p.Name == "" || !strings.HasPrefix(p.Docs, "https://") {
			t.Errorf("%s: name %q docs %q", p.ID, p.Name, p.Docs)
		}
		if len(p.Detect.Hosts)+len(p.Detect.Headers)+len(p.Detect.Bodies) == 0 {
			t.Errorf("%s: no detection rules", p.ID)
		}
		final := map[int]bool{}
		for i, r := range p.Statuses {
			if len(r.Codes) == 0 || r.Meaning == "" {
				t.Errorf("%s: rule %d has no codes or meaning", p.ID, i)
			}
			if r.Reference != "" && !strings.HasPrefix(r.Reference, "https://") {
				t.Errorf("%s: rule %d reference %q", p.ID, i, r.Reference)
			}
			if r.When != nil && (r.When.Why == "" || r.When.Match == nil) {
				t.Errorf("%s: rule %d has a condition without why or match", p.ID, i)
			}
			for _, c := range r.Codes {
				if final[c] {
					t.Errorf("%s: rule %d for %d can never match: an earlier rule has no condition", p.ID, i, c)
				}
				if c < 100 || c > 599 {
					t.Errorf("%s: rule %d code %d", p.ID, i, c)
				}
			}
			if r.When == nil {
				for _, c := range r.Codes {
					final[c] = true
				}
			}
		}
		seen := map[string]bool{}
		for _, f := range p.Fields {
			key := strings.ToLower(f.Name)
			if seen[key] {
				t.Errorf("%s: field %s twice", p.ID, f.Name)
			}
			seen[key] = true
			if f.Summary == "" {
				t.Errorf("%s: field %s has no summary", p.ID, f.Name)
			}
		}
	}
}

func TestField(t *testing.T) {
	cases := []struct {
		profile, name string
		want          []string // phrases in the summary; nil: not defined
		ref           string
	}{
		{"authrocket-v1", "x-ratelimit-reset", []string{"Unix epoch"}, arV1Docs},
		{"authrocket-v1", "X-AUTHROCKET-API-KEY", []string{"secret", "403"}, arV1Docs},
		{"authrocket-v2", "Authrocket-Realm", []string{"realm"}, arV2Docs},
		{"github", "X-GitHub-Request-Id", []string{"Support"}, ghTroubleshooting},
		{"github", "X-RateLimit-Resource", []string{"core", "search"}, ghRateLimits},
		{"stripe", "Stripe-Should-Retry", []string{"true", "false"}, stLowLevel},
		{"stripe", "Stripe-Rate-Limited-Reason", []string{"global-concurrency"}, stRateLimits},
		{"slack", "x-slack-req-id", []string{"id"}, slWebAPI},
		{"twilio", "Twilio-Request-Id", []string{"RQ"}, twResponse},
		{"msgraph", "x-ms-ags-diagnostic", []string{"Support"}, mgErrors},
		{"openai", "x-ratelimit-reset-tokens", []string{"duration"}, oaRateLimits},
		{"github", "Stripe-Should-Retry", nil, ""},
		{"stripe", "Content-Type", nil, ""},
	}
	for _, c := range cases {
		p, _ := ByID(c.profile)
		sum, ref, ok := p.Field(c.name)
		if c.want == nil {
			if ok {
				t.Errorf("%s.Field(%q) defined: %q", c.profile, c.name, sum)
			}
			continue
		}
		if !ok {
			t.Errorf("%s.Field(%q) not defined", c.profile, c.name)
			continue
		}
		if miss := missing(sum, c.want); len(miss) > 0 {
			t.Errorf("%s.Field(%q) = %q lacks %q", c.profile, c.name, sum, miss)
		}
		if ref != c.ref {
			t.Errorf("%s.Field(%q) reference = %q, want %q", c.profile, c.name, ref, c.ref)
		}
	}
}

// TestVendorStatus covers the other profiles' conditional meanings.
func TestVendorStatus(t *testing.T) {
	cases := []struct {
		name, profile string
		ex            sample
		want          []string
		when          string
		retry         status.Retry
		useJSON       bool
	}{
		{name: "ar2 215", profile: "authrocket-v2", ex: sample{target: "/v2/users", status: 215}, want: []string{"metadata"}},
		{name: "ar2 414 sid", profile: "authrocket-v2", ex: sample{target: "/v2/sessions/eyJ.x.y", status: 414}, want: []string{"sid"}},
		{name: "ar2 422", profile: "authrocket-v2", ex: sample{target: "/v2/users", status: 422, body: `{"errors":["Username can't be blank"]}`}, want: []string{"ordinary", "errors", "list"}},
		{name: "ar2 loginrocket 403", profile: "authrocket-v2", ex: sample{target: "https://acme.e2.loginrocket.com/v2/profile", status: 403}, want: []string{"session", "expired"}, when: "LoginRocket"},
		{name: "ar2 417", profile: "authrocket-v2", ex: sample{target: "/v2/users", status: 417}, want: []string{"Expect: 100-continue"}},
		{
			name: "github primary", profile: "github",
			ex:   sample{target: "/repos/o/r", status: 403, respHdr: []string{"X-RateLimit-Remaining: 0", "X-RateLimit-Reset: 1767225600"}},
			want: []string{"primary rate limit", "X-RateLimit-Reset"}, when: "X-RateLimit-Remaining is 0", retry: status.RetryWithBackoff,
		},
		{
			name: "github retry-after", profile: "github",
			ex:   sample{target: "/repos/o/r/issues", status: 429, respHdr: []string{"Retry-After: 60", "X-RateLimit-Remaining: 12"}},
			want: []string{"Retry-After"}, when: "Retry-After", retry: status.RetryAfterRetryAfter,
		},
		{
			name: "github secondary", profile: "github", useJSON: true,
			ex:   sample{target: "/repos/o/r/issues", status: 403, body: `{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.","documentation_url":"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"}`},
			want: []string{"secondary rate limit"}, when: "secondary",
		},
		{name: "github 403 permission", profile: "github", ex: sample{target: "/repos/o/r", status: 403, respHdr: []string{"X-RateLimit-Remaining: 4999"}}, want: []string{"scope", "X-Accepted-OAuth-Scopes"}},
		{name: "github 404 private", profile: "github", ex: sample{target: "/repos/o/private", status: 404}, want: []string{"private", "rather than 403"}},
		{name: "github 422", profile: "github", ex: sample{status: 422}, want: []string{"errors", "missing_field", "already_exists"}},
		{name: "stripe 402", profile: "stripe", ex: sample{status: 402}, want: []string{"declined", "decline_code"}},
		{name: "stripe should not retry", profile: "stripe", ex: sample{status: 500, respHdr: []string{"Stripe-Should-Retry: false"}}, want: []string{"will not succeed"}, when: "Stripe-Should-Retry", retry: status.RetryNever},
		{name: "stripe 500", profile: "stripe", ex: sample{status: 500, respHdr: []string{"Stripe-Should-Retry: true"}}, want: []string{"Idempotency-Key"}, retry: status.RetryWithBackoff},
		{name: "stripe 424", profile: "stripe", ex: sample{status: 424}, want: []string{"external", "outside Stripe"}},
		{name: "stripe 429 limiter", profile: "stripe", ex: sample{status: 429, respHdr: []string{"Stripe-Rate-Limited-Reason: endpoint-concurrency"}}, want: []string{"Stripe-Rate-Limited-Reason"}, when: "Stripe-Rate-Limited-Reason"},
		{name: "stripe 429 lock", profile: "stripe", useJSON: true, ex: sample{status: 429, body: `{"error":{"type":"invalid_request_error","code":"lock_timeout","message":"This object cannot be accessed right now because another API request or Stripe process is currently accessing it."}}`}, want: []string{"Not a rate limit", "lock"}, when: "lock_timeout"},
		{name: "stripe 409 idempotency", profile: "stripe", useJSON: true, ex: sample{status: 409, body: `{"error":{"type":"idempotency_error","message":"Keys for idempotent requests can only be used with the same parameters they were first used with."}}`}, want: []string{"Idempotency-Key", "different parameters"}, when: "idempotency_error"},
		{name: "slack 200 not ok", profile: "slack", useJSON: true, ex: sample{status: 200, body: `{"ok":false,"error":"invalid_auth"}`}, want: []string{"failed", "error"}, when: "ok", retry: status.RetryAfterFix},
		{name: "slack 200 unknown body", profile: "slack", ex: sample{status: 200}, want: []string{"ok field"}},
		{name: "slack 429", profile: "slack", ex: sample{status: 429, respHdr: []string{"Retry-After: 30"}}, want: []string{"Retry-After", "per method"}, retry: status.RetryAfterRetryAfter},
		{name: "twilio 404", profile: "twilio", ex: sample{status: 404}, want: []string{"20404", "SID"}},
		{name: "twilio 429 20429", profile: "twilio", useJSON: true, ex: sample{status: 429, body: `{"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429}`}, want: []string{"20429", "safe"}, when: "20429"},
		{name: "graph 509", profile: "msgraph", ex: sample{status: 509}, want: []string{"bandwidth"}},
		{name: "graph 429", profile: "msgraph", ex: sample{status: 429, respHdr: []string{"Retry-After: 10"}}, want: []string{"Throttled", "Retry-After"}, retry: status.RetryAfterRetryAfter},
		{name: "graph 403 claims", profile: "msgraph", ex: sample{status: 403, respHdr: []string{`WWW-Authenticate: Bearer realm="", error="insufficient_claims", claims="eyJ"`}}, want: []string{"conditional access"}, when: "insufficient_claims"},
		{name: "openai 429 quota", profile: "openai", useJSON: true, ex: sample{status: 429, body: `{"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}`}, want: []string{"quota", "billing"}, when: "insufficient_quota", retry: status.RetryAfterFix},
		{name: "openai 429 rate", profile: "openai", ex: sample{status: 429}, want: []string{"Rate limit", "x-ratelimit"}, retry: status.RetryWithBackoff},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.useJSON {
				needJSON(t)
			}
			p, _ := ByID(c.profile)
			m, ok := p.Status(c.ex.exchange())
			if !ok {
				t.Fatalf("no meaning for %d", c.ex.status)
			}
			if miss := missing(text(m), c.want); len(miss) > 0 {
				t.Errorf("meaning lacks %q:\n%s", miss, text(m))
			}
			if c.when != "" && !strings.Contains(m.When, c.when) {
				t.Errorf("When = %q, want it to mention %q", m.When, c.when)
			}
			if c.when == "" && m.When != "" {
				t.Errorf("When = %q, want none", m.When)
			}
			if c.retry != "" && m.Retry != c.retry {
				t.Errorf("Retry = %q, want %q", m.Retry, c.retry)
			}
			if !strings.HasPrefix(m.Reference, "https://") {
				t.Errorf("Reference = %q", m.Reference)
			}
		})
	}
	// A status the vendor does not document has no vendor meaning.
	if _, ok := slack.Status(sample{status: 418}.exchange()); ok {
		t.Error("slack documents 418?")
	}
}

// TestHostileExchanges feeds odd and oversized exchanges to every profile:
// nothing may panic, and nothing should be detected from noise.
func TestHostileExchanges(t *testing.T) {
	long := strings.Repeat("/authenticate", 50000)
	exs := []sample{
		{target: "::::", status: 401},
		{target: "http://", status: 404},
		{target: "https://@/", status: 404},
		{target: "https://a@b@api.github.com:99999/x", status: 404},
		{target: long, status: 429},
		{reqHdr: []string{": empty name", "Host: "}, status: 200},
		{status: 200, body: `{"ok":`},
		{status: 200, body: `[1,2,{"error":{"type":"card_error"}}]`},
		{status: 422, body: strings.Repeat("[", 10000)},
		{status: 200, body: `{"collection":[]}`},
		{status: 404, body: `{"errors":[]}`},
		{status: 999},
		{status: -1},
	}
	for _, s := range exs {
		ex := s.exchange()
		Detect(ex)
		for _, p := range All() {
			p.Status(ex)
			p.Matches(ex)
			p.RateLimitCategory(ex)
		}
	}
	if got := RateLimitCategory(sample{target: long, status: 429}.exchange()); got != "authentication" {
		t.Errorf("long path category = %q", got)
	}
}
