package field

import (
	"strings"
	"testing"
)

const testDate = "Date: Thu, 03 Dec 2026 09:00:00 GMT"

// htmlOK is a 200 HTML page carrying every protection; samples add or
// drop lines from it.
func htmlPage(extra ...string) string {
	return "HTTP/1.1 200 OK\n" + testDate + "\nContent-Type: text/html; charset=utf-8\n" +
		strings.Join(extra, "\n") + "\n\n<!doctype html><p>hi"
}

const fullProtection = "Strict-Transport-Security: max-age=31536000\nX-Content-Type-Options: nosniff\n" +
	"Content-Security-Policy: default-src 'self'; frame-ancestors 'none'"

// noteCases give, for every note id, samples that must raise it and
// samples that must not. TestEveryNoteHasCase keeps this list complete.
var noteCases = []struct {
	id      string
	hit     string
	misses  []string
	summary string // a substring the hit's summary must hold
	subject string // the hit's subject, when it matters
	line    int    // the hit's line, when it matters
}{
	{id: "field.invalid",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nContent-Length: 12a",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nContent-Length: 12"},
		summary: "Content-Length is not valid", subject: "header:Content-Length", line: 3},
	{id: "field.duplicate-singleton",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nContent-Type: text/plain; charset=utf-8\nContent-Type: application/json",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: a=1; Secure\nSet-Cookie: b=2; Secure"},
		summary: "Content-Type appears 2 times", line: 4},
	{id: "field.deprecated",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nPragma: no-cache",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: no-cache"}},
	{id: "field.obsoleted",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nWarning: 199 - \"stale\"",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate}},
	{id: "field.unknown",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nX-Backend-Shard: 7",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nX-Request-Id: 5f2b", "HTTP/2 200\n:status: 200\n" + testDate},
		summary: "X-Backend-Shard", subject: "header:X-Backend-Shard"},
	{id: "field.space-before-colon",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nX-Request-Id : 5f2b",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nX-Request-Id: 5f2b"},
		subject: "header:X-Request-Id"},
	{id: "field.invalid-name",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nRequest Id: 5f2b",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nRequest-Id: 5f2b"}},
	{id: "coding.unknown",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nContent-Encoding: snappy",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nContent-Encoding: gzip, br"},
		summary: "snappy"},
	{id: "date.obsolete-format",
		hit:     "HTTP/1.1 200 OK\nDate: Thursday, 03-Dec-26 09:00:00 GMT",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate},
		summary: "RFC 850"},
	{id: "date.missing",
		hit:    "HTTP/1.1 200 OK\nContent-Length: 0",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate, "HTTP/1.1 503 Service Unavailable\nContent-Length: 0", "Content-Length: 0"}},
	{id: "date.age",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nAge: 300",
		misses:  []string{"HTTP/1.1 200 OK\nAge: 300", "HTTP/1.1 200 OK\n" + testDate + "\nAge: 0"},
		summary: "5 min 0 s (Age: 300) after the origin produced it at Thu, 03 Dec 2026 09:00:00 GMT"},
	{id: "date.last-modified-future",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nLast-Modified: Fri, 04 Dec 2026 09:00:00 GMT",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nLast-Modified: Wed, 02 Dec 2026 09:00:00 GMT"}},
	{id: "cache.freshness",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: public, max-age=3600",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: no-store", "HTTP/1.1 200 OK\n" + testDate},
		summary: "Fresh for 1 h 0 min (max-age=3600)", subject: "header:Cache-Control", line: 3},
	{id: "cache.freshness",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: max-age=60, stale-while-revalidate=30, stale-if-error=86400",
		summary: "Fresh for 1 min 0 s (max-age=60); then served stale for up to 30 s while revalidating, or for up to 1 d 0 h if the server fails"},
	{id: "cache.freshness",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nExpires: Thu, 03 Dec 2026 09:30:00 GMT",
		summary: "Fresh for 30 min 0 s (Expires − Date)", subject: "header:Expires", line: 3},
	{id: "cache.freshness",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: max-age=0, must-revalidate",
		summary: "Fresh for 0 s (max-age=0): stale at once"},
	{id: "cache.freshness",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: s-maxage=300",
		summary: "Fresh for 5 min 0 s in shared caches only (s-maxage=300)"},
	{id: "cache.heuristic",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nLast-Modified: Mon, 23 Nov 2026 09:00:00 GMT",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: max-age=60", "HTTP/1.1 201 Created\n" + testDate, "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: no-cache"},
		summary: "about 1 d 0 h, a tenth"},
	{id: "cache.no-validator",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: max-age=60",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: max-age=60\nETag: \"v1\"", "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: no-store"}},
	{id: "cache.vary-star",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nVary: *",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nVary: Accept-Encoding"}},
	{id: "cache.age-over-lifetime",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: max-age=60\nAge: 120",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: max-age=60\nAge: 30", "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: max-age=60, s-maxage=600\nAge: 120"},
		summary: "Age 2 min 0 s (120 s) exceeds the freshness lifetime 1 min 0 s (max-age=60)"},
	{id: "cache.no-store-and-private",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: no-store, private",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: no-store"}},
	{id: "cache.no-store-with-lifetime",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: no-store, max-age=600",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: no-store, max-age=0"},
		summary: "max-age=600"},
	{id: "cache.public-set-cookie",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: public, max-age=300\nSet-Cookie: sid=1; Secure; HttpOnly",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: private, max-age=300\nSet-Cookie: sid=1; Secure; HttpOnly", "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: public, no-cache=\"Set-Cookie\"\nSet-Cookie: sid=1; Secure; HttpOnly", "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: public, max-age=300"},
		summary: "(public)", subject: "header:Set-Cookie"},
	{id: "cache.pragma",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nPragma: no-cache",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: no-cache"}},
	{id: "cache.expires-ignored",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nCache-Control: max-age=60\nExpires: Thu, 03 Dec 2026 10:00:00 GMT",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nExpires: Thu, 03 Dec 2026 10:00:00 GMT"}},
	{id: "cors.wildcard-with-credentials",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Credentials: true",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nAccess-Control-Allow-Origin: https://app.example.com\nAccess-Control-Allow-Credentials: true\nVary: Origin"}},
	{id: "cors.missing-vary-origin",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nAccess-Control-Allow-Origin: https://app.example.com",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nAccess-Control-Allow-Origin: https://app.example.com\nVary: Accept-Encoding, Origin", "HTTP/1.1 200 OK\n" + testDate + "\nAccess-Control-Allow-Origin: *"},
		summary: "https://app.example.com"},
	{id: "cors.null-origin",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nAccess-Control-Allow-Origin: null\nVary: Origin",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nAccess-Control-Allow-Origin: https://app.example.com\nVary: Origin"}},
	{id: "cors.preflight-incomplete",
		hit: "OPTIONS /v1/items HTTP/1.1\nOrigin: https://app.example.com\nAccess-Control-Request-Method: PUT\nAccess-Control-Request-Headers: content-type, x-api-key\n\n" +
			"HTTP/1.1 204 No Content\n" + testDate + "\nAccess-Control-Allow-Origin: https://app.example.com\nVary: Origin\nAccess-Control-Allow-Methods: GET, POST\nAccess-Control-Allow-Headers: Content-Type",
		misses: []string{
			"OPTIONS /v1/items HTTP/1.1\nOrigin: https://app.example.com\nAccess-Control-Request-Method: PUT\nAccess-Control-Request-Headers: content-type, x-api-key\n\n" +
				"HTTP/1.1 204 No Content\n" + testDate + "\nAccess-Control-Allow-Origin: https://app.example.com\nVary: Origin\nAccess-Control-Allow-Methods: GET, PUT\nAccess-Control-Allow-Headers: Content-Type, X-Api-Key",
			"GET /v1/items HTTP/1.1\nOrigin: https://app.example.com\n\nHTTP/1.1 200 OK\n" + testDate,
		},
		summary: "method PUT in Access-Control-Allow-Methods, header x-api-key in Access-Control-Allow-Headers"},
	{id: "cookie.samesite-none-without-secure",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: prefs=1; SameSite=None",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: prefs=1; SameSite=None; Secure"}},
	{id: "cookie.no-secure",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: theme=dark; Path=/",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: theme=dark; Path=/; Secure", "# url: http://intranet.example/\nHTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: theme=dark"}},
	{id: "cookie.no-httponly",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: session_id=8c1f; Secure; Path=/",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: session_id=8c1f; Secure; HttpOnly", "HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: csrf_token=8c1f; Secure"},
		summary: "session_id"},
	{id: "cookie.expired",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: sid=; Max-Age=0; Path=/",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: sid=1; Max-Age=3600; Secure; HttpOnly", "HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: sid=1; Expires=Fri, 04 Dec 2026 09:00:00 GMT; Secure; HttpOnly"},
		summary: "Cookie sid is deleted (Max-Age=0)"},
	{id: "cookie.too-big",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: blob=" + strings.Repeat("a", 4100) + "; Secure",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: blob=" + strings.Repeat("a", 4000) + "; Secure"}},
	{id: "cookie.prefix",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: __Host-sid=1; Secure; HttpOnly; Path=/; Domain=example.com",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: __Host-sid=1; Secure; HttpOnly; Path=/"},
		summary: "__Host- forbids Domain"},
	{id: "cookie.duplicate",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: lang=en; Path=/; Secure\nSet-Cookie: theme=dark; Secure\nSet-Cookie: lang=de; Path=/; Secure",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: lang=en; Path=/; Secure\nSet-Cookie: lang=de; Path=/app; Secure"},
		summary: "Cookie lang is set 2 times", line: 3},
	{id: "cookie.partitioned-without-secure",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: embed=1; Partitioned",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nSet-Cookie: embed=1; Partitioned; Secure"}},
	{id: "security.hsts-missing",
		hit: htmlPage("X-Content-Type-Options: nosniff"),
		misses: []string{htmlPage(fullProtection),
			"HTTP/1.1 200 OK\n" + testDate + "\nContent-Type: application/json\n\n{}",
			"# url: http://intranet.example/\n" + htmlPage()}},
	{id: "security.hsts-over-http",
		hit:    "# url: http://www.example.com/\nHTTP/1.1 200 OK\n" + testDate + "\nStrict-Transport-Security: max-age=31536000",
		misses: []string{"# url: https://www.example.com/\nHTTP/1.1 200 OK\n" + testDate + "\nStrict-Transport-Security: max-age=31536000"}},
	{id: "security.nosniff-missing",
		hit:    htmlPage(),
		misses: []string{htmlPage(fullProtection), "HTTP/1.1 404 Not Found\n" + testDate + "\nContent-Type: text/html; charset=utf-8"}},
	{id: "security.csp-missing",
		hit:    htmlPage("X-Frame-Options: DENY"),
		misses: []string{htmlPage(fullProtection)}},
	{id: "security.frame-missing",
		hit:    htmlPage("Content-Security-Policy: default-src 'self'"),
		misses: []string{htmlPage(fullProtection), htmlPage("X-Frame-Options: SAMEORIGIN")}},
	{id: "security.frame-missing",
		hit: htmlPage("X-Frame-Options: ALLOW-FROM https://portal.example.com")},
	{id: "content-type.mismatch",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nContent-Type: text/html; charset=utf-8\n\n{\"id\": 7}",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nContent-Type: application/json\n\n{\"id\": 7}", "HTTP/1.1 200 OK\n" + testDate + "\nContent-Type: text/plain; charset=utf-8\n\nid 7"},
		summary: "labelled text/html", subject: "header:Content-Type"},
	{id: "content-type.missing",
		hit:     "HTTP/1.1 200 OK\n" + testDate + "\nContent-Length: 9\n\n{\"id\": 7}",
		misses:  []string{"HTTP/1.1 204 No Content\n" + testDate, "HTTP/1.1 200 OK\n" + testDate + "\nContent-Length: 0"},
		subject: "body", line: 5},
	{id: "content-type.no-charset",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nContent-Type: text/csv",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nContent-Type: text/csv; charset=utf-8", "HTTP/1.1 200 OK\n" + testDate + "\nContent-Type: text/event-stream", "HTTP/1.1 200 OK\n" + testDate + "\nContent-Type: application/json"}},
	{id: "body.length-and-chunked",
		hit:    "HTTP/1.1 200 OK\n" + testDate + "\nContent-Length: 42\nTransfer-Encoding: chunked",
		misses: []string{"HTTP/1.1 200 OK\n" + testDate + "\nTransfer-Encoding: chunked"}},
	{id: "h2.hop-by-hop",
		hit:     "HTTP/2 200\n" + testDate + "\nConnection: keep-alive",
		misses:  []string{"HTTP/1.1 200 OK\n" + testDate + "\nConnection: keep-alive"},
		summary: "Connection is not allowed in HTTP/2", line: 3},
	{id: "auth.missing-challenge",
		hit:    "HTTP/1.1 401 Unauthorized\n" + testDate,
		misses: []string{"HTTP/1.1 401 Unauthorized\n" + testDate + "\nWWW-Authenticate: Bearer realm=\"api\""}},
	{id: "auth.bearer-error",
		hit:     "HTTP/1.1 401 Unauthorized\n" + testDate + "\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\", error_description=\"The access token expired\"",
		misses:  []string{"HTTP/1.1 401 Unauthorized\n" + testDate + "\nWWW-Authenticate: Bearer realm=\"api\""},
		summary: "invalid_token (The access token expired)"},
}

