package ratelimit

// X (Twitter): x-rate-limit-* (hyphen in "rate-limit"), reset in epoch
// seconds, 15-minute windows.

const refTwitter = "https://docs.x.com/fundamentals/rate-limits"

func readTwitter(r *reading) *found {
	f := r.triple("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset",
		hint{hintEpoch, "X documents x-rate-limit-reset as epoch seconds"})
	if f == nil {
		return nil
	}
	f.res.Reference = refTwitter
	return f
}
