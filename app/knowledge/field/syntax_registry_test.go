package field

import (
	"encoding/base64"
	"fmt"
	"strings"
	"testing"
	"time"
)

// regJWT builds a compact JWS from header and payload JSON; the signature
// is a placeholder, as checkers do not verify it.
func regJWT(header, payload string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(header)) + "." + enc([]byte(payload)) + ".c2lnbmF0dXJl"
}

var (
	regDPoPHeader  = `{"typ":"dpop+jwt","alg":"ES256","jwk":{"kty":"EC","crv":"P-256","x":"l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs","y":"9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA"}}`
	regDPoPPayload = `{"jti":"-BwC3ESc6acc2lTc","htm":"POST","htu":"https://server.example.com/token","iat":1562262616}`
	regGoodDPoP    = regJWT(regDPoPHeader, regDPoPPayload)
	regSHA256      = ":" + base64.StdEncoding.EncodeToString(make([]byte, 32)) + ":"
)

// registryCases lists, per field, values its checker must accept and
// values it must refuse.
var registryCases = []struct {
	field string
	good  []string
	bad   []string
}{
	{"accept",
		[]string{"", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", "application/json", "text/*;q=0.3", "text/plain; format=flowed; q=1.000", "*/*;q=0"},
		[]string{"json", "*/html", "text/html;q=1.5", "text/html;q=0.0001", "text/html;q=", "text/html;level"}},
	{"accept-charset", []string{"utf-8, iso-8859-1;q=0.5", "*"}, []string{"", "utf 8", "utf-8;level=1", "utf-8;q=2"}},
	{"accept-encoding",
		[]string{"", "gzip, deflate, br, zstd", "br;q=1.0, gzip;q=0.8, *;q=0.1", "identity;q=0"},
		[]string{"gzip deflate", "gzip;q=high", "gzip;level=9", "gzip;q=1.1"}},
	{"accept-language",
		[]string{"", "en-US,en;q=0.9,de;q=0.8", "*", "zh-Hant-TW", "de-CH-1996", "sgn-BE-FR"},
		[]string{"en_US", "englishlanguage", "en-", "1en", "fr;q=-1", "en;charset=utf-8"}},
	{"accept-post", []string{"text/turtle, application/ld+json", "*/*"}, []string{"", "turtle"}},
	{"a-im", []string{"vcdiff, diffe, gzip;q=0.5", ""}, []string{"vc diff", "vcdiff;q=5"}},
	{"im", []string{"vcdiff", "diffe, gzip"}, []string{"", "vc diff"}},
	{"delta-base", []string{`"abc"`, `W/"abc"`}, []string{"abc", ""}},
	{"te", []string{"trailers", "trailers, deflate;q=0.5", "gzip;q=0, trailers", ""}, []string{"chunked", "trailers;q=2", "deflate q=0.5"}},
	{"expect", []string{"100-continue", "100-Continue"}, []string{"", "200-ok", "100-continue, foo"}},
	{"prefer",
		[]string{"return=representation", "respond-async, wait=100", "handling=lenient", `foo="bar baz"; p1; p2=x`, "return = minimal"},
		[]string{"", "return=everything", "wait=soon", "=x", `foo="unclosed`, "respond-async;=1"}},
	{"preference-applied", []string{"return=minimal", "respond-async, wait=10"}, []string{"", "return=minimal; extra=1", "return=full"}},
	{"tcn", []string{"list", "choice, re-choose", "adhoc, ext=\"x\""}, []string{"", "a b"}},
	{"negotiate", []string{"trans, vlist", "1.0", "*"}, []string{"", "guess small"}},
	{"want-digest", []string{"sha-256", "SHA-512;q=0.3, sha-256;q=1, md5;q=0"}, []string{"", "sha 256", "sha-256;q=2"}},
	{"digest",
		[]string{"sha-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=", "SHA=thvDyvhfIqlvFe+A9MYgxAfm1q5=,unixsum=30637"},
		[]string{"", "sha-256", "sha-256=", "sha 256=abc", "sha-256=abc def"}},
	{"accept-signature", []string{`sig1=("@method" "@target-uri");keyid="test-key-rsa-pss"`}, []string{"1sig", `sig1=("@method"`}},
	{"content-md5", []string{"Q2hlY2sgSW50ZWdyaXR5IQ=="}, []string{"", "Q2hlY2sgSW50ZWdyaXR5IQ", "not-base64-but-24-chars!", "d41d8cd98f00b204e9800998ecf8427e"}},

	{"sunset", []string{"Thu, 31 Dec 2026 23:59:59 GMT"}, []string{"2026-12-31", "@1798761599"}},
	{"memento-datetime", []string{"Wed, 30 May 2007 18:47:52 GMT"}, []string{"May 30 2007"}},
	{"accept-datetime", []string{"Thu, 31 May 2007 20:35:00 GMT"}, []string{"yesterday"}},
	{"cert-not-after", []string{"Sun, 10 Jan 2027 00:00:00 GMT"}, []string{"1799539200"}},
	{"cert-not-before", []string{"Thu, 03 Dec 2026 00:00:00 GMT"}, []string{""}},
	{"repeatability-first-sent", []string{"Thu, 03 Dec 2026 09:00:00 GMT"}, []string{"2026-12-03T09:00:00Z"}},
	{"repeatability-result", []string{"accepted", "rejected"}, []string{"ok", ""}},
	{"deprecation", []string{"@1688169599", "@0"}, []string{"true", "Sun, 11 Nov 2018 23:59:59 GMT", "1688169599", "@1.5", `"@1688169599"`}},

	{"host",
		[]string{"www.example.org", "example.com:8443", "[2001:db8::1]:8080", "[::1]", "192.0.2.10", "", "xn--bcher-kva.example", "localhost:"},
		[]string{"https://www.example.org", "example.com/path", "user@example.com", "example.com:http", "2001:db8::1", "[2001:db8::1", "exa mple.com", "[::1]x", ":80"}},
	{"alt-used", []string{"alt.example.net:443", "alt.example.net"}, []string{"", "alt example", "https://alt.example.net"}},
	{"via",
		[]string{"1.1 vegur", "HTTP/1.1 proxy.example.re, 1.1 edge1", "1.1 4f8a.cloudfront.net (CloudFront)", "2 fastly:80 (cache, shield)", "1.0 fred, 1.1 p.example.net (Apache/1.1)"},
		[]string{"", "vegur", "1.1", "1.1 proxy (unclosed", "1.1 proxy trailing words", "1.1 a,b c/"}},
	{"cdn-loop", []string{"foo123.foocdn.example, barcdn; host=\"foo123.bar.cdn\"; def=ghi", "cdn.example:8443;id=1"}, []string{"", "cdn example", "cdn;=x"}},
	{"forwarded",
		[]string{`for=192.0.2.60;proto=http;by=203.0.113.43`, `for="[2001:db8:cafe::17]:4711"`, `for=192.0.2.43, for=198.51.100.17`, `For="_gazonk"`},
		[]string{"", "for=[2001:db8:cafe::17]", "for=192.0.2.43:8080", "for", "for=a;for=b", `for="unclosed`}},
	{"server",
		[]string{"nginx", "Apache/2.4.41 (Ubuntu)", "Microsoft-IIS/10.0", "Jetty(9.4.44.v20210927)", "AmazonS3", "gunicorn/20.0.4 (nested (comment) here)"},
		[]string{"", "(comment first)", "nginx/", "Apache/2.4 (unclosed", "my server@host", "a/b/c"}},
	{"user-agent",
		[]string{"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36", "curl/8.4.0", "python-requests/2.31.0", `Foo/1 (with \) escaped)`},
		[]string{"", "/1.0", "curl/8.4.0, wget/1.21", "ua\x01"}},
	{"from", []string{"webmaster@example.org", "Ops Team <ops@example.com>"}, []string{"", "webmaster", "@example.org", "a@", "ops@example.com, b@example.com", "Name <a@b", "a b@example.org"}},
	{"origin", []string{"https://app.example.com", "http://localhost:3000", "null", "https://a.example https://b.example"}, []string{"", "*", "https://app.example.com/", "app.example.com", "https://a.example,https://b.example"}},
	{"referer", []string{"https://www.example.org/hypertext/Overview.html", "/relative/path?q=1", "android-app://com.example"}, []string{"", "https://example.org/page#section", "https://example.org/a b"}},
	{"warning",
		[]string{`110 - "Response is Stale"`, `199 cache.example.com:8080 "Miscellaneous warning" "Thu, 03 Dec 2026 09:00:00 GMT"`, `112 - "cannot reach", 299 - "x"`},
		[]string{"", "110", `11 - "x"`, `110 - stale`, `110 "no agent"`, `110 - "x" yesterday`, `110 - "x" "not a date"`}},
	{"alpn", []string{"h2", "h2, http%2F1.1", "%E2%98%83"}, []string{"", "http/1.1", "h2%2", "h2%zz"}},
	{"http2-settings", []string{"AAMAAABkAAQAAP__", ""}, []string{"AAMAAABkAAQAAP//", "AAMA", "AAMAAABkAAQAAP__="}},

	{"range",
		[]string{"bytes=0-499", "bytes=500-999, -500, 9500-", "bytes=0-0,-1", "items=0-24", "BYTES=1-2"},
		[]string{"", "bytes 0-499", "bytes=", "bytes=500-100", "bytes=a-b", "bytes=5", "bytes=--5", "bytes =0-1", "items="}},
	{"if-range", []string{`"xyzzy"`, "Sat, 29 Oct 1994 19:43:31 GMT"}, []string{`W/"xyzzy"`, "xyzzy", ""}},
	{"schedule-tag", []string{`"e78f5e0fb0a8d2e0"`}, []string{`W/"e78"`, "e78", ""}},
	{"if-schedule-tag-match", []string{`"1"`}, []string{"1"}},

	{"authorization",
		[]string{"Basic dXNlcjpwYXNzd29yZA==", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln", `Digest username="Mufasa", realm="http-auth@example.org", uri="/dir/index.html", response="8ca5"`, "Negotiate YIIGhgYJKoZIhvcS", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=5d672d79"},
		[]string{"", "Basic", "Bearer", "Basic not*base64", "Basic dXNlcnBhc3N3b3Jk", "Bearer abc, Basic dXNlcjpwYXNz", "Bearer  a b", "Bearer: abc", "Bearer Bearer abc"}},
	{"proxy-authorization", []string{"Basic YWxhZGRpbjpvcGVuc2VzYW1l"}, []string{"Basic YWxhZGRpbg=="}},
	{"authentication-info", []string{`nextnonce="abc", qop=auth, rspauth="6629fae4", cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", nc=00000001`, "sid=1"}, []string{"", "nextnonce", `rspauth="x`, "a b=c"}},
	{"proxy-authentication-info", []string{`nextnonce="x"`}, []string{"=x"}},
	{"optional-www-authenticate", []string{`Digest realm="example", nonce="n"`}, []string{""}},
	{"dpop",
		[]string{regGoodDPoP},
		[]string{"", "abc", regJWT(`{"typ":"JWT","alg":"ES256","jwk":{}}`, regDPoPPayload), regJWT(`{"typ":"dpop+jwt","alg":"none","jwk":{}}`, regDPoPPayload),
			regJWT(`{"typ":"dpop+jwt","alg":"HS256","jwk":{}}`, regDPoPPayload), regJWT(`{"typ":"dpop+jwt","alg":"ES256"}`, regDPoPPayload),
			regJWT(regDPoPHeader, `{"jti":"x","htm":"GET","iat":1}`), regJWT(regDPoPHeader, `[1]`), "!!.e30.c2ln", strings.TrimSuffix(regGoodDPoP, ".c2lnbmF0dXJl") + "."}},
	{"dpop-nonce", []string{"eyJ7S_zG.9qe-nonce", "!#$%&'()*+"}, []string{"", `has"quote`, `back\slash`, "has space"}},
	{"replay-nonce", []string{"oFvnlFP1wIhRlYS2jTaXbA", "abcd-_"}, []string{"", "oFvnlFP1wIhRlYS2jTaXbA==", "a+b/c", "a"}},
	{"detached-jws", []string{base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"PS256","b64":false}`)) + "..c2ln"}, []string{"", "e30.e30.c2ln", "e30..", "bm90anNvbg..c2ln", "a.b"}},
	{"public-key-pins",
		[]string{`pin-sha256="d6qzRu9zOECb90Uez27xWltNsj0e1Md7GkYYkVoZWmM="; pin-sha256="E9CZ9INDbd+2eRQozYqqbQ2yXLVKB9+xcprMF+44U1g="; max-age=5184000; includeSubDomains; report-uri="https://report.example.com/hpkp"`},
		[]string{"", `max-age=100`, `pin-sha256="d6qzRu9zOECb90Uez27xWltNsj0e1Md7GkYYkVoZWmM="`, `pin-sha256="short"; max-age=1`, `pin-sha256="d6qzRu9zOECb90Uez27xWltNsj0e1Md7GkYYkVoZWmM="; max-age=1; max-age=2`, `pin-sha256="d6qzRu9zOECb90Uez27xWltNsj0e1Md7GkYYkVoZWmM="; max-age=soon`}},
	{"public-key-pins-report-only", []string{`pin-sha256="d6qzRu9zOECb90Uez27xWltNsj0e1Md7GkYYkVoZWmM="; report-uri="https://r.example/"`}, []string{`report-uri="https://r.example/"`, `pin-sha256="d6qzRu9zOECb90Uez27xWltNsj0e1Md7GkYYkVoZWmM="; report-uri="/relative"`}},
	{"expect-ct", []string{`max-age=86400, enforce, report-uri="https://foo.example/report"`, "max-age=0"}, []string{"", "enforce", "max-age=1, max-age=2", "max-age=1d", `max-age=1, report-uri="nope"`, "max-age=1, bad name"}},
	{"sec-token-binding", []string{"AIkAAgBBQFzK4_bhAqLDwRQxqJWte33d7hZ0hZWHwk"}, []string{"AIkA+gBB", ""}},
	{"include-referred-token-binding-id", []string{"true"}, []string{"TRUE", "1"}},
	{"oscore", []string{"CSU", "BQ", ""}, []string{"CS=", "C+U", "C"}},
	{"hobareg", []string{"regok", "reginwork"}, []string{"ok", ""}},

	{"cookie",
		[]string{"SID=31d4d96e407aad42; lang=en-US", "a=1", `quoted="abc"`, "_ga=GA1.2.123.456;theme=dark", "nameless", "empty="},
		[]string{"", "a=1, b=2", "a b=1", "data={\"a\":1}", "v=has space", `back=sla\sh`}},
	{"cross-origin-resource-policy", []string{"same-origin", "same-site", "cross-origin"}, []string{"Same-Origin", "same-origin-allow-popups", ""}},
	{"clear-site-data", []string{`"cache", "cookies"`, `"*"`, `"storage","executionContexts"`}, []string{"", "cache", `"everything"`, `"cache", cookies`}},
	{"refresh", []string{"5", "0; url=https://example.com/next", "3;URL='/login'", "0.5, /x", "10 url=/a", `1; url="/q"`, "5; url="}, []string{"", "soon", "5x", "-1", "5;url=/a\x01"}},
	{"sec-gpc", []string{"1"}, []string{"0", "true", "?1"}},
	{"sec-purpose", []string{"prefetch", "prefetch;prerender", "prefetch;anonymous-client-ip"}, []string{"", "prefetch;", "pre fetch"}},
	{"sec-fetch-storage-access", []string{"none", "inactive", "active"}, []string{"granted", `"active"`, ""}},
	{"activate-storage-access", []string{"retry; allowed-origin=\"https://foo.bar\"", "load"}, []string{"reload", ""}},
	{"ping-from", []string{"https://example.com/page"}, []string{"/page", ""}},
	{"ping-to", []string{"https://example.net/target"}, []string{"target"}},
	{"content-script-type", []string{"text/javascript"}, []string{"javascript"}},
	{"content-style-type", []string{"text/css"}, []string{""}},
	{"traceparent",
		[]string{"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra"},
		[]string{"", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01", "00-00000000000000000000000000000000-00f067aa0ba902b7-01", "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
			"ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra", "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01",
			"00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-001", "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-0g"}},
	{"tracestate",
		[]string{"rojo=00f067aa0ba902b7,congo=t61rcWkgMzE", "", "a=1 , , b=2", "tenant1@vendor=x", "k_-*/9=v v"},
		[]string{"Rojo=1", "rojo", "rojo=1,rojo=2", "9abc=1", "a=", "a=b,c", "t@Vendor=1", "t@toolongsystemid1=1", "a=x=y", strings.Repeat("a=1,", 33)}},

	{"sec-websocket-key", []string{"dGhlIHNhbXBsZSBub25jZQ=="}, []string{"", "dGhlIHNhbXBsZSBub25jZQ", "short==", "dGhlIHNhbXBsZSBub25jZQ==extra"}},
	{"sec-websocket-accept", []string{"s3pPLMBiTxaQ9kYGzzhZRbK+xOo="}, []string{"dGhlIHNhbXBsZSBub25jZQ==", "s3pPLMBiTxaQ9kYGzzhZRbK+xOo"}},
	{"sec-websocket-version", []string{"13", "13, 8, 7", "0"}, []string{"", "256", "013", "v13"}},
	{"sec-websocket-protocol", []string{"chat, superchat", "graphql-ws"}, []string{"", "chat room"}},
	{"sec-websocket-extensions", []string{"permessage-deflate; client_max_window_bits", "foo, bar; baz=2", `x; y="z"`}, []string{"", "per message", "a; =1"}},
	{"early-data", []string{"1"}, []string{"0", "true", ""}},
	{"capsule-protocol", []string{"?1", "?0"}, []string{"1", "true", ""}},
	{"ttl", []string{"0", "86400"}, []string{"", "-1", "1h"}},
	{"urgency", []string{"very-low", "low", "normal", "high"}, []string{"urgent", "HIGH", ""}},
	{"topic", []string{"upd", "a-Z_09"}, []string{"", "has space", "plus+", strings.Repeat("a", 33)}},
	{"soapaction", []string{`"http://electrocommerce.org/abc#MyMessage"`, `""`, ""}, []string{"http://example.org/action", `"has space"`}},
	{"slug", []string{"The Beach at S%C3%A8te", "plain"}, []string{"bad%zz", "100%", "caf\xc3\xa9"}},
	{"mime-version", []string{"1.0"}, []string{"1", "1.0.0", "one.zero"}},
	{"odata-version", []string{"4.0", "4.01"}, []string{"4", "v4"}},
	{"odata-maxversion", []string{"4.01"}, []string{""}},
	{"odata-isolation", []string{"snapshot", "Snapshot"}, []string{"serializable"}},
	{"isolation", []string{"snapshot"}, []string{""}},
	{"odata-entityid", []string{"https://host/service/Customers('ALFKI')"}, []string{"", "a b"}},
	{"link-template", []string{`"/{username}"; rel="item"`, `"/a{?x}", "/b"`}, []string{"", "</a>; rel=item", "token", `"/unclosed`}},
	{"ediint-features", []string{"multiple-attachments, CEM"}, []string{"", "multiple attachments"}},
	{"safe", []string{"yes", "no"}, []string{"maybe"}},
	{"public", []string{"OPTIONS, MGET, MHEAD, GET, HEAD"}, []string{"", "GET HEAD"}},

	{"available-dictionary", []string{regSHA256}, []string{"", "abc", `"hash"`, ":" + base64.StdEncoding.EncodeToString(make([]byte, 20)) + ":"}},
	{"dictionary-id", []string{`"dictionary-12345"`, `""`}, []string{"dictionary-12345", "", `"` + strings.Repeat("x", 1025) + `"`}},
	{"use-as-dictionary",
		[]string{`match="/product/*"`, `match="/app/*/main.js", match-dest=("script"), id="dictionary-12345", type=raw`},
		[]string{"", `id="x"`, `match=/product/`, `match="/a", match-dest="script"`, `match="/a", match-dest=(script)`, `match="/a", id=12`, `match="/a", type="raw"`, `match="/a", type=(raw)`}},

	{"cmcd-request", []string{"bl=21300,dl=18500,mtp=48100,nor=\"../300kbps/track.m4v\",nrr=\"12323-48763\",su", "ot=v"}, []string{"bl=", "=1", "ot=v,"}},
	{"cmcd-object", []string{"br=3200,d=4004,ot=v,tb=6000"}, []string{"br 3200"}},
	{"cmcd-session", []string{`cid="faec5fc2-ac30-11ea-bb37-0242ac130002",pr=1.08,sf=d,sid="6e2fb550-c457-11e9-bb97-0800200c9a66",st=v`}, []string{"cid=5fc2-ac30"}},
	{"cmcd-status", []string{"rtp=15000", "bs"}, []string{"rtp=15 000"}},
	{"cmsd-static", []string{`at=1677628800000,d=5000,st=v,sf=h,v=1`}, []string{"at=1677628800000,"}},
	{"cmsd-dynamic", []string{`"CDN-Z";etp=96;rtt=8`, `"CDN-Z";etp=96, "Origin";du`}, []string{`"CDN-Z";etp=`, "CDN Z"}},

	{"surrogate-control", []string{`max-age=300+60, content="ESI/1.0"`, "no-store;abc", "no-store-remote", "max-age=30;xyz, max-age=60"}, []string{"", "max-age=soon", "max-age=1+", "max-age", "no store", "no-store;a b"}},
	{"surrogate-capability", []string{`abc="Surrogate/1.0 ESI/1.0"`, `a="ESI/1.0", b="ESI-Inline/1.0"`}, []string{"", "abc=ESI/1.0", "Surrogate/1.0"}},

	{"dav", []string{"1, 2", "1, 3, access-control, calendar-access", "1, <http://apache.org/dav/propset/fs/1>"}, []string{"", "1 2", "<relative>", "<http://x"}},
	{"depth", []string{"0", "1", "infinity", "Infinity"}, []string{"2", "", "inf"}},
	{"destination", []string{"http://www.example.com/users/f/fielding/index.html", "/users/f/index.html", "/a?x=1"}, []string{"", "relative/path", "http://example.com/a#frag", "/a b"}},
	{"if",
		[]string{"(<urn:uuid:181d4fae-7d8c-11d0-a765-00a0c91e6bf2> [\"I-am-an-ETag\"])", "(Not <DAV:no-lock>)", `<http://www.example.com/specs/> (<urn:uuid:181d4fae-7d8c-11d0-a765-00a0c91e6bf2>)`, `(["I-am-an-ETag"]) (["another"])`, `</a> (<urn:x:1>) </b> ([W/"e"])`},
		[]string{"", "()", `(<urn:x:1> ["has space"])`, "(<urn:x:1>", "<http://example.com/a>", "(<urn:x:1>) <http://example.com/b> (<urn:x:2>)", "(notatag)", "([notquoted])", "(<relative>)", "x"}},
	{"lock-token", []string{"<urn:uuid:a515cfa4-5da4-22e1-f5bf-00a0451e6bf7>"}, []string{"urn:uuid:a515cfa4", "", "<opaquelocktoken>"}},
	{"overwrite", []string{"T", "F", "t"}, []string{"true", "", "TF"}},
	{"timeout", []string{"Infinite, Second-4100000000", "Second-3600", "infinite"}, []string{"", "3600", "Second-", "Second-4294967296", "Minute-5", "Second--1"}},
	{"dasl", []string{"<DAV:basicsearch>", "<DAV:basicsearch>, <http://foo.bar.com/syntax1>"}, []string{"", "DAV:basicsearch", "<basicsearch>"}},
	{"position", []string{"first", "last", "after ch4.html", "Before a%20b"}, []string{"", "middle", "after", "after a/b", "after a b"}},
	{"ordering-type", []string{"DAV:custom", "http://example.org/orderings/alpha"}, []string{"custom", ""}},
	{"apply-to-redirect-ref", []string{"T", "F"}, []string{"yes"}},
	{"schedule-reply", []string{"F"}, []string{"0"}},
	{"caldav-timezones", []string{"T"}, []string{"true"}},

	{"content-base", []string{"http://www.example.org/docs/"}, []string{"/docs/", ""}},
	{"content-version", []string{`"3.1"`}, []string{"3.1", `"3.1`}},
	{"derived-from", []string{`"2.0"`}, []string{"2.0"}},
	{"content-id", []string{"<part1.3F1A@example.org>", "<1>"}, []string{"part1@example.org", "<>", "<a b>", ""}},
	{"cookie2", []string{`$Version="1"`, "$Version=1"}, []string{"", "Version=1", "$Version=", "$Version"}},
	{"amp-cache-transform", []string{"any", `google;v="1..100"`, `google, any`}, []string{"", "google;v=", "go ogle"}},
	{"pragma", []string{"no-cache", "no-cache, x-foo=bar", `x="y z"`}, []string{"", "no cache", "x=y z"}},
	{"p3p", []string{`CP="IDC DSP COR ADM DEVi TAIi PSA PSD IVAi IVDi CONi HIS OUR IND CNT"`, `policyref="/w3c/p3p.xml", CP="NOI DSP"`}, []string{"", "CP=IDC DSP", "not a policy"}},
}

// registryIndex looks rows up by name, so these tests run whether or not
// syntax.go has joined registrySyntaxes into its table yet.
func registryIndex(t *testing.T) map[string]fieldSyntax {
	t.Helper()
	m := make(map[string]fieldSyntax, len(registrySyntaxes))
	for _, r := range registrySyntaxes {
		if _, dup := m[r.name]; dup {
			t.Errorf("%s appears twice in registrySyntaxes", r.name)
		}
		m[r.name] = r.syn
	}
	return m
}

func TestRegistryValues(t *testing.T) {
	idx := registryIndex(t)
	for _, tc := range registryCases {
		syn, ok := idx[tc.field]
		if !ok {
			t.Errorf("%s has test cases but no row in registrySyntaxes", tc.field)
			continue
		}
		for _, v := range tc.good {
			if vd := syn.check(v); vd.bad != "" {
				t.Errorf("%s: %q refused: %s", tc.field, v, vd.bad)
			}
		}
		for _, v := range tc.bad {
			vd := syn.check(v)
			if vd.bad == "" {
				t.Errorf("%s: %q accepted, want refused", tc.field, v)
			} else if strings.TrimSpace(vd.bad) == "" || len(vd.bad) > 400 {
				t.Errorf("%s: %q: message %q is empty or too long", tc.field, v, vd.bad)
			}
		}
	}
}

// TestRegistryEveryRowTested keeps each row honest: a checker nobody has
// seen refuse a value could be accepting anything.
func TestRegistryEveryRowTested(t *testing.T) {
	tested := map[string]bool{}
	for _, tc := range registryCases {
		if len(tc.good) > 0 && len(tc.bad) > 0 {
			tested[tc.field] = true
		}
	}
	for _, r := range registrySyntaxes {
		if !tested[r.name] {
			t.Errorf("%s has no good and bad test values in registryCases", r.name)
		}
	}
}

// registryClaimed are the registered fields this table promises to check;
// the test fails when one goes missing.
var registryClaimed = []string{
	"a-im", "accept", "accept-charset", "accept-datetime", "accept-encoding", "accept-language",
	"accept-post", "accept-signature", "activate-storage-access", "alpn", "alt-used", "amp-cache-transform",
	"apply-to-redirect-ref", "authentication-info", "authorization", "available-dictionary",
	"caldav-timezones", "capsule-protocol", "cdn-loop", "cert-not-after", "cert-not-before",
	"clear-site-data", "cmcd-object", "cmcd-request", "cmcd-session", "cmcd-status",
	"cmsd-dynamic", "cmsd-static", "content-base", "content-id", "content-md5",
	"content-script-type", "content-style-type", "content-version", "cookie", "cookie2",
	"cross-origin-resource-policy", "dasl", "dav", "delta-base", "deprecation", "depth",
	"derived-from", "destination", "detached-jws", "dictionary-id", "digest", "dpop",
	"dpop-nonce", "early-data", "ediint-features", "expect", "expect-ct", "forwarded", "from",
	"hobareg", "host", "http2-settings", "if", "if-range", "if-schedule-tag-match", "im",
	"include-referred-token-binding-id", "isolation", "link-template", "lock-token",
	"memento-datetime", "mime-version", "negotiate", "odata-entityid", "odata-isolation",
	"odata-maxversion", "odata-version", "optional-www-authenticate", "ordering-type", "origin",
	"oscore", "overwrite", "p3p", "ping-from", "ping-to", "position", "pragma", "prefer",
	"preference-applied", "proxy-authentication-info", "proxy-authorization", "public",
	"public-key-pins", "public-key-pins-report-only", "range", "referer", "refresh",
	"repeatability-first-sent", "repeatability-result", "replay-nonce", "safe",
	"schedule-reply", "schedule-tag", "sec-fetch-storage-access", "sec-gpc", "sec-purpose",
	"sec-token-binding", "sec-websocket-accept", "sec-websocket-extensions", "sec-websocket-key",
	"sec-websocket-protocol", "sec-websocket-version", "server", "slug", "soapaction", "sunset",
	"surrogate-capability", "surrogate-control", "tcn", "te", "timeout", "topic", "traceparent",
	"tracestate", "ttl", "urgency", "use-as-dictionary", "user-agent", "via", "want-digest",
	"warning",
}

func TestRegistryCoversClaimed(t *testing.T) {
	idx := registryIndex(t)
	iana := map[string]bool{}
	for _, n := range ianaNames(t) {
		iana[strings.ToLower(n)] = true
	}
	claimed := map[string]bool{}
	for _, n := range registryClaimed {
		claimed[n] = true
		if _, ok := idx[n]; !ok {
			t.Errorf("%s is claimed but has no row in registrySyntaxes", n)
		}
		if !iana[n] {
			t.Errorf("%s is claimed but is not in the IANA registry list", n)
		}
	}
	for _, r := range registrySyntaxes {
		if !claimed[r.name] {
			t.Errorf("%s has a row but is not in registryClaimed", r.name)
		}
	}
}

// TestRegistryNoOverlap: a name in two tables would have one checker
// silently replace the other.
func TestRegistryNoOverlap(t *testing.T) {
	plain := map[string]bool{}
	for _, p := range plainSyntaxes {
		plain[p.name] = true
	}
	for _, r := range registrySyntaxes {
		if r.name != strings.ToLower(r.name) || strings.TrimSpace(r.name) != r.name {
			t.Errorf("%q is not a lower-case field name", r.name)
		}
		if plain[r.name] {
			t.Errorf("%s is in both registrySyntaxes and plainSyntaxes", r.name)
		}
		if _, ok := structuredFields[r.name]; ok {
			t.Errorf("%s is in both registrySyntaxes and structuredFields", r.name)
		}
		if r.syn.check == nil {
			t.Errorf("%s has no checker", r.name)
		}
	}
}

// TestRegistryHostile feeds every checker megabyte values of the shapes
// that make naive scanners slow or crash, and bounds the time taken.
func TestRegistryHostile(t *testing.T) {
	const n = 1 << 20
	shapes := []string{
		strings.Repeat("a", n),
		strings.Repeat(",", n),
		strings.Repeat(";", n),
		strings.Repeat("\"", n),
		strings.Repeat("(", n),
		strings.Repeat("<", n),
		strings.Repeat("[", n),
		strings.Repeat("a=", n/2),
		strings.Repeat("a=1,", n/4),
		strings.Repeat("(<urn:x:1>)", n/11),
		strings.Repeat("1.1 a (b), ", n/11),
		strings.Repeat("\\", n),
		strings.Repeat("%", n),
		strings.Repeat(".", n),
		strings.Repeat("\xff", n),
		"Bearer " + strings.Repeat("a", n),
		"bytes=" + strings.Repeat("0-1,", n/4),
	}
	// Many distinct names defeat checks that compare each name with all
	// the names before it.
	var distinct strings.Builder
	for i := 0; distinct.Len() < n; i++ {
		fmt.Fprintf(&distinct, "p%d=1;", i)
	}
	shapes = append(shapes, distinct.String(), strings.ReplaceAll(distinct.String(), ";", ","),
		strings.ReplaceAll(distinct.String(), ";", "; "))
	for _, r := range registrySyntaxes {
		start := time.Now()
		for _, s := range shapes {
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Errorf("%s panicked on a %d-byte value: %v", r.name, len(s), p)
					}
				}()
				r.syn.check(s)
			}()
		}
		// Linear scans of 17 MB take well under a second; a quadratic one
		// would take hours.
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s took %v on hostile values", r.name, d)
		}
	}
}

// TestRegistryShortValues runs every checker on every short prefix of a
// few tricky values, where index arithmetic goes wrong.
func TestRegistryShortValues(t *testing.T) {
	seeds := []string{
		"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
		`</a> (Not <urn:x:1> ["e"])`,
		`110 - "x" "Thu, 03 Dec 2026 09:00:00 GMT"`,
		"[2001:db8::1]:8080",
		"Second-3600",
		"5; url='/x'",
		`a="b\"c"; d=(e f), g`,
	}
	for _, r := range registrySyntaxes {
		for _, s := range seeds {
			for i := 0; i <= len(s); i++ {
				func() {
					defer func() {
						if p := recover(); p != nil {
							t.Errorf("%s panicked on %q: %v", r.name, s[:i], p)
						}
					}()
					r.syn.check(s[:i])
				}()
			}
		}
	}
}
