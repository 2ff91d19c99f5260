package ratelimit

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/httpexplain/httpexplain/app/message"
)

// maxValue bounds the length of a value worth reading; longer ones are junk.
const maxValue = 256

// reading is what every scheme reader needs about one exchange.
type reading struct {
	h      message.Header
	status int
	now    time.Time
	date   *time.Time // the response's Date, nil when absent or unreadable
	// dateAt holds what date points to, so that the reading and its date
	// are one allocation.
	dateAt time.Time
	vendor string
	req    *message.Request // nil when no request was pasted
	body   *message.Body    // the response body, nil when none
}

func newReading(ex *message.Exchange, now time.Time, vendorID string) *reading {
	r := &reading{
		h:      ex.Response.Header,
		status: ex.Response.Status,
		now:    now.UTC(),
		vendor: strings.ToLower(vendorID),
	}
	r.body = ex.Response.Body
	if d, ok := parseHTTPDate(r.h.Get("Date")); ok {
		r.dateAt = d
		r.date = &r.dateAt
	}
	r.req = ex.Request
	return r
}

// base is the instant delta values count from: the response's Date, else now.
func (r *reading) base() time.Time {
	if r.date != nil {
		return *r.date
	}
	return r.now
}

// path is the request path in lower case, "" when no request was pasted.
// Only AuthRocket's categories need it, so it is worked out when asked.
func (r *reading) path() string {
	if r.req == nil {
		return ""
	}
	return requestPath(r.req)
}

// baseWords names base() for BasisWhy.
func (r *reading) baseWords() string {
	if r.date != nil {
		return "the response Date"
	}
	return "now (the paste has no readable Date, so the time it was received is unknown)"
}

// get returns the trimmed value of the first field named name, cut to
// maxValue.
func (r *reading) get(name string) string {
	v := strings.TrimSpace(r.h.Get(name))
	if len(v) > maxValue {
		v = v[:maxValue]
	}
	return v
}

func (r *reading) has(name string) bool { return r.h.Has(name) }

// parseNumber reads a plain decimal number ("5", "596.0", "1470173023.123").
// Signs other than a leading '-' and exponents are refused.
func parseNumber(v string) (float64, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 32 {
		return 0, false
	}
	digits, dot := 0, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot:
			dot = true
		case c == '-' && i == 0:
		default:
			return 0, false
		}
	}
	if digits == 0 {
		return 0, false
	}
	if digits == len(v) && digits <= 15 {
		// Whole and under 2^53, as nearly every count is: ParseFloat
		// would give the same number exactly, read here digit by digit.
		n := int64(0)
		for i := 0; i < len(v); i++ {
			n = n*10 + int64(v[i]-'0')
		}
		return float64(n), true
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false
	}
	return f, true
}

// isSentinel reports the values vendors send for "unknown": empty, -1, 0.
func isSentinel(v string) bool {
	f, ok := parseNumber(v)
	return strings.TrimSpace(v) == "" || (ok && (f == -1 || f == 0))
}

// count reads a count (limit, remaining, used). Fractions are floored
// (Reddit sends "596.0"). zeroUnknown treats 0 as a sentinel, which is right
// for a limit but not for remaining.
func count(v string, zeroUnknown bool) *int64 {
	f, ok := parseNumber(v)
	if !ok || f < 0 || f > 1e15 || (zeroUnknown && f == 0) {
		return nil
	}
	n := int64(math.Floor(f))
	return &n
}

// limitOf, remainingOf and usedOf read the three counts with their sentinel
// rules: -1 and empty are unknown everywhere; 0 is unknown only for a limit.
func (r *reading) limitOf(name string) *int64     { return count(r.get(name), true) }
func (r *reading) remainingOf(name string) *int64 { return count(r.get(name), false) }

func int64p(n int64) *int64 { return &n }

// seconds rounds a duration to milliseconds, as float seconds.
func seconds(d time.Duration) float64 {
	return math.Round(d.Seconds()*1000) / 1000
}

// fromSeconds turns float seconds into a Duration, bounded so that hostile
// values cannot overflow.
func fromSeconds(s float64) time.Duration {
	const max = 1e11 // about 3000 years
	if s > max {
		s = max
	}
	if s < -max {
		s = -max
	}
	// Round to microseconds so that 64.57 does not become 64.569999999.
	return time.Duration(math.Round(s*1e6)) * time.Microsecond
}
