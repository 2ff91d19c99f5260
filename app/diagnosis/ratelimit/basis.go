package ratelimit

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// This file decides what a reset value means (formats.md §1.4): name-based
// overrides first, then the shape of the value, then its magnitude, cross-
// checked with the response's Date.

// hintKind is what a scheme's documentation says a numeric reset is.
type hintKind int

const (
	byMagnitude hintKind = iota // nothing documented: go by size and Date
	hintEpoch                   // epoch seconds (GitHub, X, Discord, AuthRocket)
	hintDelta                   // seconds until reset (Reddit, IETF, Reset-After)
	hintDeltaMS                 // milliseconds until reset (retry-after-ms)
)

// hint carries the documented meaning and the words that say who documents
// it, for BasisWhy.
type hint struct {
	kind hintKind
	says string // "GitHub documents x-ratelimit-reset as epoch seconds"
}

// reset is a decided reset time. ok is false when the value could not be
// read; why then says why.
type reset struct {
	at    time.Time
	basis string
	why   string
	ok    bool
}

// Epoch magnitudes: 1e9 s and 1e12 ms are both 2001-09-09; 1e8 s is 1973.
const (
	epochSecondsMin = 1e9
	epochMSMin      = 1e12
	ambiguousMin    = 1e8
	maxNumeric      = 1e16
)

// decide reads raw, the value of the field name, as a reset time.
// It returns nil for the "unknown" sentinels.
func (r *reading) decide(name, raw string, h hint) *reset {
	v := strings.TrimSpace(raw)
	if isSentinel(v) {
		return nil
	}
	if n, ok := parseNumber(v); ok {
		return r.decideNumber(name, v, n, h)
	}
	if d, ok := parseGoDuration(v); ok {
		return &reset{at: r.base().Add(d).UTC(), basis: "duration", ok: true,
			why: fmt.Sprintf("%s %q is a Go duration: time until reset, counted from %s (sure)", name, v, r.baseWords())}
	}
	if t, precision, ok := parseISOTime(v); ok {
		return &reset{at: t, basis: "rfc3339", ok: true,
			why: fmt.Sprintf("%s %q is an RFC 3339 / ISO 8601 time stamp%s (sure)", name, v, precision)}
	}
	if t, ok := parseHTTPDate(v); ok {
		return &reset{at: t, basis: "http-date", ok: true,
			why: fmt.Sprintf("%s %q is an HTTP date (sure)", name, v)}
	}
	return &reset{why: fmt.Sprintf("%s %q is neither a number, a duration nor a date; it could not be read", name, v)}
}

