package ratelimit

// The generic X-RateLimit-Limit / -Remaining / -Reset triple: no vendor
// documents its reset here, so the value is judged by magnitude and Date
// (formats.md §1.4). AuthRocket documents the reset as epoch seconds.

const refXRateLimit = "https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers-06#appendix-B"

func readXRateLimit(r *reading) *found {
	h := hint{}
	if isAuthRocket(r.vendor) {
		h = hint{hintEpoch, "AuthRocket documents X-RateLimit-Reset as a Unix epoch time"}
	}
	f := r.triple("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", h)
	if f == nil {
		return nil
	}
	f.res.Used = count(r.get("X-RateLimit-Used"), false)
	// Atlassian Data Center sends its token-bucket interval alongside.
	if w := r.limitOf("X-RateLimit-Interval-Seconds"); w != nil {
		f.res.WindowSeconds = w
	}
	f.res.Reference = refXRateLimit
	return f
}

// triple reads a limit/remaining/reset trio, or nil when none is present.
func (r *reading) triple(limit, remaining, resetName string, h hint) *found {
	if !r.has(limit) && !r.has(remaining) && !r.has(resetName) {
		return nil
	}
	f := &found{}
	f.res.Limit = r.limitOf(limit)
	f.res.Remaining = r.remainingOf(remaining)
	if r.has(resetName) {
		f.reset = r.decide(resetName, r.get(resetName), h)
	}
	return f
}
