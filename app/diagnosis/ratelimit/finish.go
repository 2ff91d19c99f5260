package ratelimit

import (
	"fmt"
	"strings"
	"time"
)

// agreeWithin is how far a reset and Retry-After may differ and still be
// called the same instant (servers round).
const agreeWithin = 2 * time.Second

// finish works out the times shared by every scheme and writes the advice.
func (r *reading) finish(f *found, ra *retry) *Result {
	res := f.res
	if f.reset != nil {
		res.BasisWhy = f.reset.why
		if f.reset.ok {
			t := f.reset.at
			res.ResetAt, res.Basis = &t, f.reset.basis
		}
	}
	switch {
	case res.ResetAt == nil && ra != nil:
		t := ra.at
		res.ResetAt, res.Basis = &t, ra.basis
		res.BasisWhy = joinSentences(res.BasisWhy, "reset taken from "+ra.why)
	case res.ResetAt != nil && ra != nil:
		d := ra.at.Sub(*res.ResetAt)
		if absDuration(d) <= agreeWithin {
			res.BasisWhy += "; agrees with " + ra.name
		} else {
			res.BasisWhy += fmt.Sprintf("; %s points %s %s the reset", ra.name, human(absDuration(d)), beforeAfter(d))
		}
	}
	if r.date != nil {
		res.ClockSkewSeconds = float64p(seconds(r.now.Sub(*r.date)))
	}
	if res.ResetAt != nil {
		if r.date != nil {
			res.ResetAfterDateSeconds = float64p(seconds(res.ResetAt.Sub(*r.date)))
		}
		res.ResetFromNowSeconds = float64p(seconds(res.ResetAt.Sub(r.now)))
		res.AlreadyReset = !res.ResetAt.After(r.now)
	}
	blocked := r.blocked(&res)
	switch {
	case ra != nil:
		res.AdvisedWaitSeconds = float64p(seconds(maxDuration(ra.at.Sub(r.base()), 0)))
	case res.ResetAt != nil && blocked:
		res.AdvisedWaitSeconds = float64p(seconds(maxDuration(res.ResetAt.Sub(r.base()), 0)))
	case res.ResetAt != nil || res.Remaining != nil:
		res.AdvisedWaitSeconds = float64p(0)
	}
	if ra == nil && f.minWait > 0 && (res.AdvisedWaitSeconds == nil || *res.AdvisedWaitSeconds < f.minWait) {
		res.AdvisedWaitSeconds = float64p(f.minWait)
	}
	if isAuthRocket(r.vendor) {
		res.Category = authRocketCategory(r.path)
		if res.Reference == "" || res.Scheme == "x-ratelimit" {
			res.Reference = refAuthRocket
		}
	}
	res.Advice = r.advice(&res, f.note, ra, blocked)
	return &res
}

// blocked says the response asks the client to hold off: nothing remains,
// or the status itself is a refusal for load.
func (r *reading) blocked(res *Result) bool {
	return (res.Remaining != nil && *res.Remaining == 0) || r.status == 429 || r.status == 503
}

func maxDuration(a, b time.Duration) time.Duration {
	if a > b {
		return a
	}
	return b
}

// joinSentences joins non-empty parts with "; ".
func joinSentences(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "; ")
}
