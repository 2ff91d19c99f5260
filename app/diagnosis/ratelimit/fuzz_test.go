package ratelimit

import "testing"

// FuzzRead feeds arbitrary values into the fields every scheme reads.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"1774540860", "6m0s", `"a";r=1;t=2`, "limit=1, remaining=0, reset=3", "32/40", "Thu, 26 Mar 2026 16:00:00 GMT", "2026-03-26T16:05Z"} {
		f.Add(s, s)
	}
	names := []string{"X-RateLimit-Reset", "Retry-After", "RateLimit", "RateLimit-Policy", "x-ratelimit-reset-tokens",
		"X-RateLimit-Reset-After", "X-Shopify-Shop-Api-Call-Limit", "anthropic-ratelimit-requests-reset", "RateLimit-Limit"}
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, n := range names {
			ex := exchange(429, "POST /v2/login", "Date: "+b+"\n"+n+": "+a+"\nX-RateLimit-Remaining: "+b)
			if res := Read(ex, now, "authrocket-v2"); res != nil && res.AdvisedWaitSeconds != nil && *res.AdvisedWaitSeconds < 0 {
				t.Fatalf("negative wait for %s: %q", n, a)
			}
		}
	})
}
