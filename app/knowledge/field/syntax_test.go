package field

import (
	"strings"
	"testing"
	"time"
)

// syntaxCases list, per field, values that must pass and values that must
// fail the field's checker.
var syntaxCases = []struct {
	field string
	good  []string
	bad   []string
}{
	{"Date",
		[]string{"Thu, 03 Dec 2026 09:00:00 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"},
		[]string{"", "2026-12-03T09:00:00Z", "Fri, 03 Dec 2026 09:00:00 GMT", "Thu, 3 Dec 2026 09:00:00 GMT", "Thu, 03 Dec 2026 09:00:00 UTC", "Thu, 03 Dec 2026 25:00:00 GMT"}},
	{"Expires", []string{"Thu, 01 Jan 1970 00:00:00 GMT"}, []string{"0", "-1"}},
	{"Content-Length", []string{"0", "1234", "99999999999999999999999"}, []string{"", "-1", "12 34", "1e3", "0x10", "12,12"}},
	{"Age", []string{"0", "86400"}, []string{"1.5", "-3"}},
	{"Max-Forwards", []string{"10"}, []string{"ten"}},
	{"Retry-After", []string{"120", "Thu, 03 Dec 2026 09:05:00 GMT"}, []string{"-5", "2 minutes", "1.5"}},
	{"Allow", []string{"GET, HEAD, OPTIONS", "", "GET,,POST"}, []string{"GET HEAD", "GET, /path"}},
	{"Vary", []string{"*", "Accept-Encoding, Origin"}, []string{"", "Origin, *", "Accept Encoding"}},
	{"Connection", []string{"keep-alive", "close, upgrade"}, []string{"", "keep alive"}},
	{"Accept-Ranges", []string{"bytes", "none"}, []string{"bytes=0-"}},
	{"Access-Control-Allow-Methods", []string{"GET, POST, *"}, []string{"GET; POST"}},
	{"Access-Control-Allow-Headers", []string{"Content-Type, Authorization"}, []string{"Content Type"}},
	{"Access-Control-Expose-Headers", []string{"X-RateLimit-Remaining"}, []string{"\"quoted\""}},
	{"Content-Encoding", []string{"gzip", "br, zstd", "snappy"}, []string{"", "gzip br"}},
	{"Transfer-Encoding", []string{"chunked", "gzip, chunked"}, []string{"chunked;"}},
	{"Content-Language", []string{"en", "de-CH, fr"}, []string{"english language", "en_US"}},
	{"Content-Type",
		[]string{"text/html", "text/html; charset=utf-8", "application/json;charset=UTF-8", "multipart/form-data; boundary=\"a b\"", "application/vnd.api+json ; ext=\"https://x/y\""},
		[]string{"", "json", "text/html charset=utf-8", "text/html; charset", "text/html; charset=\"utf-8", "text/ html", "text/html; =x"}},
	{"ETag", []string{"\"abc\"", "W/\"abc\"", "\"\""}, []string{"abc", "'abc'", "\"a\"b\"", "w/\"abc\""}},
	{"If-None-Match", []string{"*", "\"a\", W/\"b\""}, []string{"a, b", ""}},
	{"Location", []string{"/v1/items/7", "https://example.com/a?b=c#d", "../up"}, []string{"", "/a b", "https://exa mple.com/", "http://[::1/"}},
	{"Access-Control-Allow-Origin", []string{"*", "null", "https://app.example.com", "http://localhost:3000"},
		[]string{"", "https://a.example, https://b.example", "app.example.com", "https://app.example.com/", "https://app.example.com/path"}},
	{"Access-Control-Allow-Credentials", []string{"true"}, []string{"True", "false", "1"}},
	{"Link",
		[]string{"<https://api.example.com/items?page=2>; rel=\"next\"", "</a,b>; rel=prev, </c>; rel=next", "<>; rel=self", "</x>; title = \"a, b\""},
		[]string{"", "https://x; rel=next", "<https://x; rel=next", "</x>; rel=next; rel=prev", "</x> rel=next"}},
	{"Cache-Control",
		[]string{"no-store", "public, max-age=3600, s-maxage=600", "private=\"Set-Cookie\", no-cache", "max-stale", "community=\"UCI\"", "max-age=\"60\""},
		[]string{"", "max-age", "max-age=-1", "max-age=1h", "no-store=1", "max-age=60 s-maxage=30", "no-cache=\"x"}},
	{"Content-Range", []string{"bytes 0-99/1234", "bytes 0-99/*", "bytes */1234", "items 1-2/3"},
		[]string{"bytes 0-99", "bytes 100-50/1234", "bytes 0-1234/1234", "bytes */*", "bytes=0-99/1234"}},
	{"WWW-Authenticate",
		[]string{"Basic realm=\"api\"", "Bearer", "Bearer realm=\"api\", error=\"invalid_token\"", "Negotiate YIIB3gYGKwYBBQUCoIIB0jCCAc6gMDAu==", "Basic realm=\"a\", Bearer realm=\"b\", error=invalid_token", "Digest realm=\"x\", qop=\"auth,auth-int\", nonce=\"abc\""},
		[]string{"", "realm=\"api\"", "Bearer realm=\"api", "Basic realm=\"x\" extra", "Bearer {\"x\":1}"}},
	{"Set-Cookie",
		[]string{"sid=abc; Path=/; Secure; HttpOnly; SameSite=Lax", "a=\"quoted\"", "x=; Max-Age=0", "y=1; Expires=Thu, 03 Dec 2026 09:00:00 GMT; Partitioned; Secure", "z=1; Foo=bar"},
		[]string{"novalue", "=abc", "a b=c", "a=b c", "a=1; Max-Age=soon", "a=1; Expires=tomorrow", "a=1; SameSite=Sometimes"}},
	{"Strict-Transport-Security",
		[]string{"max-age=31536000", "max-age=63072000; includeSubDomains; preload", "max-age=\"100\""},
		[]string{"", "includeSubDomains", "max-age=1y", "max-age=1; max-age=2"}},
	{"Content-Security-Policy",
		[]string{"default-src 'self'", "default-src 'self'; img-src * data:; frame-ancestors 'none'", "script-src 'nonce-abc'; , default-src https:"},
		[]string{"", ";", "default_src 'self'", "script-src 'self"}},
	{"Referrer-Policy", []string{"no-referrer", "no-referrer, strict-origin-when-cross-origin"}, []string{"", "never", "same_origin"}},
	{"X-Content-Type-Options", []string{"nosniff", "NoSniff"}, []string{"sniff", "nosniff, nosniff"}},
	{"X-Frame-Options", []string{"DENY", "sameorigin"}, []string{"ALLOW-FROM https://a.example", "allow"}},
	{"Priority", []string{"u=1, i", "u=5"}, []string{"u=1;;", "U=1"}},
	{"Cache-Status", []string{"ExampleCache; hit; ttl=300", "Origin; fwd=uri-miss, CDN; hit"}, []string{"hit miss", "Cache; ttl=3.5.5"}},
	{"Proxy-Status", []string{"SomeProxy; error=http_protocol_error; details=\"Malformed response header\""}, []string{"SomeProxy; details=\"unclosed"}},
	{"RateLimit", []string{"\"default\";r=50;t=30", "limit=100, remaining=50, reset=5"}, []string{"limit=100 remaining=50", "\"default\";r=50;;"}},
	{"RateLimit-Policy", []string{"\"burst\";q=100;w=60, \"daily\";q=1000;w=86400"}, []string{"q=100;w=60;;"}},
	{"Accept-CH", []string{"Sec-CH-UA-Model, Sec-CH-UA-Platform-Version", "DPR"}, []string{"Sec-CH-UA-Model;;"}},
	{"Permissions-Policy", []string{"geolocation=(), camera=(self \"https://a.example\")"}, []string{"geolocation 'none'", "camera=self https://a.example"}},
	{"Origin-Agent-Cluster", []string{"?1", "?0"}, []string{"true", "?2"}},
	{"Cross-Origin-Embedder-Policy", []string{"require-corp", "credentialless; report-to=\"default\""}, []string{"require_corp", "\"require-corp\"", "same-origin"}},
	{"Cross-Origin-Opener-Policy", []string{"same-origin", "same-origin-allow-popups"}, []string{"same-site"}},
	{"Keep-Alive", []string{"timeout=5, max=100", "timeout=5"}, []string{"", "timeout=5 max=100"}},
	{"Server-Timing", []string{"cdn-cache;desc=HIT, edge;dur=4", "db;dur=53.2", "miss", "total;dur=12;desc=\"a, b\""}, []string{"db=5", "db;dur=", ";dur=3"}},
	{"Alt-Svc", []string{"h3=\":443\"; ma=86400", "clear", "h2=\"alt.example.com:443\", h3=\":8443\"; ma=60; persist=1"}, []string{"h3=:443", "h3=\"443\"", "h3=\":443\"; ma=1d", ""}},
	{"Timing-Allow-Origin", []string{"*", "https://a.example, https://b.example"}, []string{"a.example", ""}},
	{"Upgrade", []string{"websocket", "h2c, HTTP/2.0"}, []string{"web socket", "HTTP/", ""}},
	{"NEL", []string{`{"report_to":"default","max_age":31536000,"include_subdomains":true}`}, []string{`{"report_to":"default"`, `[1]`, `report_to=default`}},
	{"Report-To", []string{`{"group":"default","max_age":10886400,"endpoints":[{"url":"https://r.example/report"}]}`, `{"group":"a","endpoints":[]}, {"group":"b","endpoints":[]}`}, []string{`group=default`, `{"group":"a"},`, ""}},
	{"Content-Disposition", []string{"attachment; filename=\"report.pdf\"", "inline", "attachment; filename*=UTF-8''na%C3%AFve.txt"}, []string{"", "attachment; filename=report 2026.pdf", "attachment; filename*=naive.txt", "file name"}},
	{"Accept-Patch", []string{"application/json-patch+json, application/merge-patch+json"}, []string{"json-patch"}},
	{"X-XSS-Protection", []string{"0", "1; mode=block", "1; report=https://r.example/xss"}, []string{"2", "1; mode=allow", "yes"}},
	{"Access-Control-Request-Method", []string{"PUT"}, []string{"", "PUT DELETE"}},
	{"CDN-Cache-Control", []string{"max-age=600, stale-while-revalidate=30"}, []string{"max-age=600 stale"}},
}

