package field

import "github.com/httpexplain/httpexplain/app/knowledge/note"

// Reference roots for the notes, to keep the table readable.
const (
	nRFC9110 = "https://www.rfc-editor.org/rfc/rfc9110#section-"
	nRFC9111 = "https://www.rfc-editor.org/rfc/rfc9111#section-"
	nRFC9112 = "https://www.rfc-editor.org/rfc/rfc9112#section-"
	nRFC6265 = "https://www.rfc-editor.org/rfc/rfc6265#section-"
	n6265bis = "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-"
	nFetch   = "https://fetch.spec.whatwg.org/#"
	nIANA    = "https://www.iana.org/assignments/http-fields/http-fields.xhtml"
)

// defs is every note this package raises. Summaries hold only %s verbs;
// the checks fill them with specifics.
var defs = []note.Def{
	// Field lines in general.
	{ID: "field.invalid", Level: note.Bad,
		Summary:   "%s is not valid: %s",
		Detail:    "The value does not follow the syntax its specification gives. Clients and caches may ignore the field, read it differently from one another, or reject the whole response.",
		Reference: nRFC9110 + "5.5"},
	{ID: "field.duplicate-singleton", Level: note.Bad,
		Summary:   "%s appears %s times; it may appear only once",
		Detail:    "This field carries a single value, so sending it more than once is an error. Recipients pick the first, the last, or reject the message, and they do not agree on which.",
		Reference: nRFC9110 + "5.3"},
	{ID: "field.deprecated", Level: note.Warn,
		Summary:   "%s is deprecated",
		Detail:    "The IANA field registry marks this field as deprecated: it still works in places but should no longer be sent. Check the registry entry for what replaces it.",
		Reference: nIANA},
	{ID: "field.obsoleted", Level: note.Warn,
		Summary:   "%s is obsolete",
		Detail:    "The IANA field registry marks this field as obsoleted: current software is expected to ignore it, so it has no effect and can be removed.",
		Reference: nIANA},
	{ID: "field.unknown", Level: note.Info,
		Summary:   "%s is not a field we know",
		Detail:    "This name is not in the IANA registry or our list of common vendor fields. It is most likely specific to the server, proxy or application that sent it.",
		Reference: nIANA},
	{ID: "field.space-before-colon", Level: note.Bad,
		Summary:   "%s has white space between its name and the colon",
		Detail:    "HTTP/1.1 forbids white space before the colon. Servers must reject such a request and proxies must strip the space from a response; either way some software will misread the field.",
		Reference: nRFC9112 + "5.1"},
	{ID: "field.invalid-name", Level: note.Bad,
		Summary:   "%s is not a valid field name",
		Detail:    "Field names may hold only letters, digits and a few punctuation marks (no spaces, colons or quotes). A name outside that set is usually a copying mistake or a broken client.",
		Reference: nRFC9110 + "5.1"},
	{ID: "coding.unknown", Level: note.Warn,
		Summary:   "%s is not a registered coding",
		Detail:    "A client that does not know a coding cannot decode the body. Registered codings include gzip, deflate, br and zstd for content, and chunked for transfer.",
		Reference: nRFC9110 + "8.4.1"},

	// Dates.
	{ID: "date.obsolete-format", Level: note.Info,
		Summary:   "The date uses the obsolete %s form",
		Detail:    "Recipients still accept this older date form, but senders are expected to use the fixed form \"Sun, 06 Nov 1994 08:49:37 GMT\".",
		Reference: nRFC9110 + "5.6.7"},
	{ID: "date.missing", Level: note.Warn,
		Summary:   "The response has no Date",
		Detail:    "An origin server with a clock must send Date on 2xx, 3xx and 4xx responses. Without it caches have to guess the age of the response, and logs cannot be matched with it.",
		Reference: nRFC9110 + "6.6.1"},
	{ID: "date.age", Level: note.Info,
		Summary:   "Served from a cache %s after the origin produced it at %s",
		Detail:    "Age counts the seconds a response has spent in caches. Date is when the origin made it, so the copy you received was that much older than Date suggests; this is normal for a CDN hit.",
		Reference: nRFC9111 + "5.1"},
	{ID: "date.last-modified-future", Level: note.Warn,
		Summary:   "Last-Modified (%s) is later than Date (%s)",
		Detail:    "A resource cannot have changed after the response was made. The server clock or the modification time is wrong, which can confuse caches that revalidate with If-Modified-Since.",
		Reference: nRFC9110 + "8.8.2.1"},

	// Caching.
	{ID: "cache.freshness", Level: note.Info,
		Summary:   "Fresh for %s",
		Detail:    "While a response is fresh, caches may reuse it without asking the server. After that they must revalidate it or fetch it again.",
		Reference: nRFC9111 + "4.2.1"},
	{ID: "cache.heuristic", Level: note.Info,
		Summary:   "No explicit lifetime: caches may guess one (%s)",
		Detail:    "Without max-age, s-maxage or Expires, caches are allowed to pick a freshness lifetime for this status code themselves, commonly a tenth of the time since Last-Modified. Set Cache-Control to make the behaviour predictable.",
		Reference: nRFC9111 + "4.2.2"},
	{ID: "cache.no-validator", Level: note.Info,
		Summary:   "No ETag or Last-Modified: caches cannot revalidate",
		Detail:    "Once this response goes stale, a cache has to download it again in full, because it has nothing to send in a conditional request to ask \"has this changed?\".",
		Reference: nRFC9111 + "4.3"},
	{ID: "cache.vary-star", Level: note.Warn,
		Summary:   "Vary: * makes the response unusable for later requests",
		Detail:    "\"*\" says the response depends on things outside the request headers, so no cache can ever reuse it. If the intent is \"do not cache\", Cache-Control: no-store says so plainly.",
		Reference: nRFC9110 + "12.5.5"},
	{ID: "cache.age-over-lifetime", Level: note.Warn,
		Summary:   "Already stale when sent: Age %s exceeds the freshness lifetime %s",
		Detail:    "A cache served a copy older than its lifetime. That is allowed only in special cases (stale-while-revalidate, stale-if-error, or the origin being unreachable) and usually means outdated content.",
		Reference: nRFC9111 + "4.2.4"},
	{ID: "cache.no-store-and-private", Level: note.Info,
		Summary:   "no-store and private together: private adds nothing",
		Detail:    "no-store forbids every cache, the browser's included, from keeping the response; private only keeps it out of shared caches. Pick the one meant.",
		Reference: nRFC9111 + "5.2.2.5"},
	{ID: "cache.no-store-with-lifetime", Level: note.Warn,
		Summary:   "no-store contradicts %s",
		Detail:    "no-store stops all caching, so a freshness lifetime or public next to it has no effect and suggests a misconfiguration.",
		Reference: nRFC9111 + "5.2.2.5"},
	{ID: "cache.public-set-cookie", Level: note.Warn,
		Summary:   "Set-Cookie on a response shared caches may store (%s)",
		Detail:    "A CDN or proxy that keeps this response can hand the same cookie, perhaps someone's session, to every later visitor. Mark the response private, or keep Set-Cookie out of cacheable responses.",
		Reference: nRFC9111 + "7.3"},
	{ID: "cache.pragma", Level: note.Info,
		Summary:   "Pragma has no defined meaning in a response",
		Detail:    "Pragma: no-cache is a request directive from HTTP/1.0. In a response caches ignore it; use Cache-Control instead.",
		Reference: nRFC9111 + "5.4"},
	{ID: "cache.expires-ignored", Level: note.Info,
		Summary:   "Expires is ignored because %s is present",
		Detail:    "When Cache-Control gives max-age or s-maxage, caches use that and disregard Expires.",
		Reference: nRFC9111 + "5.3"},

	// CORS.
	{ID: "cors.wildcard-with-credentials", Level: note.Bad,
		Summary:   "Access-Control-Allow-Origin: * with credentials allowed",
		Detail:    "Browsers refuse a credentialed cross-origin response whose allowed origin is \"*\". The server must echo the caller's exact origin (and add Vary: Origin) when cookies or auth are involved.",
		Reference: nFetch + "cors-protocol-and-credentials"},
	{ID: "cors.missing-vary-origin", Level: note.Warn,
		Summary:   "Access-Control-Allow-Origin names %s but Vary lacks Origin",
		Detail:    "The allowed origin changes with the request's Origin, so caches must key on it. Without Vary: Origin a cache can hand one site's response to another, which then fails the CORS check.",
		Reference: nFetch + "cors-protocol-and-http-caches"},
	{ID: "cors.null-origin", Level: note.Warn,
		Summary:   "Access-Control-Allow-Origin: null lets sandboxed and local pages in",
		Detail:    "Browsers send Origin: null from sandboxed iframes, data: URLs, local files and some redirects, so allowing \"null\" opens the resource to any page that can put itself in that state. Name the real origins instead.",
		Reference: "https://w3c.github.io/webappsec-cors-for-developers/#avoid-returning-access-control-allow-origin-null"},
	{ID: "cors.preflight-incomplete", Level: note.Bad,
		Summary:   "The preflight answer lacks %s",
		Detail:    "A preflight (OPTIONS with Access-Control-Request-Method) succeeds only if the response allows the origin, the method and every requested header. Otherwise the browser never sends the real request.",
		Reference: nFetch + "http-responses"},

	// Cookies.
	{ID: "cookie.samesite-none-without-secure", Level: note.Bad,
		Summary:   "Cookie %s has SameSite=None without Secure",
		Detail:    "Browsers reject SameSite=None cookies that are not also marked Secure, so this cookie is dropped.",
		Reference: n6265bis + "4.1.2.7"},
	{ID: "cookie.no-secure", Level: note.Warn,
		Summary:   "Cookie %s is not marked Secure",
		Detail:    "Without Secure the browser also sends the cookie over plain HTTP, where anyone on the network can read it.",
		Reference: nRFC6265 + "4.1.2.5"},
	{ID: "cookie.no-httponly", Level: note.Warn,
		Summary:   "Cookie %s looks like a session cookie but is not HttpOnly",
		Detail:    "Scripts on the page can read a cookie that lacks HttpOnly, so a cross-site scripting bug can steal the session.",
		Reference: nRFC6265 + "4.1.2.6"},
	{ID: "cookie.expired", Level: note.Info,
		Summary:   "Cookie %s is deleted (%s)",
		Detail:    "A cookie that expires at once tells the browser to remove any stored cookie of that name, domain and path. This is how servers log users out.",
		Reference: nRFC6265 + "4.1.2.2"},
	{ID: "cookie.too-big", Level: note.Bad,
		Summary:   "Cookie %s is %s bytes; browsers ignore cookies over 4096",
		Detail:    "The name and value together may not exceed 4096 bytes; a larger cookie is silently dropped.",
		Reference: nRFC6265 + "6.1"},
	{ID: "cookie.prefix", Level: note.Bad,
		Summary:   "Cookie %s breaks its name prefix: %s",
		Detail:    "Names starting with __Secure- must be Secure; names starting with __Host- must also have Path=/ and no Domain. Browsers reject cookies that break these rules.",
		Reference: n6265bis + "4.1.3"},
	{ID: "cookie.duplicate", Level: note.Warn,
		Summary:   "Cookie %s is set %s times in one response",
		Detail:    "Each Set-Cookie line for the same name, domain and path replaces the one before, so only the last counts. Usually two layers of the application both set it.",
		Reference: nRFC6265 + "5.3"},
	{ID: "cookie.partitioned-without-secure", Level: note.Bad,
		Summary:   "Cookie %s is Partitioned without Secure",
		Detail:    "Partitioned cookies must be Secure; browsers reject them otherwise.",
		Reference: "https://github.com/privacycg/CHIPS#opt-in-cross-site-cookies"},

	// Browser security headers, checked on HTML pages only.
	{ID: "security.hsts-missing", Level: note.Warn,
		Summary:   "HTML page without Strict-Transport-Security",
		Detail:    "HSTS tells browsers to use HTTPS for this site from now on, which stops downgrade attacks on later visits.",
		Reference: "https://www.rfc-editor.org/rfc/rfc6797#section-6.1"},
	{ID: "security.hsts-over-http", Level: note.Info,
		Summary:   "Strict-Transport-Security over plain HTTP is ignored",
		Detail:    "Browsers act on HSTS only when it arrives over HTTPS; on an http:// response it does nothing. Redirect to HTTPS and send it there.",
		Reference: "https://www.rfc-editor.org/rfc/rfc6797#section-8.1"},
	{ID: "security.nosniff-missing", Level: note.Info,
		Summary:   "HTML page without X-Content-Type-Options: nosniff",
		Detail:    "nosniff stops browsers from guessing a different content type than the one declared, which closes off some script injection tricks.",
		Reference: nFetch + "x-content-type-options-header"},
	{ID: "security.csp-missing", Level: note.Info,
		Summary:   "HTML page without Content-Security-Policy",
		Detail:    "A Content-Security-Policy limits where scripts and other resources may load from, which blunts cross-site scripting.",
		Reference: "https://www.w3.org/TR/CSP3/#csp-header"},
	{ID: "security.frame-missing", Level: note.Warn,
		Summary:   "HTML page that any site may frame",
		Detail:    "Neither X-Frame-Options nor a CSP frame-ancestors directive is set, so other sites can embed this page and trick users into clicking on it (clickjacking).",
		Reference: "https://www.w3.org/TR/CSP3/#directive-frame-ancestors"},

	// Content type and body.
	{ID: "content-type.mismatch", Level: note.Warn,
		Summary:   "The body is JSON but is labelled %s",
		Detail:    "Clients choose a parser by Content-Type. JSON sent as text may be shown as text or not parsed at all; it should be application/json.",
		Reference: nRFC9110 + "8.3"},
	{ID: "content-type.missing", Level: note.Warn,
		Summary:   "The response has a body but no Content-Type",
		Detail:    "Without Content-Type clients have to guess what the body is, and different clients guess differently.",
		Reference: nRFC9110 + "8.3"},
	{ID: "content-type.no-charset", Level: note.Info,
		Summary:   "%s without a charset",
		Detail:    "For text types the character encoding should be declared (for example charset=utf-8); otherwise clients guess, and non-ASCII characters may come out garbled.",
		Reference: nRFC9110 + "8.3.2"},
	{ID: "body.length-and-chunked", Level: note.Bad,
		Summary:   "Both Content-Length and Transfer-Encoding are present",
		Detail:    "A sender must not send both. Recipients use Transfer-Encoding and ignore Content-Length, but the mix is a sign of a broken proxy and a classic request-smuggling risk.",
		Reference: nRFC9112 + "6.3"},
	{ID: "h2.hop-by-hop", Level: note.Bad,
		Summary:   "%s is not allowed in %s",
		Detail:    "HTTP/2 and HTTP/3 have no connection-specific header fields; a message holding one is malformed and clients may reject the whole response. Usually a proxy copied it from an HTTP/1.1 upstream.",
		Reference: "https://www.rfc-editor.org/rfc/rfc9113#section-8.2.2"},

	// Authentication.
	{ID: "auth.missing-challenge", Level: note.Bad,
		Summary:   "401 without WWW-Authenticate",
		Detail:    "A 401 response must say how to authenticate in WWW-Authenticate. Many API gateways skip it; clients then cannot tell which credentials are wanted.",
		Reference: nRFC9110 + "15.5.2"},
	{ID: "auth.bearer-error", Level: note.Info,
		Summary:   "The bearer token was refused: %s",
		Detail:    "OAuth 2.0 servers explain a refused token in the WWW-Authenticate error parameter: invalid_request (malformed request), invalid_token (expired, revoked or wrong audience) or insufficient_scope (the token lacks a permission).",
		Reference: "https://www.rfc-editor.org/rfc/rfc6750#section-3.1"},
}

// defByID indexes defs; built once.
var defByID = indexDefs(defs)

func indexDefs(ds []note.Def) map[string]note.Def {
	m := make(map[string]note.Def, len(ds))
	for _, d := range ds {
		m[d.ID] = d
	}
	return m
}

// Notes returns every note this package can raise.
func Notes() []note.Def {
	return append([]note.Def(nil), defs...)
}
