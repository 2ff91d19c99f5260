package field

import (
	"strconv"
	"strings"
	"sync"
)

// heuristicStatuses may be cached without explicit freshness
// (RFC 9110 §15.1).
var heuristicStatuses = map[int]bool{
	200: true, 203: true, 204: true, 206: true, 300: true, 301: true, 308: true,
	404: true, 405: true, 410: true, 414: true, 501: true,
}

// lifetime is an explicit freshness lifetime and where it came from.
type lifetime struct {
	secs   int64
	source string // "max-age=3600", "Expires − Date"
	ok     bool
}

// freshness works out the explicit freshness lifetimes of RFC 9111 §4.2.1
// for a private cache (a browser) and a shared one (a CDN or proxy).
func (c *checker) freshness(cc map[string]directive) (private, shared lifetime) {
	if d, ok := cc["max-age"]; ok {
		if n, ok := parseDelta(d.Value); ok {
			private = lifetime{n, "max-age=" + d.Value, true}
		}
	}
	if !private.ok {
		if i := c.first("Expires"); i >= 0 {
			exp, ok := httpDate(c.h[i].Value)
			switch {
			case !ok:
				// An invalid Expires, such as "0", means already expired.
				private = lifetime{0, "Expires is not a valid date", true}
			case c.hasDate:
				n := int64(exp.Sub(c.date).Seconds())
				if n < 0 {
					n = 0
				}
				private = lifetime{n, "Expires − Date", true}
			}
		}
	}
	shared = private
	if d, ok := cc["s-maxage"]; ok {
		if n, ok := parseDelta(d.Value); ok {
			shared = lifetime{n, "s-maxage=" + d.Value, true}
		}
	}
	return private, shared
}

// checkCaching explains how caches may keep the response and flags
// directives that contradict each other.
func checkCaching(c *checker) {
	cc := cacheControl(c.values("Cache-Control"))
	_, noStore := cc["no-store"]
	_, noCache := cc["no-cache"]
	ccLine := c.first("Cache-Control")

	if _, private := cc["private"]; noStore && private {
		c.raiseField(ccLine, "cache.no-store-and-private")
	}
	if noStore {
		var clash []string
		for _, name := range []string{"max-age", "s-maxage"} {
			if d, ok := cc[name]; ok && d.Value != "0" {
				clash = append(clash, name+"="+d.Value)
			}
		}
		for _, name := range []string{"public", "immutable"} {
			if _, ok := cc[name]; ok {
				clash = append(clash, name)
			}
		}
		if len(clash) > 0 {
			c.raiseField(ccLine, "cache.no-store-with-lifetime", strings.Join(clash, ", "))
		}
	}
	if sc := c.first("Set-Cookie"); sc >= 0 && !noStore {
		if why := sharedCacheable(cc); why != "" {
			c.raiseField(sc, "cache.public-set-cookie", why)
		}
	}
	for _, i := range c.fields("Vary") {
		for _, el := range splitList(c.h[i].Value) {
			if el == "*" {
				c.raiseField(i, "cache.vary-star")
			}
		}
	}
	if i := c.first("Pragma"); i >= 0 {
		c.raiseField(i, "cache.pragma")
	}
	if i := c.first("Expires"); i >= 0 {
		for _, name := range []string{"max-age", "s-maxage"} {
			if _, ok := cc[name]; ok {
				c.raiseField(i, "cache.expires-ignored", name)
				break
			}
		}
	}
	if noStore || c.resp.Status >= 100 && c.resp.Status < 200 {
		return
	}

	private, shared := c.freshness(cc)
	switch {
	case private.ok || shared.ok:
		c.raiseFreshness(ccLine, private, shared, noCache, staleGrace(cc))
	case !noCache && heuristicStatuses[c.resp.Status]:
		c.raiseHeuristic()
	}
	if i := c.first("Age"); i >= 0 && shared.ok {
		if age, ok := parseDelta(strings.TrimSpace(c.h[i].Value)); ok && age > shared.secs {
			c.raiseField(i, "cache.age-over-lifetime", formatDuration(age)+" ("+strconv.FormatInt(age, 10)+" s)",
				formatDuration(shared.secs)+" ("+shared.source+")")
		}
	}
	if c.resp.Status == 200 && c.first("ETag") < 0 && c.first("Last-Modified") < 0 {
		c.raiseExchange("cache.no-validator")
	}
}