func TestSyntaxCheckers(t *testing.T) {
	for _, tc := range syntaxCases {
		syn, ok := lookupSyntax(tc.field)
		if !ok {
			t.Errorf("%s: no syntax known", tc.field)
			continue
		}
		for _, v := range tc.good {
			if vd := syn.check(v); vd.bad != "" {
				t.Errorf("%s: %q rejected: %s", tc.field, v, vd.bad)
			}
		}
		for _, v := range tc.bad {
			if vd := syn.check(v); vd.bad == "" {
				t.Errorf("%s: %q accepted", tc.field, v)
			}
		}
	}
}

func TestSyntaxUnknownFieldHasNone(t *testing.T) {
	for _, name := range []string{"X-Request-Id", "Last-Event-ID", ""} {
		if _, ok := lookupSyntax(name); ok {
			t.Errorf("%q should have no syntax", name)
		}
	}
	if _, ok := lookupSyntax("CONTENT-type"); !ok {
		t.Error("lookupSyntax should ignore case")
	}
}

func TestSyntaxSoftNotes(t *testing.T) {
	tests := []struct {
		field, value, id string
	}{
		{"Date", "Sun Nov  6 08:49:37 1994", "date.obsolete-format"},
		{"Last-Modified", "Sunday, 06-Nov-94 08:49:37 GMT", "date.obsolete-format"},
		{"Content-Encoding", "gzip, lz4", "coding.unknown"},
		{"Transfer-Encoding", "brotli", "coding.unknown"},
	}
	for _, tc := range tests {
		syn, _ := lookupSyntax(tc.field)
		vd := syn.check(tc.value)
		if vd.bad != "" || len(vd.soft) != 1 || vd.soft[0].id != tc.id {
			t.Errorf("%s: %q gave %+v, want valid with %s", tc.field, tc.value, vd, tc.id)
		}
	}
	syn, _ := lookupSyntax("Date")
	if vd := syn.check("Thu, 03 Dec 2026 09:00:00 GMT"); len(vd.soft) != 0 {
		t.Errorf("IMF-fixdate raised %+v", vd.soft)
	}
}

