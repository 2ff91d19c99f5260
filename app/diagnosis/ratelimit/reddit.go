package ratelimit

// Reddit: X-Ratelimit-Used/-Remaining/-Reset with no limit; remaining may
// be a float; reset is seconds to the end of the period.

const refReddit = "https://github.com/reddit-archive/reddit/wiki/API"

func readReddit(r *reading) *found {
	floatRemaining := false
	if v := r.get("X-RateLimit-Remaining"); len(v) > 2 && v[len(v)-2:] == ".0" {
		floatRemaining = true
	}
	looks := r.has("X-RateLimit-Used") && !r.has("X-RateLimit-Limit")
	if !looks && !floatRemaining && !(r.vendor == "reddit" && r.has("X-RateLimit-Reset")) {
		return nil
	}
	f := r.triple("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
		hint{hintDelta, "Reddit documents X-Ratelimit-Reset as seconds to the end of the period"})
	f.res.Used = count(r.get("X-RateLimit-Used"), false)
	if f.res.Limit == nil && f.res.Used != nil && f.res.Remaining != nil {
		f.res.Limit = int64p(*f.res.Used + *f.res.Remaining)
	}
	f.res.Reference = refReddit
	f.note = "Reddit's counts are approximate; the limit shown is used plus remaining."
	return f
}
