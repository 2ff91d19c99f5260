package share

import "strings"

// headerClass says how a header's value holds its secret.
type headerClass uint8

const (
	notSecret      headerClass = iota
	authClass                  // "Scheme credentials": the scheme word stays
	cookieClass                // "a=1; b=2": names stay, values go
	setCookieClass             // "a=1; Path=/; HttpOnly": name and attributes stay
	keyClass                   // the whole value is a key or token
)

// secretHeaders names the header fields whose value is a secret, by their
// lowercase name. Names ending with one of secretHeaderSuffixes count too.
var secretHeaders = map[string]headerClass{
	"authorization":             authClass,
	"proxy-authorization":       authClass,
	"cookie":                    cookieClass,
	"set-cookie":                setCookieClass,
	"set-cookie2":               setCookieClass,
	"api-key":                   keyClass,
	"apikey":                    keyClass,
	"x-api-key":                 keyClass,
	"x-apikey":                  keyClass,
	"x-auth-token":              keyClass,
	"x-auth-key":                keyClass,
	"x-access-token":            keyClass,
	"x-authrocket-api-key":      keyClass, // AuthRocket v1
	"authrocket-api-key":        keyClass, // AuthRocket v2
	"x-amz-security-token":      keyClass,
	"x-goog-api-key":            keyClass,
	"private-token":             keyClass, // GitLab
	"job-token":                 keyClass, // GitLab CI
	"x-vault-token":             keyClass,
	"x-shopify-access-token":    keyClass,
	"ocp-apim-subscription-key": keyClass, // Azure API Management
	"x-functions-key":           keyClass, // Azure Functions
	"x-client-secret":           keyClass,
	"x-secret":                  keyClass,
	"token":                     keyClass,
	"secret":                    keyClass,
}

// secretHeaderSuffixes catch vendor headers not in the table
// (X-Foo-Api-Key, X-Refresh-Token, X-Forwarded-Authorization ...).
var secretHeaderSuffixes = []struct {
	suffix string
	class  headerClass
}{
	{"-authorization", authClass},
	{"-api-key", keyClass},
	{"-apikey", keyClass},
	{"-access-key", keyClass},
	{"-secret-key", keyClass},
	{"-auth-key", keyClass},
	{"-token", keyClass},
	{"-secret", keyClass},
	{"-password", keyClass},
}

// classify looks a header name up, case-insensitively, with "_" taken as
// "-" (environment-variable and proxy-log spellings). Long names are never
// secret headers; the fixed buffer keeps the look-up free of allocations.
func classify(name string) headerClass {
	var buf [64]byte
	if len(name) == 0 || len(name) > len(buf) {
		return notSecret
	}
	for i := 0; i < len(name); i++ {
		ch := name[i]
		switch {
		case ch >= 'A' && ch <= 'Z':
			ch += 'a' - 'A'
		case ch == '_':
			ch = '-'
		}
		buf[i] = ch
	}
	n := buf[:len(name)]
	if cl, ok := secretHeaders[string(n)]; ok {
		return cl
	}
	for _, sf := range secretHeaderSuffixes {
		if len(n) > len(sf.suffix) && string(n[len(n)-len(sf.suffix):]) == sf.suffix {
			return sf.class
		}
	}
	return notSecret
}

// headerValue redacts the secret parts of the value s[vs:ve] of a header
// named name (of class cl).
func headerValue(c *collector, cl headerClass, name string, vs, ve int) {
	s := c.s
	for vs < ve && (s[vs] == ' ' || s[vs] == '\t') {
		vs++
	}
	for ve > vs && (s[ve-1] == ' ' || s[ve-1] == '\t' || s[ve-1] == '\r') {
		ve--
	}
	if vs >= ve {
		return
	}
	switch cl {
	case authClass:
		// "Bearer abc", "Basic dXNlcjpw", "Digest username=..., response=...":
		// the scheme word tells the reader what was sent, the rest goes.
		sp := c.nextStop(blankStops, vs, ve)
		if sp == ve {
			c.secret(vs, ve, KindAuthorization, name)
			return
		}
		c.secret(sp+1, ve, KindAuthorization, name)
	case cookieClass:
		cookiePairs(c, vs, ve, KindCookie, false)
	case setCookieClass:
		cookiePairs(c, vs, ve, KindSetCookie, true)
	case keyClass:
		c.secret(vs, ve, KindAPIKey, name)
	}
}

