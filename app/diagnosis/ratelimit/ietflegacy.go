package ratelimit

import (
	"strings"

	"github.com/dunglas/httpsfv"
)

// Drafts -00 to -06 of the IETF fields: RateLimit-Limit, -Remaining and
// -Reset, the reset in delta seconds. Early drafts put policies into
// RateLimit-Limit itself ("10, 10;w=1, 1000;w=3600").

func readIETFLegacy(r *reading) *found {
	f := r.triple("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
		hint{hintDelta, "the IETF drafts -00 to -06 define RateLimit-Reset as seconds until reset"})
	if f == nil {
		return nil
	}
	f.res.Reference = refIETF
	if f.res.Limit == nil {
		if v := r.get("RateLimit-Limit"); strings.ContainsAny(v, ",;") {
			if list, err := httpsfv.UnmarshalList([]string{v}); err == nil && len(list) > 0 {
				if it, ok := list[0].(httpsfv.Item); ok {
					if n, ok := it.Value.(int64); ok && n > 0 {
						f.res.Limit = int64p(n)
					}
				}
			}
		}
	}
	f.res.WindowSeconds = r.unnamedPolicyWindow("RateLimit-Policy", f.res.Limit)
	if f.res.WindowSeconds == nil {
		f.res.WindowSeconds = r.unnamedPolicyWindow("RateLimit-Limit", f.res.Limit)
	}
	return f
}
