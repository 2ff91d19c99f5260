package ratelimit

import (
	"strconv"
	"strings"
	"time"

	"github.com/httpexplain/httpexplain/app/message"
)

// sloppyDateLayouts are variants of the HTTP-date seen in pastes, tried
// after the three forms message.ParseHTTPDate reads.
var sloppyDateLayouts = []string{
	"Mon, 2 Jan 2006 15:04:05 GMT",
	"Mon, 02 Jan 2006 15:04:05 UTC",
	"Mon, 02 Jan 2006 15:04:05 -0700",
	"Monday, 02-Jan-2006 15:04:05 GMT",
}

// parseHTTPDate reads an HTTP-date in any of its forms, or a tolerated
// variant, as UTC.
func parseHTTPDate(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > 64 {
		return time.Time{}, false
	}
	if t, ok := message.ParseHTTPDate(v); ok {
		return t, true
	}
	for _, l := range sloppyDateLayouts {
		if t, err := time.Parse(l, v); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}

// isoLayouts are RFC 3339 and the ISO 8601 shortenings vendors send
// (Atlassian: minute precision "2026-03-26T16:05Z").
var isoLayouts = []struct {
	layout, precision string
}{
	{time.RFC3339Nano, ""},
	{"2006-01-02T15:04Z07:00", ", with minute precision"},
	{"2006-01-02 15:04:05Z07:00", ""},
	{"2006-01-02T15:04:05", " without a zone, taken as UTC"},
}

// parseISOTime reads an RFC 3339 / ISO 8601 time stamp as UTC. precision
// notes a shortened form, for BasisWhy.
func parseISOTime(v string) (t time.Time, precision string, ok bool) {
	if len(v) < 16 || len(v) > 64 || v[4] != '-' || v[7] != '-' {
		return time.Time{}, "", false
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l.layout, v); err == nil {
			return t.UTC(), l.precision, true
		}
	}
	return time.Time{}, "", false
}

// parseGoDuration reads the output of Go's time.Duration.String ("6m0s",
// "1.5s", "12ms", "23h18m29.144s"), as OpenAI sends it. A bare number, a
// sign or words ("6 minutes") are refused.
func parseGoDuration(v string) (time.Duration, bool) {
	if v == "" || len(v) > 40 || v[0] < '0' || v[0] > '9' {
		return 0, false
	}
	if !strings.ContainsAny(v, "hmsuµn") {
		return 0, false
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return 0, false
	}
	return d, true
}

// i64 writes n in decimal. human builds its words with it rather than
// fmt.Sprintf, which costs the web page more code per call.
func i64(n int64) string { return strconv.FormatInt(n, 10) }

// human writes a non-negative duration in plain words: "41 s", "6 min 2 s",
// "3 h 5 min", "2 days 4 h", "12 years".
func human(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	switch {
	case d < time.Second:
		return i64(d.Milliseconds()) + " ms"
	case d < time.Minute:
		s := d.Seconds()
		if s == float64(int64(s)) {
			return i64(int64(s)) + " s"
		}
		return strconv.FormatFloat(s, 'f', 1, 64) + " s"
	case d < time.Hour:
		m, s := int64(d/time.Minute), int64(d%time.Minute/time.Second)
		if s == 0 {
			return i64(m) + " min"
		}
		return i64(m) + " min " + i64(s) + " s"
	case d < 24*time.Hour:
		h, m := int64(d/time.Hour), int64(d%time.Hour/time.Minute)
		if m == 0 {
			return i64(h) + " h"
		}
		return i64(h) + " h " + i64(m) + " min"
	case d < 365*24*time.Hour:
		days, h := int64(d/(24*time.Hour)), int64(d%(24*time.Hour)/time.Hour)
		unit := "days"
		if days == 1 {
			unit = "day"
		}
		if h == 0 {
			return i64(days) + " " + unit
		}
		return i64(days) + " " + unit + " " + i64(h) + " h"
	}
	return i64(int64(d/(365*24*time.Hour))) + " years"
}
