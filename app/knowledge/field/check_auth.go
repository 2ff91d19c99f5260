package field

import "strings"

// checkAuth checks the authentication challenge of a refusal.
func checkAuth(c *checker) {
	is := c.fields("WWW-Authenticate")
	if c.resp.Status == 401 && len(is) == 0 {
		c.raiseExchange("auth.missing-challenge")
	}
	for _, i := range is {
		cs, _ := parseChallenges(c.h[i].Value)
		for _, ch := range cs {
			if !strings.EqualFold(ch.Scheme, "bearer") {
				continue
			}
			code, ok := ch.Param("error")
			if !ok {
				continue
			}
			s := code
			if desc, ok := ch.Param("error_description"); ok && desc != "" {
				s += " (" + clip(desc) + ")"
			}
			if scope, ok := ch.Param("scope"); ok && code == "insufficient_scope" {
				s += ", needs scope " + clip(scope)
			}
			c.raiseField(i, "auth.bearer-error", s)
		}
	}
}
