package ratelimit

import (
	"fmt"
	"strings"
)

// Discord: X-RateLimit-* plus Reset-After (float delta), Bucket, Scope and
// Global; Reset is epoch seconds with decimals.

const refDiscord = "https://discord.com/developers/docs/topics/rate-limits"

func readDiscord(r *reading) *found {
	if !r.has("X-RateLimit-Bucket") && !r.has("X-RateLimit-Reset-After") && !r.has("X-RateLimit-Scope") && !r.has("X-RateLimit-Global") {
		return nil
	}
	f := r.triple("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
		hint{hintEpoch, "Discord documents X-RateLimit-Reset as epoch seconds (with decimals)"})
	if f == nil {
		f = &found{}
	}
	f.res.Reference = refDiscord
	after := r.decide("X-RateLimit-Reset-After", r.get("X-RateLimit-Reset-After"),
		hint{hintDelta, "Discord documents X-RateLimit-Reset-After as seconds until reset"})
	switch {
	case f.reset == nil || !f.reset.ok:
		if after != nil {
			f.reset = after
		}
	case after != nil && after.ok:
		if d := absDuration(after.at.Sub(f.reset.at)); d <= agreeWithin {
			f.reset.why += "; agrees with X-RateLimit-Reset-After"
		} else {
			f.reset.why += fmt.Sprintf("; X-RateLimit-Reset-After differs by %s", human(d))
		}
	}
	var policy []string
	if b := r.get("X-RateLimit-Bucket"); b != "" {
		policy = append(policy, "bucket "+b)
	}
	scope := strings.ToLower(r.get("X-RateLimit-Scope"))
	if scope != "" {
		policy = append(policy, "scope "+scope)
	}
	global := strings.EqualFold(r.get("X-RateLimit-Global"), "true")
	if global && scope != "global" {
		policy = append(policy, "global")
	}
	f.res.Policy = strings.Join(policy, ", ")
	switch {
	case global || scope == "global":
		f.note = "Discord's global limit was hit: it counts every call of this bot or user, not one route, so slow down all calls."
	case scope == "shared":
		f.note = "Discord limited a shared resource (used by many at once); this refusal does not count toward the invalid-request ban."
	case scope == "user":
		f.note = "Discord's per-route limit for this bot or user was hit; calls on other routes may still go through."
	}
	return f
}
