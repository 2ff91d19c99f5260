// Package token finds JSON Web Tokens anywhere in an exchange and decodes
// their header and claims. Signatures are never checked.
package token

import (
	"strings"
	"time"

	"github.com/httpexplain/httpexplain/app/message"
)

// Token is one JWT found in the paste.
type Token struct {
	Where       string // "request header", "response header", "response body", "request url", "set-cookie", "request body"
	Header      string // the field name, query parameter or JSON pointer it was found in
	Alg         string
	JOSE        map[string]any
	Claims      map[string]any
	ClaimKeys   []string // claim names in token order
	IssuedAt    *time.Time
	NotBefore   *time.Time
	ExpiresAt   *time.Time
	Expired     bool // at now
	NotYetValid bool
	// ExpiredAtDate says the token had expired when the response was sent
	// (by its Date header).
	ExpiredAtDate bool
	// SessionID is the claim naming the session (AuthRocket v1 "tk",
	// v2 "sid"), "" when none.
	SessionClaim string
	SessionID    string
	Line         int
}

// Bounds on hostile input: how much of one text is scanned, and how many
// tokens are reported.
const (
	maxScan   = 1 << 20
	maxTokens = 64
)

// Where values.
const (
	WhereRequestURL     = "request url"
	WhereRequestHeader  = "request header"
	WhereRequestBody    = "request body"
	WhereResponseHeader = "response header"
	WhereSetCookie      = "set-cookie"
	WhereResponseBody   = "response body"
)

// finder collects tokens in paste order, once each.
type finder struct {
	now  time.Time
	date *time.Time
	seen map[string]bool
	out  []Token
}

// Find returns every JWT in ex, decoded. now is the instant to compare with.
// The request is searched before the response (paste order), and a token
// seen twice is reported where it was first seen.
func Find(ex *message.Exchange, now time.Time) []Token {
	if ex == nil {
		return nil
	}
	f := &finder{now: now.UTC()} // seen is made with the first token
	if ex.Response != nil {
		if d, ok := ex.Response.Date(); ok {
			f.date = &d
		}
	}
	if req := ex.Request; req != nil {
		u := req.URL
		if u == "" {
			u = req.Target
		}
		f.scanURL(u, req.Line)
		f.scanHeader(req.Header, WhereRequestHeader)
		f.scanBody(req.Body, WhereRequestBody)
	}
	if resp := ex.Response; resp != nil {
		f.scanHeader(resp.Header, WhereResponseHeader)
		f.scanBody(resp.Body, WhereResponseBody)
		f.scanHeader(resp.Trailers, WhereResponseHeader)
	}
	return f.out
}

func (f *finder) full() bool { return len(f.out) >= maxTokens }

// add decodes a candidate and records it unless already seen.
func (f *finder) add(raw, where, header string, line int) bool {
	if f.seen[raw] || f.full() {
		return f.seen[raw]
	}
	t, ok := decode(raw, f.now, f.date)
	if !ok {
		return false
	}
	if f.seen == nil {
		f.seen = map[string]bool{}
	}
	f.seen[raw] = true
	t.Where, t.Header, t.Line = where, header, line
	f.out = append(f.out, t)
	return true
}

func (f *finder) scanHeader(h message.Header, where string) {
	for _, fl := range h {
		w := where
		if where == WhereResponseHeader && strings.EqualFold(fl.Name, "Set-Cookie") {
			w = WhereSetCookie
		}
		scan(fl.Value, func(start int, raw string) bool {
			return f.add(raw, w, fl.Name, fl.Line)
		})
	}
}

// scanURL searches the whole URL; the name of the query or fragment
// parameter holding a token becomes its Header.
func (f *finder) scanURL(u string, line int) {
	scan(u, func(start int, raw string) bool {
		return f.add(raw, WhereRequestURL, paramName(u, start), line)
	})
}

// paramName returns the name of the key=value parameter whose value starts
// at start, or "url" when the token is not a parameter value.
func paramName(u string, start int) string {
	if start == 0 || u[start-1] != '=' {
		return "url"
	}
	k := strings.LastIndexAny(u[:start-1], "?&#;")
	return u[k+1 : start-1]
}
