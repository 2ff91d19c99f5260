package ratelimit

import (
	"strings"
	"testing"
	"time"
)

// TestDecide covers the epoch-seconds / epoch-ms / delta decision of
// formats.md §1.4, with and without a Date to cross-check.
func TestDecide(t *testing.T) {
	date := sent // 2026-03-26T16:00:00Z = 1774540800
	tests := []struct {
		name      string
		value     string
		hint      hint
		noDate    bool
		wantBasis string // "" means unreadable; "nil" means a sentinel
		wantAt    string
		wantWhy   string // a substring of BasisWhy
	}{
		{"epoch seconds near Date", "1774541400", hint{}, false, "epoch-seconds", "2026-03-26T16:10:00Z", "10-digit value within 1 h of the response Date: epoch seconds (sure)"},
		{"epoch seconds a day off", "1774627200", hint{}, false, "epoch-seconds", "2026-03-27T16:00:00Z", "within 1 day of the response Date: epoch seconds (sure)"},
		{"epoch seconds far from Date", "1893456000", hint{}, false, "epoch-seconds", "2030-01-01T00:00:00Z", "(unsure)"},
		{"epoch seconds without Date", "1774541400", hint{}, true, "epoch-seconds", "2026-03-26T16:10:00Z", "no Date to cross-check"},
		{"epoch ms", "1774540845000", hint{}, false, "epoch-ms", "2026-03-26T16:00:45Z", "epoch ms (sure)"},
		{"epoch ms with fraction", "1774540845123.5", hint{}, false, "epoch-ms", "2026-03-26T16:00:45.1235Z", "epoch ms"},
		{"12 digits", "177454084500", hint{}, false, "epoch-ms", "1975-08-16T20:48:04.5Z", "(unsure)"},
		{"delta from Date", "60", hint{}, false, "delta-seconds", "2026-03-26T16:01:00Z", "counted from the response Date (sure)"},
		{"delta from now without Date", "60", hint{}, true, "delta-seconds", "2026-03-26T16:01:30Z", "counted from now (the paste has no readable Date"},
		{"long delta", "2592000", hint{}, false, "delta-seconds", "2026-04-25T16:00:00Z", "(likely)"},
		{"9 digits ambiguous", "300000000", hint{}, false, "delta-seconds", "2035-09-27T21:20:00Z", "(unsure)"},
		{"discord decimals", "1774540802.750", hint{hintEpoch, "Discord says epoch"}, false, "epoch-seconds", "2026-03-26T16:00:02.75Z", "epoch seconds (sure)"},
		{"named epoch but tiny", "30", hint{hintEpoch, "X says epoch"}, false, "delta-seconds", "2026-03-26T16:00:30Z", "far too small for a clock time"},
		{"named epoch but ms", "1774540845000", hint{hintEpoch, "X says epoch"}, false, "epoch-ms", "2026-03-26T16:00:45Z", "too large for seconds"},
		{"named delta but epoch", "1774540860", hint{hintDelta, "Reddit says delta"}, false, "epoch-seconds", "2026-03-26T16:01:00Z", "epoch seconds (likely)"},
		{"named delta far epoch-like", "1893456000", hint{hintDelta, "Reddit says delta"}, false, "delta-seconds", "2086-03-26T16:00:00Z", "Reddit says delta"},
		{"go duration", "4m12.172s", hint{}, false, "duration", "2026-03-26T16:04:12.172Z", "Go duration"},
		{"go duration ms", "12ms", hint{}, false, "duration", "2026-03-26T16:00:00.012Z", "Go duration"},
		{"rfc3339", "2026-03-26T16:00:14Z", hint{}, false, "rfc3339", "2026-03-26T16:00:14Z", "RFC 3339"},
		{"iso minutes", "2026-03-26T16:05Z", hint{}, false, "rfc3339", "2026-03-26T16:05:00Z", "minute precision"},
		{"iso offset", "2026-03-26T17:05:00+01:00", hint{}, false, "rfc3339", "2026-03-26T16:05:00Z", "RFC 3339"},
		{"http date", "Thu, 26 Mar 2026 16:10:00 GMT", hint{}, false, "http-date", "2026-03-26T16:10:00Z", "HTTP date"},
		{"words", "6 minutes", hint{}, false, "", "", "could not be read"},
		{"negative", "-30", hint{}, false, "", "", "out of any sensible range"},
		{"huge", "99999999999999999999", hint{}, false, "", "", "out of any sensible range"},
		{"sentinel -1", "-1", hint{}, false, "nil", "", ""},
		{"sentinel 0", "0", hint{}, false, "nil", "", ""},
		{"sentinel empty", "  ", hint{}, false, "nil", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &reading{now: now}
			if !tt.noDate {
				d := date
				r.date = &d
			}
			got := r.decide("X-RateLimit-Reset", tt.value, tt.hint)
			if tt.wantBasis == "nil" {
				if got != nil {
					t.Fatalf("want nil for a sentinel, got %+v", got)
				}
				return
			}
			if got == nil {
				t.Fatal("got nil")
			}
			if !strings.Contains(got.why, tt.wantWhy) {
				t.Errorf("why = %q, want it to contain %q", got.why, tt.wantWhy)
			}
			if tt.wantBasis == "" {
				if got.ok {
					t.Errorf("want unreadable, got %s at %s", got.basis, got.at)
				}
				return
			}
			if !got.ok || got.basis != tt.wantBasis {
				t.Fatalf("basis = %q (ok %v), want %q; why %q", got.basis, got.ok, tt.wantBasis, got.why)
			}
			if at := got.at.Format(time.RFC3339Nano); at != tt.wantAt {
				t.Errorf("at = %s, want %s", at, tt.wantAt)
			}
		})
	}
}