func TestCheckNotes(t *testing.T) {
	for _, tc := range noteCases {
		t.Run(tc.id, func(t *testing.T) {
			_, ns := check(sample(t, tc.hit), testLookup)
			n, ok := findNote(ns, tc.id)
			if !ok {
				t.Fatalf("hit sample did not raise %s; got %v", tc.id, ids(ns))
			}
			if tc.summary != "" && !strings.Contains(n.Summary, tc.summary) {
				t.Errorf("summary %q lacks %q", n.Summary, tc.summary)
			}
			if tc.subject != "" && n.Subject != tc.subject {
				t.Errorf("subject = %q, want %q", n.Subject, tc.subject)
			}
			if tc.line != 0 && n.Line != tc.line {
				t.Errorf("line = %d, want %d", n.Line, tc.line)
			}
			if strings.Contains(n.Summary, "%!") {
				t.Errorf("summary has a formatting fault: %q", n.Summary)
			}
			d := defByID[tc.id]
			if n.Level != d.Level || n.Detail != d.Detail || n.Reference == "" {
				t.Errorf("note %+v does not carry its definition", n)
			}
			for k, miss := range tc.misses {
				if _, ns := check(sample(t, miss), testLookup); hasID(ns, tc.id) {
					t.Errorf("miss sample %d raised %s: %v", k, tc.id, ids(ns))
				}
			}
		})
	}
}

func TestEveryNoteHasCase(t *testing.T) {
	covered := map[string]bool{}
	for _, tc := range noteCases {
		covered[tc.id] = true
	}
	for _, d := range Notes() {
		if !covered[d.ID] {
			t.Errorf("note %s has no test case", d.ID)
		}
	}
}
