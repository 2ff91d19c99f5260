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

// bucketNames spells out the fields of each kind with name(kind, part),
// part being "limit", "remaining" or "reset".
func bucketNames(kinds []string, name func(kind, part string) string) []fieldNames {
	out := make([]fieldNames, len(kinds))
	for i, k := range kinds {
		out[i] = fieldNames{name(k, "limit"), name(k, "remaining"), name(k, "reset")}
	}
	return out
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