func (r *reading) decideNumber(name, v string, n float64, h hint) *reset {
	if n < 0 || n > maxNumeric {
		return &reset{why: fmt.Sprintf("%s %q is out of any sensible range; it could not be read", name, v)}
	}
	digits := intDigits(v)
	switch h.kind {
	case hintDeltaMS:
		return r.delta(n/1000, "delta-ms", fmt.Sprintf("%s, counted from %s (sure)", h.says, r.baseWords()))
	case hintDelta:
		if n >= epochSecondsMin {
			if at := epochSeconds(n); r.closeToDate(at) {
				words, _ := r.near(at)
				return &reset{at: at, basis: "epoch-seconds", ok: true,
					why: fmt.Sprintf("%s, but the %d-digit value lies %s: epoch seconds (likely)", h.says, digits, words)}
			}
		}
		return r.delta(n, "delta-seconds", fmt.Sprintf("%s, counted from %s (sure)", h.says, r.baseWords()))
	case hintEpoch:
		switch {
		case n >= epochMSMin:
			at := epochMS(n)
			words, _ := r.near(at)
			return &reset{at: at, basis: "epoch-ms", ok: true,
				why: fmt.Sprintf("%s, but the %d-digit value is too large for seconds and lies %s: epoch milliseconds (likely)", h.says, digits, words)}
		case n >= ambiguousMin:
			at := epochSeconds(n)
			words, sure := r.near(at)
			if sure != "unsure" {
				sure = "sure"
			} else {
				sure = "likely"
			}
			return &reset{at: at, basis: "epoch-seconds", ok: true,
				why: fmt.Sprintf("%s; the %d-digit value lies %s: epoch seconds (%s)", h.says, digits, words, sure)}
		default:
			return r.delta(n, "delta-seconds", fmt.Sprintf("%s, but %s is far too small for a clock time: seconds until reset, counted from %s (likely)", h.says, v, r.baseWords()))
		}
	}
	switch {
	case n >= epochMSMin:
		at := epochMS(n)
		words, sure := r.near(at)
		return &reset{at: at, basis: "epoch-ms", ok: true,
			why: fmt.Sprintf("%d-digit value lies %s when read as epoch milliseconds: epoch ms (%s)", digits, words, sure)}
	case n >= 1e11:
		// Epoch seconds would be past the year 5000; milliseconds would be
		// before 2001. Neither is plausible, so only a matching Date helps.
		at := epochMS(n)
		words, _ := r.near(at)
		sure := "unsure"
		if r.closeToDate(at) {
			sure = "likely"
		}
		return &reset{at: at, basis: "epoch-ms", ok: true,
			why: fmt.Sprintf("%d-digit value fits neither epoch seconds nor a current epoch in ms; read as epoch ms, which lies %s (%s)", digits, words, sure)}
	case n >= epochSecondsMin:
		at := epochSeconds(n)
		words, sure := r.near(at)
		return &reset{at: at, basis: "epoch-seconds", ok: true,
			why: fmt.Sprintf("%d-digit value %s: epoch seconds (%s)", digits, words, sure)}
	case n >= ambiguousMin:
		if at := epochSeconds(n); r.closeToDate(at) {
			words, _ := r.near(at)
			return &reset{at: at, basis: "epoch-seconds", ok: true,
				why: fmt.Sprintf("%d-digit value %s: epoch seconds (likely)", digits, words)}
		}
		return r.delta(n, "delta-seconds", fmt.Sprintf("%d-digit value is too large for a usual window and too small for a current clock time; read as seconds until reset, counted from %s (unsure)", digits, r.baseWords()))
	}
	sure := "sure"
	if n > 7*86400 {
		sure = "likely" // a window of more than a week is unusual
	}
	return r.delta(n, "delta-seconds", fmt.Sprintf("small value (%s) cannot be a clock time: seconds until reset, counted from %s (%s)", v, r.baseWords(), sure))
}

func (r *reading) delta(s float64, basis, why string) *reset {
	return &reset{at: r.base().Add(fromSeconds(s)).UTC(), basis: basis, why: why, ok: true}
}

// closeToDate reports whether at lies within a day of the response Date.
func (r *reading) closeToDate(at time.Time) bool {
	if r.date == nil {
		return false
	}
	return absDuration(at.Sub(*r.date)) <= 24*time.Hour
}

// near describes how at relates to the response Date (or to now when there
// is no Date) and grades the match: "sure", "likely" or "unsure".
func (r *reading) near(at time.Time) (words, sure string) {
	if r.date == nil {
		d := at.Sub(r.now)
		if absDuration(d) <= 24*time.Hour {
			return "within 1 day of now (no Date to cross-check)", "likely"
		}
		return fmt.Sprintf("%s %s now (no Date to cross-check; the paste may be old)", human(absDuration(d)), beforeAfter(d)), "likely"
	}
	d := at.Sub(*r.date)
	switch a := absDuration(d); {
	case a <= time.Hour:
		return "within 1 h of the response Date", "sure"
	case a <= 24*time.Hour:
		return "within 1 day of the response Date", "sure"
	case a <= 7*24*time.Hour:
		return fmt.Sprintf("%s %s the response Date", human(a), beforeAfter(d)), "likely"
	default:
		return fmt.Sprintf("%s %s the response Date", human(a), beforeAfter(d)), "unsure"
	}
}

func beforeAfter(d time.Duration) string {
	if d < 0 {
		return "before"
	}
	return "after"
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// intDigits counts the digits before any decimal point.
func intDigits(v string) int {
	v = strings.TrimPrefix(v, "-")
	if i := strings.IndexByte(v, '.'); i >= 0 {
		v = v[:i]
	}
	return len(strings.TrimLeft(v, "0"))
}

func epochSeconds(n float64) time.Time {
	sec := math.Floor(n)
	ns := math.Round((n - sec) * 1e9)
	return time.Unix(int64(sec), int64(ns)).UTC()
}

func epochMS(n float64) time.Time {
	ms := math.Floor(n)
	ns := math.Round((n - ms) * 1e6)
	return time.UnixMilli(int64(ms)).Add(time.Duration(ns)).UTC()
}