// sharedCacheable names the directive that lets shared caches store a
// response with cookies, or "" when private or no-cache keeps them out.
func sharedCacheable(cc map[string]directive) string {
	for _, name := range []string{"private", "no-cache"} {
		if d, ok := cc[name]; ok && (!d.HasValue || listsField(d.Value, "set-cookie")) {
			return ""
		}
	}
	if d, ok := cc["s-maxage"]; ok && d.Value != "0" {
		return "s-maxage=" + d.Value
	}
	if _, ok := cc["public"]; ok {
		return "public"
	}
	return ""
}

// listsField reports whether a quoted list of field names holds name.
func listsField(list, name string) bool {
	for _, el := range splitList(list) {
		if strings.EqualFold(el, name) {
			return true
		}
	}
	return false
}

// staleGrace describes the stale-while-revalidate and stale-if-error
// extensions (RFC 5861), or "".
func staleGrace(cc map[string]directive) string {
	var parts []string
	if d, ok := cc["stale-while-revalidate"]; ok {
		if n, ok := parseDelta(d.Value); ok && n > 0 {
			parts = append(parts, "served stale for up to "+formatDuration(n)+" while revalidating")
		}
	}
	if d, ok := cc["stale-if-error"]; ok {
		if n, ok := parseDelta(d.Value); ok && n > 0 {
			parts = append(parts, "for up to "+formatDuration(n)+" if the server fails")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "; then " + strings.Join(parts, ", or ")
}

func (c *checker) raiseFreshness(ccLine int, private, shared lifetime, noCache bool, grace string) {
	var s string
	switch {
	case !private.ok:
		s = formatDuration(shared.secs) + " in shared caches only (" + shared.source + ")"
	case shared.source != private.source:
		s = formatDuration(private.secs) + " in browsers (" + private.source + "), " +
			formatDuration(shared.secs) + " in shared caches (" + shared.source + ")"
	default:
		s = formatDuration(private.secs) + " (" + private.source + ")"
	}
	switch {
	case noCache:
		s += ", but no-cache makes caches check with the server before each reuse"
	case private.ok && private.secs == 0 && (!shared.ok || shared.secs == 0):
		s += ": stale at once, so caches must check with the server before each reuse"
	}
	s += grace
	i := ccLine
	if !strings.HasPrefix(private.source, "max-age") && !strings.HasPrefix(shared.source, "s-maxage") {
		i = c.first("Expires")
	}
	if i < 0 {
		c.raiseExchange("cache.freshness", s)
		return
	}
	c.raiseField(i, "cache.freshness", s)
}

func (c *checker) raiseHeuristic() {
	if i := c.first("Last-Modified"); i >= 0 && c.hasDate {
		if lm, ok := httpDate(c.h[i].Value); ok && lm.Before(c.date) {
			secs := int64(c.date.Sub(lm).Seconds()) / 10
			c.raiseExchange("cache.heuristic", "typically about "+formatDuration(secs)+", a tenth of the time since Last-Modified")
			return
		}
	}
	if d, ok := defByID["cache.heuristic"]; ok {
		c.addNote(d, "exchange", c.resp.Line, "", heuristicUnknown())
	}
}

// guessUnknown is what cache.heuristic says of the lifetime when nothing
// suggests one, as for most responses.
const guessUnknown = "how long is up to each cache"

// heuristicUnknown is the summary of cache.heuristic with guessUnknown:
// the same text for every such response, so written once.
var heuristicUnknown = sync.OnceValue(func() string {
	return expand(defByID["cache.heuristic"].Summary, []string{guessUnknown})
})
