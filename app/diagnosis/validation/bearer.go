package validation

import "strings"

// Bearer token errors in the WWW-Authenticate challenge (error,
// error_description, error_uri, scope, realm). They stand in the header, so
// they are read even when there is no body. DPoP (RFC 9449) uses the same
// parameters.
// https://www.rfc-editor.org/rfc/rfc6750#section-3

// challenge is one auth-scheme with its parameters.
type challenge struct {
	scheme string
	params []Param
}

func (c *challenge) get(name string) string {
	for _, p := range c.params {
		if strings.EqualFold(p.Name, name) {
			return p.Value
		}
	}
	return ""
}

// bearerChallenge returns the first Bearer or DPoP challenge that carries
// an error parameter.
func (in *input) bearerChallenge() (challenge, bool) {
	for _, f := range in.header.All("WWW-Authenticate") {
		for _, c := range parseChallenges(f.Value) {
			if (strings.EqualFold(c.scheme, "Bearer") || strings.EqualFold(c.scheme, "DPoP")) && c.get("error") != "" {
				return c, true
			}
		}
	}
	return challenge{}, false
}

func detectBearer(in *input) bool {
	_, ok := in.bearerChallenge()
	return ok
}

func readBearer(in *input) *Result {
	c, _ := in.bearerChallenge()
	res := &Result{Format: "bearer", Code: c.get("error"), Message: c.get("error_description"), DocURL: c.get("error_uri")}
	if res.Message == "" {
		// The challenge often carries only the code; a body such as
		// {"message": "Unauthorized"} may say it in words.
		res.Message = in.firstText(in.root, messageKeys)
	}
	for _, name := range []string{"scope", "realm", "algs"} {
		if v := c.get(name); v != "" {
			res.Extra = append(res.Extra, Param{Name: name, Value: v})
		}
	}
	return res
}

// parseChallenges reads a WWW-Authenticate value (RFC 9110 §11.6.1):
// challenges separated by commas, each a scheme followed by a token68 or by
// name=value parameters, values as tokens or quoted strings. It is lenient
// and runs in linear time.
func parseChallenges(v string) []challenge {
	var out []challenge
	p := challengeParser{s: v}
	for len(out) < 16 {
		p.skip(" \t,")
		if p.i >= len(p.s) {
			break
		}
		scheme := p.token()
		if scheme == "" {
			p.i++ // stray character: step over it
			continue
		}
		c := challenge{scheme: scheme}
		for len(c.params) < 32 {
			p.skip(" \t")
			start := p.i
			name := p.token()
			if name == "" {
				if p.i < len(p.s) && p.s[p.i] == ',' {
					p.i++
					continue
				}
				break
			}
			p.skip(" \t")
			if p.i >= len(p.s) || p.s[p.i] != '=' {
				// A token with no '=' starts the next challenge.
				p.i = start
				break
			}
			p.i++
			p.skip(" \t")
			var val string
			if p.i < len(p.s) && p.s[p.i] == '"' {
				val = p.quoted()
			} else {
				val = p.token()
				if val == "" {
					// token68 padding ("abc=="): swallow the '='s.
					p.skip("=")
				}
			}
			c.params = append(c.params, Param{Name: name, Value: val})
			p.skip(" \t")
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
			}
		}
		out = append(out, c)
	}
	return out
}

type challengeParser struct {
	s string
	i int
}

func (p *challengeParser) skip(set string) {
	for p.i < len(p.s) && strings.IndexByte(set, p.s[p.i]) >= 0 {
		p.i++
	}
}

func (p *challengeParser) token() string {
	start := p.i
	for p.i < len(p.s) && strings.IndexByte(" \t,=\"", p.s[p.i]) < 0 {
		p.i++
	}
	return p.s[start:p.i]
}

func (p *challengeParser) quoted() string {
	var b strings.Builder
	p.i++ // opening quote
	for p.i < len(p.s) {
		c := p.s[p.i]
		p.i++
		switch {
		case c == '"':
			return b.String()
		case c == '\\' && p.i < len(p.s):
			b.WriteByte(p.s[p.i])
			p.i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
