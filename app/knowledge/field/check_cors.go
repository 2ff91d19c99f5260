package field

import (
	"strconv"
	"strings"
)

// corsSafeMethods never need to be listed in Access-Control-Allow-Methods
// (Fetch standard, "CORS-safelisted method").
var corsSafeMethods = map[string]bool{"GET": true, "HEAD": true, "POST": true}

// checkCORS checks the cross-origin fields against each other and, when
// the request is known, against what the browser asked for.
func checkCORS(c *checker) {
	origin := c.first("Access-Control-Allow-Origin")
	creds := strings.TrimSpace(c.h.Get("Access-Control-Allow-Credentials")) == "true"
	if origin >= 0 {
		v := strings.TrimSpace(c.h[origin].Value)
		if v == "*" && creds {
			c.raiseField(origin, "cors.wildcard-with-credentials")
		}
		if v == "null" {
			c.raiseField(origin, "cors.null-origin")
		}
		if v != "*" && v != "" && !c.variesOn("origin") {
			c.raiseField(origin, "cors.missing-vary-origin", v)
		}
	}
	if missing := c.preflightGaps(origin >= 0, creds); len(missing) > 0 {
		c.raiseExchange("cors.preflight-incomplete", strings.Join(missing, ", "))
	}
}

// variesOn reports whether Vary names the field (lower case) or is "*".
func (c *checker) variesOn(name string) bool {
	for _, v := range c.values("Vary") {
		for _, el := range splitList(v) {
			if el == "*" || strings.EqualFold(el, name) {
				return true
			}
		}
	}
	return false
}

// preflightGaps lists what a preflight response fails to grant. A response
// counts as a preflight when the request was OPTIONS with
// Access-Control-Request-Method, or, with no request in the paste, when it
// answers with Allow-Methods or Allow-Headers.
func (c *checker) preflightGaps(hasOrigin, creds bool) []string {
	var missing []string
	var method string
	var asked []string
	switch {
	case c.req != nil:
		method = strings.TrimSpace(c.req.Header.Get("Access-Control-Request-Method"))
		if !strings.EqualFold(c.req.Method, "OPTIONS") || method == "" {
			return nil
		}
		for _, v := range c.req.Header.Values("Access-Control-Request-Headers") {
			asked = append(asked, splitList(v)...)
		}
	case c.first("Access-Control-Allow-Methods") < 0 && c.first("Access-Control-Allow-Headers") < 0:
		return nil
	}
	if c.resp.Status != 0 && (c.resp.Status < 200 || c.resp.Status > 299) {
		missing = append(missing, "an ok status (got "+strconv.Itoa(c.resp.Status)+")")
	}
	if !hasOrigin {
		missing = append(missing, "Access-Control-Allow-Origin")
	}
	// "*" is a wildcard only for requests without credentials.
	methods := c.listed("Access-Control-Allow-Methods", false)
	if method != "" && !corsSafeMethods[method] && !methods[method] && !(methods["*"] && !creds) {
		missing = append(missing, "method "+method+" in Access-Control-Allow-Methods")
	}
	headers := c.listed("Access-Control-Allow-Headers", true)
	var lacking []string
	for _, h := range asked {
		lh := strings.ToLower(h)
		// Authorization is never covered by "*".
		if !headers[lh] && !(headers["*"] && !creds && lh != "authorization") {
			lacking = append(lacking, h)
		}
	}
	if len(lacking) > 0 {
		missing = append(missing, "header "+strings.Join(lacking, ", ")+" in Access-Control-Allow-Headers")
	}
	return missing
}

// listed returns the elements of every line of a list field; fold lowers
// them (header names are case-insensitive, methods are not).
func (c *checker) listed(name string, fold bool) map[string]bool {
	m := map[string]bool{}
	for _, v := range c.values(name) {
		for _, el := range splitList(v) {
			if fold {
				el = strings.ToLower(el)
			}
			m[el] = true
		}
	}
	return m
}