// TestTimes checks the derived times for an old paste and a skewed clock.
func TestTimes(t *testing.T) {
	tests := []struct {
		name         string
		fields       string
		now          time.Time
		wantReset    string
		wantFromNow  float64
		wantAfterDt  float64
		wantSkew     float64
		wantWait     float64
		wantAlready  bool
		wantBasisSub string
	}{
		{
			name:   "pasted a day later",
			fields: dateLine + "X-RateLimit-Remaining: 0\nX-RateLimit-Reset: 1774540860",
			now:    sent.Add(24 * time.Hour), wantReset: "2026-03-26T16:01:00Z",
			wantFromNow: -86340, wantAfterDt: 60, wantSkew: 86400, wantWait: 60, wantAlready: true,
			wantBasisSub: "epoch seconds (sure)",
		},
		{
			name:   "delta in an old paste counts from Date",
			fields: dateLine + "RateLimit-Remaining: 0\nRateLimit-Reset: 90",
			now:    sent.Add(2 * time.Hour), wantReset: "2026-03-26T16:01:30Z",
			wantFromNow: -7110, wantAfterDt: 90, wantSkew: 7200, wantWait: 90, wantAlready: true,
			wantBasisSub: "counted from the response Date",
		},
		{
			name:   "server clock 3 min ahead",
			fields: dateLine + "X-RateLimit-Remaining: 0\nX-RateLimit-Reset: 1774540860",
			now:    sent.Add(-3 * time.Minute), wantReset: "2026-03-26T16:01:00Z",
			wantFromNow: 240, wantAfterDt: 60, wantSkew: -180, wantWait: 60,
			wantBasisSub: "within 1 h of the response Date",
		},
		{
			name:   "server clock 4 min behind",
			fields: dateLine + "Retry-After: 30",
			now:    sent.Add(4 * time.Minute), wantReset: "2026-03-26T16:00:30Z",
			wantFromNow: -210, wantAfterDt: 30, wantSkew: 240, wantWait: 30, wantAlready: true,
			wantBasisSub: "Retry-After",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Read(exchange(429, "", tt.fields), tt.now, "")
			if res == nil || res.ResetAt == nil {
				t.Fatalf("no reset: %+v", res)
			}
			if got := res.ResetAt.Format(time.RFC3339); got != tt.wantReset {
				t.Errorf("ResetAt = %s, want %s", got, tt.wantReset)
			}
			check := func(name string, got *float64, want float64) {
				if got == nil || *got != want {
					t.Errorf("%s = %v, want %v", name, deref(got), want)
				}
			}
			check("ResetFromNowSeconds", res.ResetFromNowSeconds, tt.wantFromNow)
			check("ResetAfterDateSeconds", res.ResetAfterDateSeconds, tt.wantAfterDt)
			check("ClockSkewSeconds", res.ClockSkewSeconds, tt.wantSkew)
			check("AdvisedWaitSeconds", res.AdvisedWaitSeconds, tt.wantWait)
			if res.AlreadyReset != tt.wantAlready {
				t.Errorf("AlreadyReset = %v, want %v", res.AlreadyReset, tt.wantAlready)
			}
			if !strings.Contains(res.BasisWhy, tt.wantBasisSub) {
				t.Errorf("BasisWhy = %q, want it to contain %q", res.BasisWhy, tt.wantBasisSub)
			}
		})
	}
}

func deref(f *float64) any {
	if f == nil {
		return nil
	}
	return *f
}

// TestAuthRocketDoc is the example of the AuthRocket v1 status-code page.
func TestAuthRocketDoc(t *testing.T) {
	ex := exchange(429, "GET https://api-e1.authrocket.com/v1/users", "X-RateLimit-Limit: 1234\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: 1388534400")
	res := Read(ex, now, "authrocket-v1")
	if res == nil || res.ResetAt == nil {
		t.Fatalf("no reset: %+v", res)
	}
	if *res.Limit != 1234 || *res.Remaining != 0 {
		t.Errorf("limit/remaining = %d/%d", *res.Limit, *res.Remaining)
	}
	if got := res.ResetAt.Format(time.RFC3339); got != "2014-01-01T00:00:00Z" || res.Basis != "epoch-seconds" {
		t.Errorf("reset = %s (%s), want 2014-01-01T00:00:00Z epoch-seconds", got, res.Basis)
	}
	if !res.AlreadyReset || res.Category != "general" {
		t.Errorf("AlreadyReset %v, Category %q", res.AlreadyReset, res.Category)
	}
}

