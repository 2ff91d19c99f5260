package share

import (
	"encoding/base64"
	"strings"
)

// isToken68 is what a Bearer or Basic credential is made of
// (RFC 9110 section 11.2, token68).
func isToken68(ch byte) bool {
	return b64URLChars[ch] || token68Extra[ch]
}

// scanSchemes finds "Bearer <token>" and "Basic <credentials>" in free
// text (log lines, prose, code) where no header name announces them.
func scanSchemes(c *collector) {
	s := c.s
	for i := 0; i+6 < len(s); i++ {
		ch := s[i] | 0x20
		if ch != 'b' || i > 0 && isNameChar(s[i-1]) && !afterEscape(s, i) {
			continue
		}
		var kind string
		var w int
		switch {
		case strings.EqualFold(s[i:i+6], "bearer"):
			kind, w = KindBearer, 6
		case strings.EqualFold(s[i:i+5], "basic"):
			kind, w = KindBasicAuth, 5
		default:
			continue
		}
		ts := i + w
		if s[ts] != ' ' && s[ts] != '\t' {
			continue
		}
		ts = skipBlank(s, ts)
		te := ts
		for te < len(s) && isToken68(s[te]) {
			te++
		}
		tok := s[ts:te]
		// "Bearer realm=..." in a challenge starts a parameter, not a
		// token: token68 has "=" only as trailing padding, and a parameter
		// value may follow in quotes.
		if eq := strings.IndexByte(tok, '='); eq >= 0 && (strings.TrimRight(tok[eq:], "=") != "" || te < len(s) && s[te] == '"') {
			i = te
			continue
		}
		switch kind {
		case KindBearer:
			if len(tok) >= 16 {
				c.secret(ts, te, KindBearer, "Bearer")
			}
		case KindBasicAuth:
			if isBasicCredentials(tok) {
				c.secret(ts, te, KindBasicAuth, "Basic")
			}
		}
		i = max(te, i+1) - 1
	}
}

// isBasicCredentials reports whether tok is base64 of "user:password",
// which tells "Basic dXNlcjpwYXNz" from "Basic plan".
func isBasicCredentials(tok string) bool {
	if len(tok) < 4 || len(tok) > 4096 {
		return false
	}
	b, err := base64.StdEncoding.DecodeString(tok)
	if err != nil {
		b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(tok, "="))
		if err != nil {
			return false
		}
	}
	return strings.IndexByte(string(b), ':') > 0
}
