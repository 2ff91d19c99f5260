package vendor

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
)

// Condition builders used by the profile tables. Each one reads a bounded
// part of the exchange, so a hostile paste costs at most one pass over the
// request path or a few JSON lookups. They are marked go:noinline: the
// profiles call them at start-up dozens of times, and a copy of each
// inlined into the start-up code costs the web page more than the call.

// pathSegment fits when a segment of the request path is one of names, or
// starts with one of prefixes.
//
//go:noinline
func pathSegment(why string, names, prefixes []string) *Condition {
	return &Condition{Why: why, Match: func(ex *message.Exchange) bool {
		if ex == nil {
			return false
		}
		return segmentFits(requestPath(ex), names, prefixes)
	}}
}

func segmentFits(path string, names, prefixes []string) bool {
	for _, seg := range strings.Split(strings.ToLower(path), "/") {
		if i := strings.IndexByte(seg, '.'); i >= 0 {
			// "/authenticate.json" is the same call.
			seg = seg[:i]
		}
		for _, n := range names {
			if seg == n {
				return true
			}
		}
		for _, p := range prefixes {
			if strings.HasPrefix(seg, p) {
				return true
			}
		}
	}
	return false
}

// requestKnown fits when the paste shows the request path.
var requestKnown = &Condition{
	Why: "the request is shown",
	Match: func(ex *message.Exchange) bool {
		return ex != nil && requestPath(ex) != ""
	},
}

// hostSuffix fits when the request host ends in suffix.
//
//go:noinline
func hostSuffix(why, suffix string) *Condition {
	return &Condition{Why: why, Match: func(ex *message.Exchange) bool {
		return ex != nil && strings.HasSuffix(requestHost(ex), suffix)
	}}
}

// headerIs fits when the response field name has the value v (ignoring
// case).
//
//go:noinline
func headerIs(why, name, v string) *Condition {
	return &Condition{Why: why, Match: func(ex *message.Exchange) bool {
		return strings.EqualFold(responseHeader(ex, name), v)
	}}
}

// headerContains fits when a response field name contains sub, ignoring
// case.
//
//go:noinline
func headerContains(why, name, sub string) *Condition {
	return &Condition{Why: why, Match: func(ex *message.Exchange) bool {
		v := responseHeader(ex, name)
		return len(v) <= 1<<16 && strings.Contains(strings.ToLower(v), sub)
	}}
}

// headerPresent fits when the response carries the field name.
//
//go:noinline
func headerPresent(why, name string) *Condition {
	return &Condition{Why: why, Match: func(ex *message.Exchange) bool {
		return ex != nil && ex.Response != nil && ex.Response.Header.Has(name)
	}}
}

// bodyStringIs fits when the JSON string at keys equals one of vs.
//
//go:noinline
func bodyStringIs(why string, keys []string, vs ...string) *Condition {
	return &Condition{Why: why, Match: func(ex *message.Exchange) bool {
		t, root := responseJSON(ex)
		s, ok := strAt(t, root, keys...)
		if !ok {
			return false
		}
		for _, v := range vs {
			if s == v {
				return true
			}
		}
		return false
	}}
}

// bodyStringContains fits when the JSON string at keys contains sub,
// ignoring case.
//
//go:noinline
func bodyStringContains(why string, keys []string, sub string) *Condition {
	return &Condition{Why: why, Match: func(ex *message.Exchange) bool {
		t, root := responseJSON(ex)
		s, ok := strAt(t, root, keys...)
		if !ok || len(s) > 1<<16 {
			return false
		}
		return strings.Contains(strings.ToLower(s), sub)
	}}
}

// bodyBoolIs fits when the JSON value at keys is the boolean v.
//
//go:noinline
func bodyBoolIs(why string, keys []string, v bool) *Condition {
	return &Condition{Why: why, Match: func(ex *message.Exchange) bool {
		t, root := responseJSON(ex)
		n := nodeAt(t, root, keys...)
		return n != jsontree.NoNode && t.Kind(n) == jsontree.Bool && t.Bool(n) == v
	}}
}

// bodyHas fits when the JSON body has a value at keys.
//
//go:noinline
func bodyHas(why string, keys ...string) *Condition {
	return &Condition{Why: why, Match: func(ex *message.Exchange) bool {
		t, root := responseJSON(ex)
		return nodeAt(t, root, keys...) != jsontree.NoNode
	}}
}

// anyOf fits when one of cs fits.
//
//go:noinline
func anyOf(why string, cs ...*Condition) *Condition {
	return &Condition{Why: why, Match: func(ex *message.Exchange) bool {
		for _, c := range cs {
			if c.Match(ex) {
				return true
			}
		}
		return false
	}}
}

// allOf fits when every one of cs fits.
//
//go:noinline
func allOf(why string, cs ...*Condition) *Condition {
	return &Condition{Why: why, Match: func(ex *message.Exchange) bool {
		for _, c := range cs {
			if !c.Match(ex) {
				return false
			}
		}
		return true
	}}
}

// nodeAt walks object members by key from root; NoNode when a step is
// missing or t is nil.
func nodeAt(t *jsontree.Tree, root jsontree.Node, keys ...string) jsontree.Node {
	if t == nil {
		return jsontree.NoNode
	}
	n := root
	for _, k := range keys {
		if n == jsontree.NoNode || t.Kind(n) != jsontree.Object {
			return jsontree.NoNode
		}
		n = t.Get(n, k)
	}
	return n
}

// strAt returns the JSON string at keys.
func strAt(t *jsontree.Tree, root jsontree.Node, keys ...string) (string, bool) {
	n := nodeAt(t, root, keys...)
	if n == jsontree.NoNode || t.Kind(n) != jsontree.String {
		return "", false
	}
	return t.Str(n), true
}

// numRawAt returns the JSON number at keys as written.
func numRawAt(t *jsontree.Tree, root jsontree.Node, keys ...string) (string, bool) {
	n := nodeAt(t, root, keys...)
	if n == jsontree.NoNode || t.Kind(n) != jsontree.Number {
		return "", false
	}
	return string(t.Raw(n)), true
}
