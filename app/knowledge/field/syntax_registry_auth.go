package field

import (
	"encoding/base64"
	"encoding/json"
	"strings"
)

// Credentials and key pinning: Authorization and Proxy-Authorization
// (RFC 9110 §11.6.2, §11.7.2), Authentication-Info (§11.6.3), DPoP
// (RFC 9449 §4.2), Expect-CT (RFC 9163) and Public-Key-Pins (RFC 7469).
// Messages never repeat credentials: a report may be pasted onwards.

// regCredentials reads auth-scheme [ 1*SP ( token68 / #auth-param ) ]:
// one set of credentials. Basic and Bearer are held to their token forms
// (RFC 7617, RFC 6750 §2.1); other schemes only to the general grammar,
// and vendor schemes that stray from it (AWS Signature Version 4 puts '/'
// in unquoted values) pass when the scheme is a token.
func regCredentials(v string) verdict {
	scheme, rest, _ := strings.Cut(v, " ")
	rest = strings.Trim(rest, " \t")
	if strings.HasSuffix(scheme, ":") && isToken(scheme[:len(scheme)-1]) {
		return invalid("the scheme %s is followed by ':'; write it as %s <credentials>", clip(scheme[:len(scheme)-1]), clip(scheme[:len(scheme)-1]))
	}
	if !isToken(scheme) {
		return invalid("the value must start with an auth scheme such as Basic or Bearer")
	}
	switch strings.ToLower(scheme) {
	case "basic":
		if rest == "" {
			return invalid("the Basic scheme is followed by nothing; expected base64 of user:password")
		}
		b, err := base64.StdEncoding.DecodeString(rest)
		if err != nil {
			return invalid("the Basic credentials are not one valid base64 string")
		}
		if strings.IndexByte(string(b), ':') < 0 {
			return invalid("the Basic credentials decode without the ':' between user and password")
		}
		return valid()
	case "bearer":
		if rest == "" {
			return invalid("the Bearer scheme is followed by no token")
		}
		sc := scanner{s: rest}
		if t, ok := sc.token68(); !ok || len(t) != len(rest) {
			return invalid("a Bearer token is one run of letters, digits and -._~+/ (with = at the end); this one holds other characters or a second part")
		}
		return valid()
	}
	cs, why := parseChallenges(v)
	if why == "" && len(cs) > 1 {
		return invalid("holds %d sets of credentials; only one is allowed", len(cs))
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; c < 0x20 && c != '\t' || c == 0x7f {
			return invalid("control byte %s at offset %d", quoteByte(c), i)
		}
	}
	return valid()
}

// regAuthParams reads #auth-param, as Authentication-Info does.
func regAuthParams(v string) verdict {
	els := splitList(v)
	if len(els) == 0 {
		return invalid("the list is empty; expected parameters like nextnonce=\"...\"")
	}
	for _, el := range els {
		if _, err := parseParams(";"+el, true, true); err != nil {
			return invalid("in %q: %s", clip(el), err.Error())
		}
	}
	return valid()
}

// regJWTPart decodes one URL-safe base64 part of a compact JWS as JSON.
func regJWTPart(s, what string, into any) string {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return "the " + what + " is not URL-safe base64 without padding"
	}
	if json.Unmarshal(b, into) != nil {
		return "the " + what + " is not a JSON object"
	}
	return ""
}

// regMaxJWT bounds what is decoded: DPoP proofs are a few hundred bytes.
const regMaxJWT = 16 << 10

// regDPoP checks a DPoP proof: a JWT whose header has typ dpop+jwt, an
// asymmetric alg and the public jwk, and whose claims hold jti, htm, htu
// and iat.
func regDPoP(v string) verdict {
	if len(v) > regMaxJWT {
		return invalid("the proof is too long to check (%d bytes)", len(v))
	}
	parts := strings.Split(v, ".")
	if len(parts) != 3 || parts[2] == "" {
		return invalid("a DPoP proof is a signed JWT: three URL-safe base64 parts joined by '.'")
	}
	var head struct {
		Typ string          `json:"typ"`
		Alg string          `json:"alg"`
		JWK json.RawMessage `json:"jwk"`
	}
	if why := regJWTPart(parts[0], "JWT header", &head); why != "" {
		return invalid("%s", why)
	}
	if head.Typ != "dpop+jwt" {
		return invalid("the JWT header has typ %q; a DPoP proof needs typ \"dpop+jwt\"", clip(head.Typ))
	}
	if head.Alg == "" || strings.EqualFold(head.Alg, "none") || strings.HasPrefix(head.Alg, "HS") {
		return invalid("alg %q is not allowed: a DPoP proof is signed with a private key (like ES256)", clip(head.Alg))
	}
	if len(head.JWK) == 0 {
		return invalid("the JWT header lacks the jwk public key")
	}
	var claims map[string]json.RawMessage
	if why := regJWTPart(parts[1], "JWT payload", &claims); why != "" {
		return invalid("%s", why)
	}
	for _, c := range []string{"jti", "htm", "htu", "iat"} {
		if _, ok := claims[c]; !ok {
			return invalid("the proof lacks the %s claim", c)
		}
	}
	return valid()
}

