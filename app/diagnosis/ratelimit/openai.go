package ratelimit

// OpenAI (and Azure OpenAI): x-ratelimit-{limit,remaining,reset}-{requests,
// tokens}; resets are Go durations ("6m0s") until the limit is fully
// replenished. Azure sends integer seconds and -1/0 sentinels instead.
var openAI = perKind{
	vendor: "OpenAI",
	ref:    "https://platform.openai.com/docs/guides/rate-limits",
	kinds:  []string{"requests", "tokens", "tokens_usage_based"},
	name:   func(k, part string) string { return "x-ratelimit-" + part + "-" + k },
	resetHint: func(field string) hint {
		return hint{hintDelta, "OpenAI documents " + field + " as the time until the limit is fully replenished"}
	},
}.named()
