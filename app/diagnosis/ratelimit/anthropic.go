package ratelimit

// Anthropic: anthropic-ratelimit-{requests,tokens,input-tokens,
// output-tokens}-{limit,remaining,reset}; reset is an RFC 3339 time at
// which the limit is fully replenished.
var anthropic = perKind{
	vendor: "Anthropic",
	ref:    "https://docs.anthropic.com/en/api/rate-limits",
	kinds:  []string{"requests", "tokens", "input-tokens", "output-tokens"},
	name:   func(k, part string) string { return "anthropic-ratelimit-" + k + "-" + part },
	// Documented as RFC 3339; a number (seen on subscription traffic) is
	// judged by magnitude.
	resetHint: func(string) hint { return hint{} },
}.named()
