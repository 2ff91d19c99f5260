package ratelimit

import (
	"fmt"
	"strings"
)

// bucket is one of several parallel limits (OpenAI requests and tokens,
// Anthropic requests, tokens, input and output tokens).
type bucket struct {
	policy    string
	limit     *int64
	remaining *int64
	window    *int64
	reset     *reset
}

// fieldNames are the three fields of one bucket.
type fieldNames struct{ limit, remaining, reset string }

// perKind is a scheme of parallel limits, one per kind (requests, tokens
// ...), each told in a limit, a remaining and a reset field.
type perKind struct {
	vendor, ref string
	kinds       []string
	// name spells a field: kind, and part "limit", "remaining" or "reset".
	name func(kind, part string) string
	// resetHint says how the vendor documents a reset field's value.
	resetHint func(field string) hint
	// names are the fields of each kind, spelled out once by named rather
	// than joined for every response read.
	names []fieldNames
}

// named fills p.names.
func (p perKind) named() perKind {
	p.names = make([]fieldNames, len(p.kinds))
	for i, k := range p.kinds {
		p.names[i] = fieldNames{p.name(k, "limit"), p.name(k, "remaining"), p.name(k, "reset")}
	}
	return p
}

// read takes a bucket for each kind with any of its fields present.
func (p *perKind) read(r *reading) *found {
	var bs []bucket
	for i, k := range p.kinds {
		n := p.names[i]
		if !r.has(n.limit) && !r.has(n.remaining) && !r.has(n.reset) {
			continue
		}
		b := bucket{policy: k, limit: r.limitOf(n.limit), remaining: r.remainingOf(n.remaining)}
		if r.has(n.reset) {
			b.reset = r.decide(n.reset, r.get(n.reset), p.resetHint(n.reset))
		}
		bs = append(bs, b)
	}
	f := fromBuckets(bs, p.vendor, false)
	if f != nil {
		f.res.Reference = p.ref
	}
	return f
}

// binding picks the limit that holds the client back: one with nothing
// remaining, else (byShare) the one with the smallest share of its quota
// left, else the one that resets last. Ties keep table order.
func binding(bs []bucket, byShare bool) int {
	best := -1
	for i, b := range bs {
		if best < 0 {
			best = i
			continue
		}
		cur := bs[best]
		bEmpty := b.remaining != nil && *b.remaining == 0
		cEmpty := cur.remaining != nil && *cur.remaining == 0
		bShare, bOK := share(b)
		cShare, cOK := share(cur)
		switch {
		case bEmpty != cEmpty:
			if bEmpty {
				best = i
			}
		case byShare && bOK && cOK && bShare != cShare:
			if bShare < cShare {
				best = i
			}
		case later(b.reset, cur.reset):
			best = i
		}
	}
	return best
}

// share is the part of the quota left, when both counts are known.
func share(b bucket) (float64, bool) {
	if b.limit == nil || b.remaining == nil || *b.limit <= 0 {
		return 0, false
	}
	return float64(*b.remaining) / float64(*b.limit), true
}

func later(a, b *reset) bool {
	switch {
	case a == nil || !a.ok:
		return false
	case b == nil || !b.ok:
		return true
	}
	return a.at.After(b.at)
}

// fromBuckets fills a found from the binding bucket and names the others.
func fromBuckets(bs []bucket, vendor string, byShare bool) *found {
	if len(bs) == 0 {
		return nil
	}
	i := binding(bs, byShare)
	b := bs[i]
	f := &found{reset: b.reset}
	f.res.Policy, f.res.Limit, f.res.Remaining, f.res.WindowSeconds = b.policy, b.limit, b.remaining, b.window
	if len(bs) > 1 {
		var others []string
		for j, o := range bs {
			if j == i {
				continue
			}
			d := o.policy
			if o.remaining != nil {
				d += fmt.Sprintf(" (%d left)", *o.remaining)
			}
			others = append(others, d)
		}
		why := "it resets last"
		switch {
		case b.remaining != nil && *b.remaining == 0:
			why = "nothing of it remains"
		case byShare && b.limit != nil:
			why = "the smallest share of its quota remains"
		}
		f.note = fmt.Sprintf("%s sends several limits at once; the %s limit is the one that binds, as %s. The others: %s.",
			vendor, b.policy, why, strings.Join(others, ", "))
	}
	return f
}
