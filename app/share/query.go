package share

import (
	"sort"
	"strings"
)

// secretParams are URL query and form parameter names whose value is a
// secret, folded like secretKeys. The strict ones are also everyday words
// ("code=500" in a log line), so they count only right after "?" or "&".
var secretParams = map[string]bool{
	"token": false, "accesstoken": false, "refreshtoken": false, "idtoken": false,
	"authtoken": false, "apikey": false, "apitoken": false, "clientsecret": false,
	"password": false, "passwd": false, "secret": false, "sessiontoken": false,
	"jwt": false, "signature": false, "xamzsignature": false, "xamzcredential": false,
	"xamzsecuritytoken": false, "xgoogsignature": false, "xgoogcredential": false,
	"awsaccesskeyid": false, "subscriptionkey": false,
	// strict:
	"key": true, "sig": true, "code": true, "pwd": true, "pass": true, "auth": true,
	"session": true, "sessionid": true, "sid": true, "otp": true, "pin": true, "st": true,
}

// querySecret reports whether a parameter named name holds a secret;
// afterSep says it came right after "?" or "&" (or is a HAR query item).
func querySecret(name string, afterSep bool) bool {
	// Rails and PHP forms nest names: user[password]=... is a password.
	if strings.HasSuffix(name, "]") {
		if k := strings.LastIndexByte(name, '['); k >= 0 {
			name = name[k+1 : len(name)-1]
		}
	}
	var buf [64]byte
	k, ok := fold(name, &buf)
	if !ok || k == "" {
		return false
	}
	if strict, found := secretParams[k]; found {
		return afterSep || !strict
	}
	for _, sf := range secretKeySuffixes {
		if len(k) > len(sf) && k[len(k)-len(sf):] == sf {
			return true
		}
	}
	return false
}

// isParamChar is what parameter names are made of.
func isParamChar(ch byte) bool {
	return paramNameChars[ch]
}

// endsParam is where a parameter value stops in running text.
func endsParam(ch byte) bool {
	return paramStop[ch]
}

// param is a secret parameter: its name s[name:eq] and its value
// s[eq+1:end].
type param struct{ name, eq, end int }

// findParams finds the name=value parameters with secret names: in URLs
// (after "?" or "&", also "&amp;" in HTML, and after "#": OAuth's implicit
// flow returns its tokens in the fragment) and in form bodies or commands
// ("client_secret=abc", -d 'password=x'), where the name starts a word.
// It runs before scanLines, which must know where their values lie.
func findParams(c *collector) {
	s := c.s
	// Work from each "=" back to the name before it: "=" is rare, so this
	// touches little of the paste.
	for from := 0; from < len(s); {
		k := strings.IndexByte(s[from:], '=')
		if k < 0 {
			return
		}
		n := from + k
		from = n + 1
		i := n
		for i > 0 && n-i <= maxParamName && isParamChar(s[i-1]) {
			i--
		}
		if i == n || n-i > maxParamName || !isNameChar(s[i]) {
			continue // a name starts with a letter, digit, "-" or "_"
		}
		afterSep := i > 0 && (s[i-1] == '?' || s[i-1] == '&' || s[i-1] == ';' || s[i-1] == '#')
		if i > 0 && !afterSep && !paramOpeners[s[i-1]] && !afterEscape(s, i) {
			continue
		}
		if !querySecret(s[i:n], afterSep) {
			continue
		}
		ve := n + 1
		for ve < len(s) && !endsParam(s[ve]) {
			ve++
		}
		c.params = append(c.params, param{name: i, eq: n, end: ve})
		from = max(ve, n+1)
	}
}

// scanQuery redacts the values of the parameters findParams found.
func scanQuery(c *collector) {
	for _, p := range c.params {
		c.secret(p.eq+1, p.end, KindQuerySecret, c.s[p.name:p.eq])
	}
}

// paramAround returns the end of the secret parameter value that holds i.
func (c *collector) paramAround(i int) (int, bool) {
	// the last parameter whose "=" is before i
	k := sort.Search(len(c.params), func(k int) bool { return c.params[k].eq >= i }) - 1
	if k < 0 || i >= c.params[k].end {
		return 0, false
	}
	return c.params[k].end, true
}

// maxParamName bounds the name findParams reads back from an "=".
const maxParamName = 256

// scanURLUserinfo redacts the password of scheme://user:password@host, and a
// long user part with no password (https://TOKEN@github.com) as a token.
func scanURLUserinfo(c *collector) {
	s := c.s
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], "://")
		if k < 0 {
			return
		}
		as := i + k + 3
		// The authority ends at the path, query or fragment, or at what ends
		// a URL in running text; "/" always ends it, so this is linear.
		ae := as
		at := -1
		for ae < len(s) && !authorityStop[s[ae]] {
			if s[ae] == '@' {
				at = ae
			}
			ae++
		}
		if at > as {
			user := s[as:at]
			if p := strings.IndexByte(user, ':'); p >= 0 {
				c.add(as+p+1, at, KindPasswordURL, user[:p])
			} else if len(user) >= 20 {
				c.secret(as, at, KindPasswordURL, "")
			}
		}
		i = max(ae, as)
	}
}
