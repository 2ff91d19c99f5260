package ratelimit

import (
	"strings"

	"github.com/dunglas/httpsfv"
)

// The IETF RateLimit and RateLimit-Policy fields in the syntax of the
// latest drafts (-08 to -10): Structured Field Lists of named policies,
// `"burst";r=12;t=41` and `"burst";q=100;w=60`. Cloudflare writes the names
// as Ratelimit (names are case-insensitive); Atlassian sends a Beta- copy.

const refIETF = "https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/"

// maxSFLength bounds a structured field worth parsing.
const maxSFLength = 4096

// ietfFields are the field pairs read, in order.
var ietfFields = []struct{ field, policy, vendor string }{
	{"RateLimit", "RateLimit-Policy", "The server"},
	{"Beta-RateLimit", "Beta-RateLimit-Policy", "Atlassian (Beta-RateLimit)"},
}

func readIETF(r *reading) *found {
	for _, fl := range ietfFields {
		list, ok := r.sfList(fl.field)
		if !ok {
			continue
		}
		policies := r.ietfPolicies(fl.policy)
		var bs []bucket
		for _, m := range list {
			it, ok := m.(httpsfv.Item)
			if !ok {
				continue
			}
			rem, ok := sfInt(it.Params, "r")
			if !ok {
				continue
			}
			name := sfName(it.Value)
			b := bucket{policy: name, remaining: int64p(rem)}
			if p, ok := policies[name]; ok {
				b.limit, b.window = p.quota, p.window
			}
			if t, ok := sfInt(it.Params, "t"); ok {
				b.reset = r.delta(float64(t), "delta-seconds",
					"the IETF draft defines t= as seconds until more quota is available, counted here from "+r.baseWords()+" (sure)")
			}
			bs = append(bs, b)
		}
		if f := fromBuckets(bs, fl.vendor, true); f != nil {
			f.res.Reference = refIETF
			return f
		}
	}
	return nil
}

// ietfPolicy is one item of RateLimit-Policy.
type ietfPolicy struct {
	quota, window *int64
}

// ietfPolicies reads RateLimit-Policy into a map by policy name; a
// malformed field is ignored, as the draft requires.
func (r *reading) ietfPolicies(field string) map[string]ietfPolicy {
	list, ok := r.sfList(field)
	if !ok {
		return nil
	}
	ps := map[string]ietfPolicy{}
	for _, m := range list {
		it, ok := m.(httpsfv.Item)
		if !ok {
			continue
		}
		var p ietfPolicy
		if q, ok := sfInt(it.Params, "q"); ok {
			p.quota = int64p(q)
		}
		if w, ok := sfInt(it.Params, "w"); ok && w > 0 {
			p.window = int64p(w)
		}
		if _, dup := ps[sfName(it.Value)]; !dup {
			ps[sfName(it.Value)] = p
		}
	}
	return ps
}

// sfList parses every line of field as one Structured Field List.
func (r *reading) sfList(field string) (httpsfv.List, bool) {
	vals, ok := r.sfValues(field)
	if !ok {
		return nil, false
	}
	list, err := httpsfv.UnmarshalList(vals)
	if err != nil || len(list) == 0 {
		return nil, false
	}
	return list, true
}

// sfValues returns the trimmed lines of field, or false when absent or too
// long to be worth parsing.
func (r *reading) sfValues(field string) ([]string, bool) {
	vals := r.h.Values(field)
	total := 0
	for i, v := range vals {
		vals[i] = strings.TrimSpace(v)
		total += len(v)
	}
	return vals, len(vals) > 0 && total <= maxSFLength
}

// sfInt reads a non-negative Integer parameter.
func sfInt(p *httpsfv.Params, key string) (int64, bool) {
	if p == nil {
		return 0, false
	}
	v, ok := p.Get(key)
	if !ok {
		return 0, false
	}
	n, ok := v.(int64)
	return n, ok && n >= 0
}

// sfName reads a policy name: a String in the drafts, a Token in one
// intermediate version.
func sfName(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case httpsfv.Token:
		return string(v)
	}
	return ""
}
