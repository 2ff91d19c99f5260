package ratelimit

// Anthropic: anthropic-ratelimit-{requests,tokens,input-tokens,
// output-tokens}-{limit,remaining,reset}; reset is an RFC 3339 time at
// which the limit is fully replenished.

const refAnthropic = "https://docs.anthropic.com/en/api/rate-limits"

var anthropicKinds = []string{"requests", "tokens", "input-tokens", "output-tokens"}

func readAnthropic(r *reading) *found {
	var bs []bucket
	for _, k := range anthropicKinds {
		p := "anthropic-ratelimit-" + k + "-"
		if !r.has(p+"limit") && !r.has(p+"remaining") && !r.has(p+"reset") {
			continue
		}
		b := bucket{policy: k, limit: r.limitOf(p + "limit"), remaining: r.remainingOf(p + "remaining")}
		if r.has(p + "reset") {
			// Documented as RFC 3339; a number (seen on subscription
			// traffic) is judged by magnitude.
			b.reset = r.decide(p+"reset", r.get(p+"reset"), hint{})
		}
		bs = append(bs, b)
	}
	f := fromBuckets(bs, "Anthropic", false)
	if f != nil {
		f.res.Reference = refAnthropic
	}
	return f
}
