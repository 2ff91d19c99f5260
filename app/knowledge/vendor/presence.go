package vendor

import (
	"sync"

	"github.com/httpexplain/httpexplain/app/message"
)

// presence tells which of the fields the profiles' header rules name an
// exchange carries, in one pass over its field lines. Detect asks every
// rule of every profile; a rule that names a field the exchange lacks is
// then passed over without a look-up, where each used to walk both
// headers for each of its names.
type presence struct {
	names *message.Names
	// need[p][r] has a bit set for each field rule r of profiles[p]
	// names; the bit of a field is its place in names.
	need [][]uint64
}

// headerPresence is built once, on first use.
var headerPresence = sync.OnceValue(func() *presence {
	var names []string
	bit := func(name string) int {
		for i, n := range names {
			if message.NameIs(n, name) {
				return i
			}
		}
		names = append(names, name)
		return len(names) - 1
	}
	need := make([][]uint64, len(profiles))
	for p, prof := range profiles {
		need[p] = make([]uint64, len(prof.Detect.Headers))
		for r, rule := range prof.Detect.Headers {
			for _, name := range rule.Names {
				need[p][r] |= 1 << bit(name)
			}
		}
	}
	if len(names) > 64 {
		// More names than bits: no rule is passed over.
		return &presence{}
	}
	return &presence{names: message.NewNames(names...), need: need}
})

// fields returns the bits of the named fields ex carries, on either side.
func (pr *presence) fields(ex *message.Exchange) uint64 {
	var have uint64
	mark := func(h message.Header) {
		for i := range h {
			if at := pr.names.Index(h[i].Name); at >= 0 {
				have |= 1 << at
			}
		}
	}
	if ex.Response != nil {
		mark(ex.Response.Header)
	}
	if ex.Request != nil {
		mark(ex.Request.Header)
	}
	return have
}

// rules returns the bits profile p's header rules need, or nil when
// nothing is known of them.
func (pr *presence) rules(p int) []uint64 {
	if pr.need == nil {
		return nil
	}
	return pr.need[p]
}
