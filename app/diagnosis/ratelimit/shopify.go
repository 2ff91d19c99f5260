package ratelimit

import (
	"fmt"
	"strings"
)

// Shopify REST: X-Shopify-Shop-Api-Call-Limit "used/size", a leaky bucket
// with no reset time; 429s carry Retry-After (often a float, "2.0").

const refShopify = "https://shopify.dev/docs/api/admin-rest/usage/rate-limits"

func readShopify(r *reading) *found {
	v := r.get("X-Shopify-Shop-Api-Call-Limit")
	if v == "" {
		return nil
	}
	f := &found{}
	f.res.Reference = refShopify
	f.res.Policy = "leaky bucket"
	used, size, ok := strings.Cut(v, "/")
	u, s := count(strings.TrimSpace(used), false), count(strings.TrimSpace(size), true)
	if !ok || u == nil || s == nil {
		f.note = fmt.Sprintf("X-Shopify-Shop-Api-Call-Limit %q is not the usual used/size pair.", v)
		return f
	}
	f.res.Used, f.res.Limit = u, s
	rem := *s - *u
	if rem < 0 {
		rem = 0
	}
	f.res.Remaining = &rem
	f.note = fmt.Sprintf("Shopify counts calls in a leaky bucket: %d of %d slots are taken, and the bucket drains steadily (2 calls a second on standard plans), so there is no reset time; keep the pace below the drain rate.", *u, *s)
	return f
}