// regDetachedJWS checks a JWS with detached content (RFC 7515 Appendix F):
// header, an empty payload, and a signature.
func regDetachedJWS(v string) verdict {
	if len(v) > regMaxJWT {
		return invalid("the signature is too long to check (%d bytes)", len(v))
	}
	parts := strings.Split(v, ".")
	if len(parts) != 3 {
		return invalid("expected header..signature: a JWS with its payload left out")
	}
	if parts[1] != "" {
		return invalid("the payload part is not empty; a detached JWS leaves it out (header..signature)")
	}
	var head map[string]json.RawMessage
	if why := regJWTPart(parts[0], "JWS header", &head); why != "" {
		return invalid("%s", why)
	}
	if parts[2] == "" || !regIsBase64URL(parts[2]) {
		return invalid("the signature part is empty or not URL-safe base64")
	}
	return valid()
}

// regDirective is one name [ "=" value ] of a pinning or CT policy.
type regDirective struct {
	name, value string
	hasValue    bool
}

// regDirectives splits v at sep into directives, honouring quotes.
func regDirectives(v string, sep byte) ([]regDirective, string) {
	var out []regDirective
	for _, part := range regSplitQuoted(v, sep) {
		name, val, has := strings.Cut(part, "=")
		name = strings.ToLower(strings.Trim(name, " \t"))
		val = strings.Trim(val, " \t")
		if !isToken(name) {
			return nil, "\"" + clip(name) + "\" is not a directive name"
		}
		if has && !isToken(val) && !isQuotedString(val) {
			return nil, "the value of " + name + " must be a token or a quoted string"
		}
		out = append(out, regDirective{name, unquote(val), has})
	}
	return out, ""
}

// regSplitQuoted splits at sep outside quoted strings, dropping empty
// parts.
func regSplitQuoted(v string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(v); i++ {
		switch v[i] {
		case '"':
			if e := quotedEnd(v, i); e > 0 {
				i = e - 1
			} else {
				i = len(v) - 1
			}
		case sep:
			if p := strings.Trim(v[start:i], " \t"); p != "" {
				out = append(out, p)
			}
			start = i + 1
		}
	}
	if p := strings.Trim(v[start:], " \t"); p != "" {
		out = append(out, p)
	}
	return out
}

// regPins reads RFC 7469 §2.1: pin-sha256 directives (base64 of 32 bytes),
// max-age (required unless report-only), includeSubDomains, report-uri.
func regPins(v string, reportOnly bool) verdict {
	ds, why := regDirectives(v, ';')
	if why != "" {
		return invalid("%s", why)
	}
	pins, maxAge := 0, false
	seen := map[string]bool{}
	for _, d := range ds {
		if d.name != "pin-sha256" && seen[d.name] {
			return invalid("directive %s appears twice, which voids the policy", d.name)
		}
		seen[d.name] = true
		switch d.name {
		case "pin-sha256":
			if vd := regBase64Size(d.value, 32, "a pin-sha256"); vd.bad != "" {
				return vd
			}
			pins++
		case "max-age":
			if !isDigits(d.value) {
				return invalid("max-age needs whole seconds, as in max-age=5184000")
			}
			maxAge = true
		case "report-uri":
			if vd := regAbsoluteURI(d.value); vd.bad != "" {
				return invalid("report-uri: %s", vd.bad)
			}
		}
	}
	if pins == 0 {
		return invalid("no pin-sha256 directive; a pin policy needs at least one")
	}
	if !maxAge && !reportOnly {
		return invalid("max-age is required")
	}
	return valid()
}

func regPublicKeyPins(v string) verdict { return regPins(v, false) }

func regPublicKeyPinsRO(v string) verdict { return regPins(v, true) }

// regExpectCT reads RFC 9163 §2.1: comma-separated directives; max-age is
// required, report-uri is a quoted URI.
func regExpectCT(v string) verdict {
	ds, why := regDirectives(v, ',')
	if why != "" {
		return invalid("%s", why)
	}
	maxAge := false
	seen := map[string]bool{}
	for _, d := range ds {
		if seen[d.name] {
			return invalid("directive %s appears twice", d.name)
		}
		seen[d.name] = true
		switch d.name {
		case "max-age":
			if !isDigits(d.value) {
				return invalid("max-age needs whole seconds, as in max-age=86400")
			}
			maxAge = true
		case "report-uri":
			if vd := regAbsoluteURI(d.value); vd.bad != "" {
				return invalid("report-uri: %s", vd.bad)
			}
		}
	}
	if !maxAge {
		return invalid("max-age is required")
	}
	return valid()
}