// cookiePairs redacts cookie values in s[vs:ve]. In a Cookie header every
// ";"-separated piece is a cookie; in Set-Cookie only the first piece is,
// the rest are attributes (Path, Expires ...) that stay. Some tools join
// several Set-Cookie lines: with "," (a comma followed by name=value before
// the next ";" starts a new cookie; a comma inside Expires is followed by a
// day number, with no "="), or with a newline, which a HAR file holds as
// the escape \n.
//
// A value inside one cookiePairs read already (a header standing in an
// earlier one's value, see resume) is read in step with it: after its
// first piece come the same pieces, redacted already, so it stops there.
func cookiePairs(c *collector, vs, ve int, kind string, set bool) {
	s := c.s
	again := c.cookies.covers(s, vs, ve, kind, set)
	if !again {
		c.cookies = cookieMemo{readMemo{vs, ve, ve}, kind, set}
	}
	first := true
	for i := vs; i < ve; {
		// piece: [i, e); next: where the following piece starts
		e, next, newCookie := i, ve, false
		for ; e < ve; e++ {
			if s[e] == ';' {
				next = e + 1
				break
			}
			if set && s[e] == ',' && newCookieAt(s, e+1, ve) {
				next, newCookie = e+1, true
				break
			}
			if s[e] == '\\' && e+1 < ve {
				if set && s[e+1] == 'n' && newCookieAt(s, e+2, ve) {
					next, newCookie = e+2, true
					break
				}
				e++ // never split an escape pair
			}
		}
		c.reads += min(e, ve) - i
		if !set || first {
			cookieValue(c, i, e, kind)
		}
		if again {
			return
		}
		first = newCookie
		i = next
	}
}

// cookieMemo is the last stretch cookiePairs read: [read.from, read.end).
type cookieMemo struct {
	read readMemo
	kind string
	set  bool
}

// covers reports whether the pieces of a read of s[vs:ve] after its first
// are pieces m's read found: it starts inside m's stretch, not after a
// backslash (which m may have taken as an escape with it), and reads alike.
func (m cookieMemo) covers(s string, vs, ve int, kind string, set bool) bool {
	return m.read.answers(vs, ve) && vs < ve && m.kind == kind && m.set == set &&
		(vs == m.read.from || s[vs-1] != '\\')
}

// newCookieAt reports whether s[i:ve] starts with "name=" before any ";".
func newCookieAt(s string, i, ve int) bool {
	for i < ve && s[i] == ' ' {
		i++
	}
	st := i
	for i < ve && isTokenChar(s[i]) {
		i++
	}
	return i > st && i < ve && s[i] == '='
}

// cookieValue redacts the value of one "name=value" piece.
func cookieValue(c *collector, ps, pe int, kind string) {
	s := c.s
	eq := strings.IndexByte(s[ps:pe], '=')
	if eq < 0 {
		c.secret(ps, pe, kind, "") // a nameless cookie is all value
		return
	}
	name := strings.TrimSpace(s[ps : ps+eq])
	vs, ve := ps+eq+1, pe
	for vs < ve && s[vs] == ' ' {
		vs++
	}
	for ve > vs && (s[ve-1] == ' ' || s[ve-1] == '\r') {
		ve--
	}
	if ve-vs >= 2 && s[vs] == '"' && s[ve-1] == '"' {
		vs, ve = vs+1, ve-1
	}
	c.secret(vs, ve, kind, name)
}

// isTokenChar reports whether ch may appear in an HTTP token (a field or
// cookie name), RFC 9110 section 5.6.2.
func isTokenChar(ch byte) bool {
	switch {
	case ch >= 'a' && ch <= 'z', ch >= 'A' && ch <= 'Z', ch >= '0' && ch <= '9':
		return true
	}
	return tokenExtra[ch]
}
