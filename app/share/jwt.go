package share

import "strings"

// jwt locates a compact JWS (header.claims.signature) in the text.
type jwt struct {
	end              int // end of the whole token
	sigStart, sigEnd int // the part Redact removes
}

func isB64URL(c byte) bool {
	return b64URLChars[c]
}

// b64run returns the end of the run of base64url characters from i.
func b64run(s string, i int) int {
	for i < len(s) && isB64URL(s[i]) {
		i++
	}
	return i
}

// jwtAt reports whether a JWT starts at i. Both the header and the claims
// are base64url JSON objects, so both begin with "eyJ" (`{"`). A token
// whose second part is not JSON is a JWE (jweAt). An unsigned token (alg
// none, empty signature) has nothing to remove and is not reported.
func jwtAt(s string, i int) (jwt, bool) {
	if !strings.HasPrefix(s[i:], "eyJ") {
		return jwt{}, false
	}
	h := b64run(s, i)
	if h-i < 10 || h >= len(s) || s[h] != '.' {
		return jwt{}, false
	}
	if !strings.HasPrefix(s[h+1:], "eyJ") {
		return jweAt(s, i, h)
	}
	c := b64run(s, h+1)
	if c-(h+1) < 4 || c >= len(s) || s[c] != '.' {
		return jwt{}, false
	}
	g := b64run(s, c+1)
	if g == c+1 {
		return jwt{}, false
	}
	return jwt{end: g, sigStart: c + 1, sigEnd: g}, true
}

// jweAt reports whether a compact JWE (RFC 7516, section 7.1) follows the
// header s[i:h]: header.key.iv.ciphertext.tag. Everything after the
// header is opaque, so all of it is the part to remove. Only the key may
// be empty (direct encryption); a token with an empty IV, ciphertext or
// tag is not one, and taking it for one made a second pass over redacted
// text find a "JWE" in REDACTED and the dots around it. Nor is one inside
// a longer run of dotted parts: its REDACTED would fill an empty part of
// the run, which a second pass could then take for a JWE.
func jweAt(s string, i, h int) (jwt, bool) {
	if dottedPart(s, i-1, i-2) {
		return jwt{}, false
	}
	t := h
	for part := 0; part < 4; part++ {
		if t >= len(s) || s[t] != '.' {
			return jwt{}, false
		}
		e := b64run(s, t+1)
		if part > 0 && e == t+1 {
			return jwt{}, false
		}
		t = e
	}
	if dottedPart(s, t, t+1) {
		return jwt{}, false
	}
	return jwt{end: t, sigStart: h + 1, sigEnd: t}, true
}

// dottedPart reports whether s[dot] is a "." and s[k] a base64url
// character: one more part of a dotted token beside it.
func dottedPart(s string, dot, k int) bool {
	return dot >= 0 && k >= 0 && k < len(s) && s[dot] == '.' && isB64URL(s[k])
}

// scanJWTs finds JWTs wherever they stand and removes their signatures.
func scanJWTs(c *collector) {
	s := c.s
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], "eyJ")
		if k < 0 {
			return
		}
		k += i
		if k > 0 && isB64URL(s[k-1]) && !afterEscape(s, k) {
			i = b64run(s, k) // inside a longer base64 run: skip it whole
			continue
		}
		if j, ok := jwtAt(s, k); ok {
			c.add(j.sigStart, j.sigEnd, KindJWTSignature, "")
			i = j.end
			continue
		}
		i = k + 3
	}
}
