package field

import (
	"strings"
)

// challenge is one auth challenge (RFC 9110 §11.6.1): a scheme followed by
// either a token68 or a list of auth-params.
type challenge struct {
	Scheme  string
	Token68 string
	Params  []param
}

// Param returns the named auth-param (names are case-insensitive).
func (c challenge) Param(name string) (string, bool) {
	for _, p := range c.Params {
		if p.Name == name {
			return p.Value, true
		}
	}
	return "", false
}

func isToken68Char(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		strings.IndexByte("-._~+/", c) >= 0
}

// parseChallenges reads 1#challenge. Commas separate both challenges and
// the params inside one, so a new challenge is told apart by a token that
// is not followed by "=".
func parseChallenges(v string) ([]challenge, string) {
	var cs []challenge
	s := scanner{s: v}
	for {
		s.skip(" \t,")
		if s.done() {
			break
		}
		scheme := s.token()
		if scheme == "" {
			return cs, "expected an auth scheme at \"" + clip(s.rest()) + "\""
		}
		c := challenge{Scheme: scheme}
		if !s.done() && s.peek() != ',' && !isOWS(s.peek()) {
			return cs, "unexpected \"" + clip(s.rest()) + "\" after scheme " + scheme
		}
		s.skip(" \t")
		// token68: its characters then '=' padding, ending at ',' or the end.
		if t, ok := s.token68(); ok {
			c.Token68 = t
			cs = append(cs, c)
			continue
		}
		for {
			save := s.i
			s.skip(" \t,")
			name := s.token()
			s.skip(" \t")
			if name == "" || s.done() || s.peek() != '=' {
				s.i = save // the start of the next challenge
				break
			}
			s.i++
			s.skip(" \t")
			p := param{Name: strings.ToLower(name), HasValue: true}
			if !s.done() && s.peek() == '"' {
				e := quotedEnd(v, s.i)
				if e < 0 {
					return cs, "unclosed quoted string in " + name
				}
				p.Value = unquote(v[s.i:e])
				s.i = e
			} else {
				p.Value = s.token()
				if p.Value == "" {
					return cs, "auth-param " + name + " has no value"
				}
			}
			c.Params = append(c.Params, p)
			s.skip(" \t")
			if !s.done() && s.peek() != ',' {
				return cs, "unexpected \"" + clip(s.rest()) + "\" after auth-param " + name
			}
		}
		cs = append(cs, c)
		if s.i == len(v) {
			break
		}
		if r := strings.TrimLeft(s.rest(), " \t,"); r != "" && !isTchar(r[0]) {
			return cs, "unexpected \"" + clip(r) + "\""
		}
	}
	if len(cs) == 0 {
		return nil, "no challenge given"
	}
	return cs, ""
}

func checkChallenges(v string) verdict {
	if _, why := parseChallenges(v); why != "" {
		return invalid("%s", why)
	}
	return valid()
}

// scanner walks a field value byte by byte.
type scanner struct {
	s string
	i int
}

func (s *scanner) done() bool   { return s.i >= len(s.s) }
func (s *scanner) peek() byte   { return s.s[s.i] }
func (s *scanner) rest() string { return s.s[s.i:] }

func (s *scanner) skip(set string) {
	for s.i < len(s.s) && strings.IndexByte(set, s.s[s.i]) >= 0 {
		s.i++
	}
}

func (s *scanner) token() string {
	j := s.i
	for s.i < len(s.s) && isTchar(s.s[s.i]) {
		s.i++
	}
	return s.s[j:s.i]
}

// token68 consumes a token68 when one stands here, ending at ',' or the end
// of the value; otherwise it leaves the position alone.
func (s *scanner) token68() (string, bool) {
	j := s.i
	for j < len(s.s) && isToken68Char(s.s[j]) {
		j++
	}
	if j == s.i {
		return "", false
	}
	k := j
	for k < len(s.s) && s.s[k] == '=' {
		k++
	}
	e := k
	for e < len(s.s) && isOWS(s.s[e]) {
		e++
	}
	if e < len(s.s) && s.s[e] != ',' {
		return "", false
	}
	// "realm=" followed by a comma would look like token68 padding; a
	// token68 with '=' must end the challenge, which this does.
	t := s.s[s.i:k]
	s.i = e
	return t, true
}
