package field

import (
	"fmt"
	"strings"
	"time"
)

// setCookie is a parsed Set-Cookie line (RFC 6265bis §4.1 and §5.5).
type setCookie struct {
	Name, Value string
	Expires     time.Time
	HasExpires  bool
	MaxAge      int64
	HasMaxAge   bool
	Domain      string
	Path        string
	HasPath     bool
	Secure      bool
	HttpOnly    bool
	SameSite    string // as written; "" when absent
	Partitioned bool
	// Problems are syntax faults; a browser may still store the cookie.
	Problems []string
}

// isCookieOctet is RFC 6265 cookie-octet: no controls, space, '"', ',',
// ';' or '\'.
func isCookieOctet(c byte) bool {
	return c == 0x21 || c >= 0x23 && c <= 0x2b || c >= 0x2d && c <= 0x3a ||
		c >= 0x3c && c <= 0x5b || c >= 0x5d && c <= 0x7e
}

// parseSetCookie reads a Set-Cookie value the way a browser does, noting
// where it strays from what a server should send.
func parseSetCookie(v string) setCookie {
	var c setCookie
	parts := strings.Split(v, ";")
	pair := parts[0]
	name, value, ok := strings.Cut(pair, "=")
	if !ok {
		c.Problems = append(c.Problems, "no \"=\" between cookie name and value")
		value, name = name, ""
	}
	c.Name = strings.Trim(name, " \t")
	c.Value = strings.Trim(value, " \t")
	if ok && c.Name == "" {
		c.Problems = append(c.Problems, "the cookie name is empty")
	} else if ok && !isToken(c.Name) {
		c.Problems = append(c.Problems, fmt.Sprintf("cookie name %q is not a token", clip(c.Name)))
	}
	val := c.Value
	if len(val) >= 2 && val[0] == '"' && val[len(val)-1] == '"' {
		val = val[1 : len(val)-1]
	}
	for i := 0; i < len(val); i++ {
		if !isCookieOctet(val[i]) {
			c.Problems = append(c.Problems, fmt.Sprintf("the value holds %q, which should be encoded", val[i]))
			break
		}
	}
	for _, a := range parts[1:] {
		an, av, _ := strings.Cut(a, "=")
		an = strings.ToLower(strings.Trim(an, " \t"))
		av = strings.Trim(av, " \t")
		switch an {
		case "expires":
			t, ok := httpDate(av)
			if !ok {
				t, ok = parseCookieDate(av)
			}
			if !ok {
				c.Problems = append(c.Problems, fmt.Sprintf("Expires %q is not a date browsers can read", clip(av)))
				continue
			}
			c.Expires, c.HasExpires = t, true
		case "max-age":
			digits := strings.TrimPrefix(av, "-")
			if !isDigits(digits) {
				c.Problems = append(c.Problems, fmt.Sprintf("Max-Age %q is not a whole number", clip(av)))
				continue
			}
			n, _ := parseDelta(digits)
			if digits != av {
				n = -n
			}
			c.MaxAge, c.HasMaxAge = n, true
		case "domain":
			c.Domain = strings.ToLower(strings.TrimPrefix(av, "."))
		case "path":
			c.Path, c.HasPath = av, true
		case "secure":
			c.Secure = true
		case "httponly":
			c.HttpOnly = true
		case "samesite":
			c.SameSite = av
			switch strings.ToLower(av) {
			case "strict", "lax", "none":
			default:
				c.Problems = append(c.Problems, fmt.Sprintf("SameSite %q is not Strict, Lax or None", clip(av)))
			}
		case "partitioned":
			c.Partitioned = true
		case "":
			// An empty attribute ("a=b;;") is ignored by browsers.
		}
	}
	return c
}

func checkSetCookie(v string) verdict {
	c := parseSetCookie(v)
	if len(c.Problems) > 0 {
		return invalid("%s", strings.Join(c.Problems, "; "))
	}
	return valid()
}
