// Package ratelimit reads rate-limit fields of every common scheme
// (X-RateLimit-*, GitHub, Discord, Shopify, OpenAI, Anthropic, the IETF
// RateLimit fields, Retry-After) into limit, remaining and reset as a clock
// time.
//
// Times: a delta value (seconds until reset) counts from the response's Date
// when the paste has one, because pastes are often read long after they were
// received; without a Date it counts from now. AdvisedWaitSeconds follows the
// same rule: it is the wait the server asked for, measured from the moment it
// answered (its Date), or from now when there is no Date. ResetFromNowSeconds
// and AlreadyReset say how that compares with now.
package ratelimit

import (
	"time"

	"github.com/httpexplain/httpexplain/app/message"
)

// Result is the rate-limit state a response shows.
type Result struct {
	Scheme        string // "x-ratelimit", "github", "ietf", "retry-after", ...
	Limit         *int64
	Remaining     *int64
	Used          *int64
	WindowSeconds *int64
	Policy        string
	ResetAt       *time.Time // UTC
	// ResetAfterDateSeconds is ResetAt minus the response's Date.
	ResetAfterDateSeconds *float64
	// ResetFromNowSeconds is ResetAt minus now (negative once passed).
	ResetFromNowSeconds *float64
	AlreadyReset        bool
	// ClockSkewSeconds is now minus Date: how old the paste is, or how far
	// the server clock is off.
	ClockSkewSeconds   *float64
	AdvisedWaitSeconds *float64
	// Basis says how the reset value was read: "epoch-seconds",
	// "epoch-ms", "delta-seconds", "delta-ms", "http-date", "rfc3339",
	// "duration".
	Basis string
	// BasisWhy says how the basis was decided, and how sure.
	BasisWhy string
	// Category is the vendor's rate-limit category where known
	// (AuthRocket: "general" or "authentication").
	Category string
	Advice   string
	// Reference is the documentation URL of the scheme.
	Reference string
}

// scheme is one entry of the registry: a reader that returns nil when the
// response does not carry its fields.
type scheme struct {
	name string
	read func(r *reading) *found
}

// schemes are tried in order; the first that recognises its fields wins.
// Vendor-specific shapes come before the generic ones they resemble.
var schemes = []scheme{
	{"openai", openAI.read},
	{"anthropic", anthropic.read},
	{"shopify", readShopify},
	{"discord", readDiscord},
	{"github", readGitHub},
	{"reddit", readReddit},
	{"x-twitter", readTwitter},
	{"atlassian", readAtlassian},
	{"ietf", readIETF},
	{"ietf-07", readIETF07},
	{"ietf-legacy", readIETFLegacy},
	{"x-ratelimit", readXRateLimit},
}

// found is what a scheme reader recognised, before the common times and
// advice are worked out.
type found struct {
	res   Result
	reset *reset
	// note is scheme-specific advice in plain words, put first.
	note string
	// minWait is a vendor's least advised wait in seconds when no
	// Retry-After is given (GitHub secondary limits).
	minWait float64
	// room is where finish puts the times and numbers of res.
	room finished
}

// Read returns the rate-limit state of ex's response, or nil when it shows
// none. now is the instant to compare with; vendorID is the profile in force.
func Read(ex *message.Exchange, now time.Time, vendorID string) *Result {
	if ex == nil || ex.Response == nil {
		return nil
	}
	r := newReading(ex, now, vendorID)
	ra := r.retryAfter()
	var f *found
	for _, s := range schemes {
		if f = s.read(r); f != nil {
			f.res.Scheme = s.name
			break
		}
	}
	if f == nil {
		if ra == nil {
			return nil
		}
		f = &found{res: Result{Scheme: "retry-after", Reference: refRetryAfter}}
	}
	return r.finish(f, ra)
}
