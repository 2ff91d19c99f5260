package ratelimit

// OpenAI (and Azure OpenAI): x-ratelimit-{limit,remaining,reset}-{requests,
// tokens}; resets are Go durations ("6m0s") until the limit is fully
// replenished. Azure sends integer seconds and -1/0 sentinels instead.

const refOpenAI = "https://platform.openai.com/docs/guides/rate-limits"

// openAIKinds are the parallel limits, in the order they are reported.
var openAIKinds = []string{"requests", "tokens", "tokens_usage_based"}

// openAINames are the field names of each kind, spelled out once rather
// than joined for every response read.
var openAINames = bucketNames(openAIKinds, func(k, part string) string {
	return "x-ratelimit-" + part + "-" + k
})

func readOpenAI(r *reading) *found {
	var bs []bucket
	for i, k := range openAIKinds {
		n := openAINames[i]
		if !r.has(n.limit) && !r.has(n.remaining) && !r.has(n.reset) {
			continue
		}
		b := bucket{policy: k, limit: r.limitOf(n.limit), remaining: r.remainingOf(n.remaining)}
		if r.has(n.reset) {
			b.reset = r.decide(n.reset, r.get(n.reset), hint{hintDelta, "OpenAI documents " + n.reset + " as the time until the limit is fully replenished"})
		}
		bs = append(bs, b)
	}
	f := fromBuckets(bs, "OpenAI", false)
	if f != nil {
		f.res.Reference = refOpenAI
	}
	return f
}