func TestSyntaxHTTPDateValues(t *testing.T) {
	want := "1994-11-06T08:49:37Z"
	for _, v := range []string{"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"} {
		got, ok := httpDate(v)
		if !ok || got.Format("2006-01-02T15:04:05Z") != want {
			t.Errorf("httpDate(%q) = %v, %v; want %s", v, got, ok, want)
		}
	}
}

func TestSyntaxSetCookieParts(t *testing.T) {
	c := parseSetCookie("SID=31d4d96e407aad42; Path=/; Domain=.Example.com; Secure; HttpOnly; SameSite=Strict; Max-Age=-5; Partitioned")
	if c.Name != "SID" || c.Value != "31d4d96e407aad42" || c.Path != "/" || c.Domain != "example.com" ||
		!c.Secure || !c.HttpOnly || c.SameSite != "Strict" || !c.HasMaxAge || c.MaxAge != -5 || !c.Partitioned {
		t.Errorf("parsed %+v", c)
	}
}

func TestSyntaxChallengeParts(t *testing.T) {
	cs, why := parseChallenges(`Newauth realm="apps", type=1, title="Login to \"apps\"", Basic realm="simple"`)
	if why != "" || len(cs) != 2 {
		t.Fatalf("got %+v, %q", cs, why)
	}
	if title, _ := cs[0].Param("title"); title != `Login to "apps"` || cs[1].Scheme != "Basic" {
		t.Errorf("got %+v", cs)
	}
	cs, _ = parseChallenges("Negotiate abc==, Basic realm=x")
	if len(cs) != 2 || cs[0].Token68 != "abc==" {
		t.Errorf("token68: got %+v", cs)
	}
}

