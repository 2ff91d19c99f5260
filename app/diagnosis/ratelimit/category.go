package ratelimit

import (
	"strings"

	"github.com/httpexplain/httpexplain/app/message"
)

// AuthRocket has two rate-limit categories (v1 status-code docs). The vendor
// package exports the same rule; it is kept here privately so that this
// package does not depend on it.

const refAuthRocket = "https://v1.authrocket.com/docs/api/status_codes"

// authRocketAuthPaths are path parts of the login-related API calls that
// count against the authentication category.
var authRocketAuthPaths = []string{
	"/authenticate", "/authenticate_key", "/sessions", "/login", "/signup", "/verify", "/password",
}

// categoryAdvice says in plain words what each category means.
var categoryAdvice = map[string]string{
	"general": "AuthRocket counts this call against its general rate limit, which covers most API calls and is " +
		"sized by the account's plan: the app is making too many calls overall, so cache answers or spread the calls out.",
	"authentication": "AuthRocket counts this call against its authentication rate limit, a guard against password " +
		"guessing on login-related calls: normal use should never hit it, but quickly repeated login tests during " +
		"development can; slow those tests down and wait for the reset.",
}

// isAuthRocket reports whether vendorID names an AuthRocket profile.
func isAuthRocket(vendorID string) bool {
	return vendorID == "authrocket-v1" || vendorID == "authrocket-v2"
}

// authRocketCategory picks the category of a request path.
func authRocketCategory(path string) string {
	for _, p := range authRocketAuthPaths {
		if strings.Contains(path, p) {
			return "authentication"
		}
	}
	return "general"
}

// requestPath returns the lower-case path of the request, without scheme,
// authority, query or fragment.
func requestPath(req *message.Request) string {
	u := req.URL
	if u == "" {
		u = req.Target
	}
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			u = "/"
		}
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	return strings.ToLower(u)
}
