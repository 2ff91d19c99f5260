package ratelimit

// Anthropic: anthropic-ratelimit-{requests,tokens,input-tokens,
// output-tokens}-{limit,remaining,reset}; reset is an RFC 3339 time at
// which the limit is fully replenished.

const refAnthropic = "https://docs.anthropic.com/en/api/rate-limits"

var anthropicKinds = []string{"requests", "tokens", "input-tokens", "output-tokens"}

// anthropicNames are the field names of each kind, spelled out once rather
// than joined for every response read.
var anthropicNames = bucketNames(anthropicKinds, func(k, part string) string {
	return "anthropic-ratelimit-" + k + "-" + part
})

func readAnthropic(r *reading) *found {
	var bs []bucket
	for i, k := range anthropicKinds {
		n := anthropicNames[i]
		if !r.has(n.limit) && !r.has(n.remaining) && !r.has(n.reset) {
			continue
		}
		b := bucket{policy: k, limit: r.limitOf(n.limit), remaining: r.remainingOf(n.remaining)}
		if r.has(n.reset) {
			// Documented as RFC 3339; a number (seen on subscription
			// traffic) is judged by magnitude.
			b.reset = r.decide(n.reset, r.get(n.reset), hint{})
		}
		bs = append(bs, b)
	}
	f := fromBuckets(bs, "Anthropic", false)
	if f != nil {
		f.res.Reference = refAnthropic
	}
	return f
}
