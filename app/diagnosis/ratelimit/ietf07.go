package ratelimit

import "github.com/dunglas/httpsfv"

// Draft -07 of the IETF fields: RateLimit is one Dictionary
// (`limit=100, remaining=50, reset=5`, reset in delta seconds) and
// RateLimit-Policy lists unnamed `100;w=10` items.

func readIETF07(r *reading) *found {
	vals, ok := r.sfValues("RateLimit")
	if !ok {
		return nil
	}
	d, err := httpsfv.UnmarshalDictionary(vals)
	if err != nil {
		return nil
	}
	get := func(k string) (int64, bool) {
		m, ok := d.Get(k)
		if !ok {
			return 0, false
		}
		it, ok := m.(httpsfv.Item)
		if !ok {
			return 0, false
		}
		n, ok := it.Value.(int64)
		return n, ok && n >= 0
	}
	limit, hasLimit := get("limit")
	rem, hasRem := get("remaining")
	rst, hasReset := get("reset")
	if !hasLimit && !hasRem {
		return nil
	}
	f := &found{}
	f.res.Reference = refIETF
	if hasLimit && limit > 0 {
		f.res.Limit = int64p(limit)
	}
	if hasRem {
		f.res.Remaining = int64p(rem)
	}
	if hasReset {
		f.reset = r.delta(float64(rst), "delta-seconds",
			"draft -07 of the IETF RateLimit field defines reset= as seconds until reset, counted here from "+r.baseWords()+" (sure)")
	}
	f.res.WindowSeconds = r.unnamedPolicyWindow("RateLimit-Policy", f.res.Limit)
	return f
}

// unnamedPolicyWindow reads the window of the `limit;w=window` item that
// matches limit (else the first item with a window), as drafts up to -07
// wrote RateLimit-Policy.
func (r *reading) unnamedPolicyWindow(field string, limit *int64) *int64 {
	list, ok := r.sfList(field)
	if !ok {
		return nil
	}
	var first *int64
	for _, m := range list {
		it, ok := m.(httpsfv.Item)
		if !ok {
			continue
		}
		w, ok := sfInt(it.Params, "w")
		if !ok || w == 0 {
			continue
		}
		if q, ok := it.Value.(int64); ok && limit != nil && q == *limit {
			return int64p(w)
		}
		if first == nil {
			first = int64p(w)
		}
	}
	return first
}
