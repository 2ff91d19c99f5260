// Package samples holds the example pastes offered on the page ("try a
// sample") and used by the end-to-end tests: the AuthRocket document's
// examples among them. They are written for this project.
package samples

import (
	"embed"
)

//go:embed data
var files embed.FS

// Sample is one example paste.
type Sample struct {
	ID    string // file name without extension; stable, used in tests and URLs
	Title string // what a reader sees in the picker
	file  string
}

// list is the picker's order: AuthRocket first, then the shapes.
var list = []Sample{
	{"authrocket-v1-422", "AuthRocket 422: validation failed (curl -v)", "authrocket-v1-422.txt"},
	{"authrocket-v1-429", "AuthRocket 429: rate limited", "authrocket-v1-429.txt"},
	{"authrocket-v1-401-authenticate", "AuthRocket 401 from an authenticate call", "authrocket-v1-401-authenticate.txt"},
	{"authrocket-v1-414", "AuthRocket 414: session queried by its whole token", "authrocket-v1-414.txt"},
	{"bearer-expired-token", "401 with an expired bearer token (curl -v, HTTP/2)", "bearer-expired-token.txt"},
	{"problem-details-422", "422 problem details (RFC 9457)", "problem-details-422.txt"},
	{"github-403-rate-limit", "GitHub 403: rate limit exceeded", "github-403-rate-limit.txt"},
	{"stripe-402-card-declined", "Stripe 402: card declined", "stripe-402-card-declined.txt"},
	{"curl-redirect-chain", "curl -iL: a redirect, then 200", "curl-redirect-chain.txt"},
	{"har-two-entries", "HAR file: a 200 and a 429", "har-two-entries.har"},
	{"devtools-headers", "Devtools copy: headers only", "devtools-headers.txt"},
	{"cloudflare-522", "Cloudflare 522: origin timed out", "cloudflare-522.txt"},
}

// All returns the samples in picker order.
func All() []Sample { return list }

// Text returns the paste of the sample with the given id.
func Text(id string) (string, bool) {
	for _, s := range list {
		if s.ID == id {
			b, err := files.ReadFile("data/" + s.file)
			return string(b), err == nil
		}
	}
	return "", false
}