func TestSyntaxDuration(t *testing.T) {
	for secs, want := range map[int64]string{0: "0 s", 59: "59 s", 90: "1 min 30 s", 3600: "1 h 0 min", 86400 + 7200: "1 d 2 h", 1 << 40: "practically forever"} {
		if got := formatDuration(secs); got != want {
			t.Errorf("formatDuration(%d) = %q, want %q", secs, got, want)
		}
	}
}

func TestSyntaxLongValuesStayLinear(t *testing.T) {
	// A megabyte of commas or quotes must not blow up any checker.
	huge := []string{strings.Repeat(",", 1<<20), strings.Repeat("\"", 1<<20), strings.Repeat(`"\"`, 1<<18), strings.Repeat("a=", 1<<19), strings.Repeat("<", 1<<20)}
	for name, syn := range syntaxes {
		for _, v := range huge {
			_ = syn.check(v)
		}
		_ = name
	}
}

func TestSyntaxSplitList(t *testing.T) {
	tests := map[string][]string{
		"a, b,,c ,":      {"a", "b", "c"},
		`a="x, y", b`:    {`a="x, y"`, "b"},
		`a="unclosed, b`: {`a="unclosed, b`},
		"":               nil,
		` , ,`:           nil,
		`"\"", z`:        {`"\""`, "z"},
	}
	for in, want := range tests {
		got := splitList(in)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("splitList(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSyntaxCookieDate(t *testing.T) {
	good := map[string]string{
		"Thu, 01 Jan 1970 00:00:00 GMT":   "1970-01-01T00:00:00Z",
		"Thu, 01-Jan-1970 00:00:01 GMT":   "1970-01-01T00:00:01Z",
		"Wed, 09-Jun-21 10:18:14 GMT":     "2021-06-09T10:18:14Z",
		"Friday, 04-Dec-2026 9:05:03 UTC": "2026-12-04T09:05:03Z",
		"4 Dec 2026 09:05:03":             "2026-12-04T09:05:03Z",
	}
	for in, want := range good {
		got, ok := parseCookieDate(in)
		if !ok || got.Format(time.RFC3339) != want {
			t.Errorf("parseCookieDate(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "tomorrow", "31 Feb 2026 00:00:00", "01 Jan 1970", "01 Foo 1970 00:00:00", "01 Jan 1970 24:00:00", strings.Repeat("1 ", 200)} {
		if got, ok := parseCookieDate(in); ok {
			t.Errorf("parseCookieDate(%q) = %v, want failure", in, got)
		}
	}
}
