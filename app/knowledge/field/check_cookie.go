package field

import (
	"strconv"
	"strings"
	"time"
)

// sessionHints are name fragments that mark a cookie as holding a login.
// Anti-CSRF cookies are left out on purpose: scripts must read those.
var sessionHints = []string{"sess", "sid", "auth", "token", "jwt", "login", "remember"}

func isSessionLike(name string) bool {
	n := strings.ToLower(name)
	if strings.Contains(n, "csrf") || strings.Contains(n, "xsrf") {
		return false
	}
	for _, h := range sessionHints {
		if strings.Contains(n, h) {
			return true
		}
	}
	return false
}

// longAgo stands in for "now" when Date is missing: an Expires before it
// can only mean deletion (the classic "Thu, 01 Jan 1970").
var longAgo = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// maxCookieSize is the limit on name plus value that browsers keep (RFC 6265 §6.1, RFC 6265bis §5).
const maxCookieSize = 4096

// checkCookies checks each Set-Cookie line for attributes that make
// browsers drop the cookie or leave it exposed.
func checkCookies(c *checker) {
	is := c.fields("Set-Cookie")
	cookies := make([]setCookie, len(is))
	// A cookie is identified by name, domain and path (RFC 6265 §5.3).
	count := map[[3]string]int{}
	for k, i := range is {
		cookies[k] = parseSetCookie(c.h[i].Value)
		count[cookieKey(cookies[k])]++
	}
	reported := map[[3]string]bool{}
	for k, i := range is {
		ck := cookies[k]
		if key := cookieKey(ck); count[key] > 1 && !reported[key] {
			reported[key] = true
			c.raiseField(i, "cookie.duplicate", clip(ck.Name), strconv.Itoa(count[key]))
		}
		name := ck.Name
		if name == "" {
			name = "(no name)"
		}
		if size := len(ck.Name) + len(ck.Value); size > maxCookieSize {
			c.raiseField(i, "cookie.too-big", clip(name), strconv.Itoa(size))
		}
		if why := deletion(ck, c.date, c.hasDate); why != "" {
			c.raiseField(i, "cookie.expired", clip(name), why)
			continue
		}
		if strings.EqualFold(ck.SameSite, "none") && !ck.Secure {
			c.raiseField(i, "cookie.samesite-none-without-secure", clip(name))
		} else if !ck.Secure && !c.overPlainHTTP() {
			c.raiseField(i, "cookie.no-secure", clip(name))
		}
		if ck.Partitioned && !ck.Secure {
			c.raiseField(i, "cookie.partitioned-without-secure", clip(name))
		}
		if why := prefixFault(ck); why != "" {
			c.raiseField(i, "cookie.prefix", clip(name), why)
		}
		if !ck.HttpOnly && isSessionLike(ck.Name) {
			c.raiseField(i, "cookie.no-httponly", clip(name))
		}
	}
}

func cookieKey(ck setCookie) [3]string {
	return [3]string{ck.Name, ck.Domain, ck.Path}
}

// deletion says why the cookie expires on arrival, or "".
func deletion(ck setCookie, date time.Time, hasDate bool) string {
	if ck.HasMaxAge {
		// Max-Age wins over Expires (RFC 6265 §5.3).
		if ck.MaxAge <= 0 {
			return "Max-Age=" + strconv.FormatInt(ck.MaxAge, 10)
		}
		return ""
	}
	if !ck.HasExpires {
		return ""
	}
	if hasDate && ck.Expires.Before(date) {
		return "Expires is before Date"
	}
	if !hasDate && ck.Expires.Before(longAgo) {
		return "Expires " + ck.Expires.Format("2 Jan 2006") + " is in the past"
	}
	return ""
}

// prefixFault checks the __Secure- and __Host- name prefixes
// (RFC 6265bis §4.1.3); browsers match them case-insensitively.
func prefixFault(ck setCookie) string {
	n := strings.ToLower(ck.Name)
	switch {
	case strings.HasPrefix(n, "__secure-") && !ck.Secure:
		return "__Secure- needs Secure"
	case strings.HasPrefix(n, "__host-"):
		var faults []string
		if !ck.Secure {
			faults = append(faults, "Secure")
		}
		if ck.Path != "/" {
			faults = append(faults, "Path=/")
		}
		if len(faults) > 0 {
			return "__Host- needs " + strings.Join(faults, " and ")
		}
		if ck.Domain != "" {
			return "__Host- forbids Domain"
		}
	}
	return ""
}
