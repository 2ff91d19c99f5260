package status

import "github.com/httpexplain/httpexplain/app/knowledge/note"

// Note ids this package raises. Ids are stable; wording may change.
const (
	IDReasonDiffers           = "status.reason-differs"
	IDUnregistered            = "status.unregistered"
	IDInvalid                 = "status.invalid"
	IDObsolete                = "status.obsolete"
	IDCreatedNoLocation       = "status.created-no-location"
	IDRedirectNoLocation      = "status.redirect-no-location"
	IDNotModifiedNoValidator  = "status.not-modified-no-validator"
	IDMethodNotAllowedNoAllow = "status.method-not-allowed-no-allow"
	IDUnauthorizedNoChallenge = "status.unauthorized-no-challenge"
	IDProxyAuthNoChallenge    = "status.proxy-auth-no-challenge"
	IDRetryAfterMissing       = "status.retry-after-missing"
	IDRangeNoContentRange     = "status.range-no-content-range"
	IDNoContentHasBody        = "status.no-content-has-body"
	IDUpgradeNoUpgrade        = "status.upgrade-no-upgrade"
	IDInterim                 = "status.interim"
)

// defs are every note this package can raise, in the order Check looks.
// Summaries take %s verbs that Check fills.
var defs = []note.Def{
	{
		ID:        IDReasonDiffers,
		Level:     note.Info,
		Summary:   "The reason phrase %s differs from the registered name %s.",
		Detail:    "Clients ignore the reason phrase; only the number counts, so this is harmless. A different phrase hints at a custom server, a framework's own wording, or a proxy that rewrote the status line.",
		Reference: "https://www.rfc-editor.org/rfc/rfc9112#section-4",
	},
	{
		ID:        IDUnregistered,
		Level:     note.Info,
		Summary:   "%s is not a registered HTTP status code: %s.",
		Detail:    "Codes outside the IANA registry mean only what their sender says they mean. A generic client treats an unknown code like the x00 code of its class (400 for a 4xx, 500 for a 5xx).",
		Reference: "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml",
	},
	{
		ID:        IDInvalid,
		Level:     note.Bad,
		Summary:   "%s is not a valid HTTP status code: a status is three digits from 100 to 599.",
		Detail:    "Either the sender wrote a broken status line or the paste was damaged. Clients may reject such a response outright.",
		Reference: rfc9110 + "15",
	},
	{
		ID:        IDObsolete,
		Level:     note.Warn,
		Summary:   "%s %s is obsolete: %s.",
		Detail:    "Current clients do not give an obsolete code any special meaning. The server should send a code in current use.",
		Reference: "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml",
	},
	{
		ID:        IDCreatedNoLocation,
		Level:     note.Info,
		Summary:   "201 Created without a Location field.",
		Detail:    "Without Location, the new resource is taken to be the request's own URL. That suits a PUT; after a POST the client has to dig the new id out of the body.",
		Reference: rfc9110 + "15.3.2",
	},
	{
		ID:        IDRedirectNoLocation,
		Level:     note.Warn,
		Summary:   "%s redirect without a Location field: clients have nowhere to go.",
		Detail:    "A redirect says where to go in its Location field. Without one, browsers show the response body and API clients stop with the redirect as the result.",
		Reference: rfc9110 + "10.2.2",
	},
	{
		ID:        IDNotModifiedNoValidator,
		Level:     note.Info,
		Summary:   "304 Not Modified without ETag or Last-Modified.",
		Detail:    "A 304 should repeat the validators the full response would carry. Caches use them to pick which stored copy to refresh; without them a cache holding several copies cannot tell which one is meant, and a server that sent an ETag with the 200 must repeat it here.",
		Reference: rfc9110 + "15.4.5",
	},
	{
		ID:        IDMethodNotAllowedNoAllow,
		Level:     note.Warn,
		Summary:   "405 Method Not Allowed without an Allow field.",
		Detail:    "A 405 must list the methods the URL accepts in an Allow field, so the client knows what to use instead.",
		Reference: rfc9110 + "15.5.6",
	},
	{
		ID:        IDUnauthorizedNoChallenge,
		Level:     note.Warn,
		Summary:   "401 Unauthorized without a WWW-Authenticate field.",
		Detail:    "A 401 must say how to authenticate in WWW-Authenticate (for example Bearer or Basic). Many APIs leave it out; clients then cannot tell which credentials are wanted, and some libraries mishandle the response. If no login can help, 403 is the better code.",
		Reference: rfc9110 + "15.5.2",
	},
	{
		ID:        IDProxyAuthNoChallenge,
		Level:     note.Warn,
		Summary:   "407 Proxy Authentication Required without a Proxy-Authenticate field.",
		Detail:    "A 407 must say how to authenticate to the proxy in Proxy-Authenticate; without it the client cannot log in to the proxy.",
		Reference: rfc9110 + "15.5.8",
	},
	{
		ID:        IDRetryAfterMissing,
		Level:     note.Info,
		Summary:   "%s without a Retry-After field: the client has to guess how long to wait.",
		Detail:    "Retry-After tells clients when to come back. Without it they fall back on their own backoff, which may be too eager or too slow. Rate-limit fields or the body may still give a reset time.",
		Reference: rfc9110 + "10.2.3",
	},
	{
		ID:        IDRangeNoContentRange,
		Level:     note.Warn,
		Summary:   "%s without a Content-Range field.",
		Detail:    "A single-part 206 must say which bytes it holds in Content-Range, or the client cannot place them; a 416 should give the real size as Content-Range: bytes */size. (A multipart/byteranges 206 carries Content-Range in each part instead.)",
		Reference: rfc9110 + "14.4",
	},
	{
		ID:        IDNoContentHasBody,
		Level:     note.Warn,
		Summary:   "%s carries a body of %s bytes; this status never has one.",
		Detail:    "Clients stop reading after the header of a 204, 205 or 304, so the stray bytes are taken as the start of the next response on the connection, which can corrupt it.",
		Reference: rfc9110 + "15.3.5",
	},
	{
		ID:        IDUpgradeNoUpgrade,
		Level:     note.Warn,
		Summary:   "%s without an Upgrade field.",
		Detail:    "A 101 must name the protocol it switches to in Upgrade, and a 426 must name the protocols the client may switch to; without it the client does not know what to speak.",
		Reference: rfc9110 + "7.8",
	},
	{
		ID:        IDInterim,
		Level:     note.Info,
		Summary:   "%s %s is an interim response: the final response follows it.",
		Detail:    "1xx responses come before the real answer on the same request. Tools like curl -v show them one after another; look at the last status for the outcome.",
		Reference: rfc9110 + "15.2",
	},
}

// Notes returns every note this package can raise.
func Notes() []note.Def {
	out := make([]note.Def, len(defs))
	copy(out, defs)
	return out
}

// defByID finds a definition; ids are constants of this package, so a
// miss is a programming error that the tests catch.
func defByID(id string) note.Def {
	for _, d := range defs {
		if d.ID == id {
			return d
		}
	}
	return note.Def{ID: id, Level: note.Info, Summary: id}
}
