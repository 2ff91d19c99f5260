package ratelimit

import (
	"fmt"
	"time"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
)

const refRetryAfter = "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3"

// retry is a Retry-After instruction, on any status (429, 503, 3xx).
type retry struct {
	name  string
	at    time.Time
	basis string
	why   string
}

// retryAfterFields are tried in order: the millisecond variants (sent by
// Azure and the OpenAI/Anthropic SDK servers) are more precise than
// Retry-After when both are present.
var retryAfterFields = []struct {
	name string
	ms   bool
}{
	{"retry-after-ms", true},
	{"x-ms-retry-after-ms", true},
	{"Retry-After", false},
}

// retryAfter reads the first usable Retry-After field, or nil.
func (r *reading) retryAfter() *retry {
	for _, f := range retryAfterFields {
		v := r.get(f.name)
		if v == "" {
			continue
		}
		if n, ok := parseNumber(v); ok && n >= 0 && n <= maxNumeric {
			if f.ms {
				return &retry{name: f.name, at: r.base().Add(fromSeconds(n / 1000)).UTC(), basis: "delta-ms",
					why: fmt.Sprintf("%s is milliseconds to wait, counted from %s (sure)", f.name, r.baseWords())}
			}
			return &retry{name: f.name, at: r.base().Add(fromSeconds(n)).UTC(), basis: "delta-seconds",
				why: fmt.Sprintf("Retry-After %q is seconds to wait, counted from %s (sure)", v, r.baseWords())}
		}
		if f.ms {
			continue
		}
		if t, ok := parseHTTPDate(v); ok {
			return &retry{name: f.name, at: t, basis: "http-date",
				why: fmt.Sprintf("Retry-After %q is an HTTP date (sure)", v)}
		}
	}
	if n, ok := bodyRetryAfter(r.body); ok {
		return &retry{name: "body retry_after", at: r.base().Add(fromSeconds(n)).UTC(), basis: "delta-seconds",
			why: fmt.Sprintf("the body's retry_after (%v) is seconds to wait, as Discord sends it, counted from %s (likely)", n, r.baseWords())}
	}
	return nil
}

// maxBodyForRetry bounds the body decoded for retry_after: the 429 bodies
// that carry it are tiny.
const maxBodyForRetry = 64 << 10

// bodyRetryAfter reads a top-level numeric "retry_after" member of a JSON
// object body (Discord sends the precise float there), from the tree the
// body was parsed into.
func bodyRetryAfter(b *message.Body) (float64, bool) {
	if b == nil || b.JSON == nil || b.JSONError != nil || len(b.Bytes) > maxBodyForRetry {
		return 0, false
	}
	t := b.JSON
	root := t.Root()
	if t.Kind(root) != jsontree.Object {
		return 0, false
	}
	v := t.Get(root, "retry_after")
	if t.Kind(v) != jsontree.Number {
		return 0, false
	}
	n, ok := parseNumber(string(t.Raw(v)))
	return n, ok && n >= 0 && n <= maxNumeric
}