func TestAuthRocketCategory(t *testing.T) {
	tests := map[string]string{
		"POST https://api-e2.authrocket.com/v2/users/usr_1/authenticate": "authentication",
		"POST https://api-e1.authrocket.com/v1/users/authenticate_key":   "authentication",
		"POST /v2/sessions":                                                  "authentication",
		"POST https://acme.e2.loginrocket.com/v2/login":                      "authentication",
		"POST https://acme.e2.loginrocket.com/v2/signup?redirect_uri=/users": "authentication",
		"POST /v2/users/usr_1/verify":                                        "authentication",
		"PUT /v2/users/usr_1/password":                                       "authentication",
		"GET https://api-e2.authrocket.com/v2/users?q=/login":                "general",
		"GET https://api-e2.authrocket.com/v2/orgs":                          "general",
	}
	for req, want := range tests {
		res := Read(exchange(429, req, "Retry-After: 5"), now, "authrocket-v2")
		if res == nil || res.Category != want {
			t.Errorf("%s: category %v, want %s", req, res, want)
		}
	}
	if res := Read(exchange(429, "POST /v2/sessions", "Retry-After: 5"), now, "stripe"); res.Category != "" {
		t.Errorf("category %q for a non-AuthRocket vendor", res.Category)
	}
}

// TestHostile feeds junk values; nothing may panic and sentinels stay
// unknown.
func TestHostile(t *testing.T) {
	junk := []string{
		"", "-", ".", "1e400", "NaN", "Inf", "0x10", "١٢٣", strings.Repeat("9", 5000),
		"9999999999999999h", "-5s", "1.2.3", `"burst";r=`, `;;;`, "((", strings.Repeat(`"a";r=1,`, 2000),
		"Mon, 99 Foo 2026 99:99:99 GMT", "2026-13-45T99:99Z", "limit=, remaining=x",
	}
	names := []string{"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After",
		"RateLimit", "RateLimit-Policy", "X-RateLimit-Reset-After", "x-ratelimit-reset-tokens",
		"X-Shopify-Shop-Api-Call-Limit", "anthropic-ratelimit-tokens-reset", "Beta-RateLimit", "RateLimit-Reset", "Date"}
	for _, n := range names {
		for _, j := range junk {
			for _, d := range []string{"", dateLine} {
				ex := exchange(429, "", d+n+": "+j)
				res := Read(ex, now, "authrocket-v1")
				if res != nil && res.AdvisedWaitSeconds != nil && *res.AdvisedWaitSeconds < 0 {
					t.Errorf("%s: %q: negative wait", n, j)
				}
			}
		}
	}
	if Read(nil, now, "") != nil || Read(&messageExchangeNoResponse, now, "") != nil {
		t.Error("nil exchange or response must give nil")
	}
}

var messageExchangeNoResponse = *exchangeNoResponse()

// TestSchemeDetection checks which registry entry claims look-alike
// field sets.
func TestSchemeDetection(t *testing.T) {
	tests := []struct {
		fields, vendor, want string
	}{
		{"x-ratelimit-limit: 60\nx-ratelimit-used: 3\nx-ratelimit-remaining: 57\nx-ratelimit-reset: 1774540860", "", "x-ratelimit"},
		{"x-ratelimit-limit: 60\nx-ratelimit-remaining: 57\nX-GitHub-Request-Id: C1A2:3B4C", "", "github"},
		{"x-ratelimit-limit: 60\nx-ratelimit-remaining: 57", "github", "github"},
		{"X-RateLimit-Remaining: 10.0\nX-RateLimit-Reset: 30", "", "reddit"},
		{"X-RateLimit-Limit: 5\nX-RateLimit-Reset-After: 1.5", "", "discord"},
		{"X-RateLimit-Reset: 2026-03-26T16:05Z", "", "x-ratelimit"},
		{"X-RateLimit-Reset: 2026-03-26T16:05Z\nX-RateLimit-NearLimit: false", "", "atlassian"},
		{"RateLimit: \"a\";r=1;t=2", "", "ietf"},
		{"ratelimit: limit=10, remaining=1, reset=3", "", "ietf-07"},
		{"RateLimit: garbage;;", "", ""},
		{"RateLimit-Reset: 3", "", "ietf-legacy"},
		{"anthropic-ratelimit-tokens-remaining: 1000", "", "anthropic"},
		{"x-ratelimit-remaining-tokens: 1000", "", "openai"},
		{"X-Shopify-Shop-Api-Call-Limit: 1/40\nX-RateLimit-Limit: 40", "", "shopify"},
		{"x-rate-limit-remaining: 3", "", "x-twitter"},
		{"Retry-After: soon", "", ""},
		{"Retry-After: 5", "", "retry-after"},
	}
	for _, tt := range tests {
		res := Read(exchange(200, "", dateLine+tt.fields), now, tt.vendor)
		got := ""
		if res != nil {
			got = res.Scheme
		}
		if got != tt.want {
			t.Errorf("%q: scheme %q, want %q", tt.fields, got, tt.want)
		}
	}
}
