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
	// The Result is finished where it was found: its times and numbers
	// point into the found, one allocation for all.
	out := &f.room
	res := &f.res
	if f.reset != nil {
		res.BasisWhy = f.reset.why
		if f.reset.ok {
			out.resetAt = f.reset.at
			res.ResetAt, res.Basis = &out.resetAt, f.reset.basis
		}
	}
	switch {
	case res.ResetAt == nil && ra != nil:
		out.resetAt = ra.at
		res.ResetAt, res.Basis = &out.resetAt, ra.basis
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
		res.ClockSkewSeconds = out.float(0, seconds(r.now.Sub(*r.date)))
	}
	if res.ResetAt != nil {
		if r.date != nil {
			res.ResetAfterDateSeconds = out.float(1, seconds(res.ResetAt.Sub(*r.date)))
		}
		res.ResetFromNowSeconds = out.float(2, seconds(res.ResetAt.Sub(r.now)))
		res.AlreadyReset = !res.ResetAt.After(r.now)
	}
	blocked := r.blocked(res)
	switch {
	case ra != nil:
		res.AdvisedWaitSeconds = out.float(3, seconds(maxDuration(ra.at.Sub(r.base()), 0)))
	case res.ResetAt != nil && blocked:
		res.AdvisedWaitSeconds = out.float(3, seconds(maxDuration(res.ResetAt.Sub(r.base()), 0)))
	case res.ResetAt != nil || res.Remaining != nil:
		res.AdvisedWaitSeconds = out.float(3, 0)
	}
	if ra == nil && f.minWait > 0 && (res.AdvisedWaitSeconds == nil || *res.AdvisedWaitSeconds < f.minWait) {
		res.AdvisedWaitSeconds = out.float(3, f.minWait)
	}
	if isAuthRocket(r.vendor) {
		res.Category = authRocketCategory(r.path())
		if res.Reference == "" || res.Scheme == "x-ratelimit" {
			res.Reference = refAuthRocket
		}
	}
	res.Advice = r.advice(res, f.note, ra, blocked)
	return res
}

// finished is room for what a finished Result's pointers point to, kept
// in the found it comes from, so that finishing one is no allocation
// instead of one for each time and number.
type finished struct {
	resetAt time.Time
	floats  [4]float64
}

// float sets floats[i] to v and points to it.
func (o *finished) float(i int, v float64) *float64 {
	o.floats[i] = v
	return &o.floats[i]
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
