package field

import "strings"

// checkSecurityHeaders looks for the browser protections an HTML page
// should carry. APIs and other non-HTML responses are left alone: these
// fields do little there.
func checkSecurityHeaders(c *checker) {
	if i := c.first("Strict-Transport-Security"); i >= 0 && c.overPlainHTTP() {
		c.raiseField(i, "security.hsts-over-http")
	}
	if !c.isHTMLPage() {
		return
	}
	if c.first("Strict-Transport-Security") < 0 && !c.overPlainHTTP() {
		c.raiseExchange("security.hsts-missing")
	}
	if c.first("X-Content-Type-Options") < 0 {
		c.raiseExchange("security.nosniff-missing")
	}
	csp := c.values("Content-Security-Policy")
	if len(csp) == 0 {
		c.raiseExchange("security.csp-missing")
	}
	// An X-Frame-Options that browsers ignore (ALLOW-FROM, a typo) leaves
	// the page as open as none at all.
	xfo := c.first("X-Frame-Options")
	if (xfo < 0 || checkFrameOptions(c.h[xfo].Value).bad != "") && !cspHas(csp, "frame-ancestors") {
		c.raiseExchange("security.frame-missing")
	}
}

// isHTMLPage reports whether the response is a successful HTML document.
func (c *checker) isHTMLPage() bool {
	if c.resp.Status != 0 && (c.resp.Status < 200 || c.resp.Status > 299) {
		return false
	}
	v := c.h.Get("Content-Type")
	mt, why := c.mediaOf(v)
	return why == "" && mt.Essence() == "text/html" ||
		why != "" && strings.HasPrefix(strings.ToLower(strings.TrimSpace(v)), "text/html")
}
