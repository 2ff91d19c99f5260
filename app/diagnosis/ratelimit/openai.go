package ratelimit

// OpenAI (and Azure OpenAI): x-ratelimit-{limit,remaining,reset}-{requests,
// tokens}; resets are Go durations ("6m0s") until the limit is fully
// replenished. Azure sends integer seconds and -1/0 sentinels instead.

const refOpenAI = "https://platform.openai.com/docs/guides/rate-limits"

// openAIKinds are the parallel limits, in the order they are reported.
var openAIKinds = []string{"requests", "tokens", "tokens_usage_based"}

func readOpenAI(r *reading) *found {
	var bs []bucket
	for _, k := range openAIKinds {
		ln, rn, sn := "x-ratelimit-limit-"+k, "x-ratelimit-remaining-"+k, "x-ratelimit-reset-"+k
		if !r.has(ln) && !r.has(rn) && !r.has(sn) {
			continue
		}
		b := bucket{policy: k, limit: r.limitOf(ln), remaining: r.remainingOf(rn)}
		if r.has(sn) {
			b.reset = r.decide(sn, r.get(sn), hint{hintDelta, "OpenAI documents " + sn + " as the time until the limit is fully replenished"})
		}
		bs = append(bs, b)
	}
	f := fromBuckets(bs, "OpenAI", false)
	if f != nil {
		f.res.Reference = refOpenAI
	}
	return f
}
