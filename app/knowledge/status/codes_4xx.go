package status

// codes4xx are the registered client error codes, with 418, which the
// registry keeps as reserved.
var codes4xx = []Entry{
	{
		Code:    400,
		Title:   "Bad Request",
		Summary: "The server could not or would not process the request because something in it is wrong: its syntax, a parameter, or the body.",
		Causes: []string{
			"A malformed JSON body, or a body that does not match the Content-Type.",
			"A missing or invalid parameter.",
			"A header too large or malformed for a proxy or server (some send 400 rather than 431).",
		},
		NextSteps: []string{
			"Read the response body: most APIs say which field or parameter is wrong.",
			"Fix the request; sending it unchanged will fail the same way.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.1",
	},
	{
		Code:    401,
		Title:   "Unauthorized",
		Summary: "The request lacks valid credentials: no token, a wrong one, or an expired one. Despite the name it is about authentication, not permission.",
		Causes: []string{
			"A missing Authorization header, or a wrong scheme (Bearer versus Basic).",
			"An expired or revoked access token or API key.",
			"A key for a different environment (test versus live, another region).",
		},
		NextSteps: []string{
			"Check that the request carries credentials, in the form WWW-Authenticate asks for.",
			"Refresh the token or re-authenticate, then send the request again.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.2",
	},
	{
		Code:    402,
		Title:   "Payment Required",
		Summary: "Reserved by the standard for future use; in practice services use it for billing problems: a declined card, an unpaid plan, or a used-up quota.",
		Causes: []string{
			"A payment API declining a charge (Stripe uses 402 for card errors).",
			"An account whose subscription lapsed or whose credit ran out.",
		},
		NextSteps: []string{
			"Read the body for the billing reason; fix the payment method or plan.",
			"Do not retry unchanged: it will be refused again.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.3",
	},
	{
		Code:    403,
		Title:   "Forbidden",
		Summary: "The server understood who is asking, or does not care, and refuses anyway. New credentials of the same kind will not help unless they carry more rights.",
		Causes: []string{
			"A token without the scope or role this action needs.",
			"A firewall, WAF or IP allow-list blocking the caller.",
			"Access to a resource that belongs to another account.",
		},
		NextSteps: []string{
			"Check the permissions, scopes or role of the account making the call.",
			"If a WAF or CDN sent it (look at the Server field and the body), ask its owner to review the block.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.4",
	},
	{
		Code:    404,
		Title:   "Not Found",
		Summary: "The server has nothing at this URL, or will not admit that it has. Some APIs also answer 404 to hide resources the caller may not see.",
		Causes: []string{
			"A typo in the path, a wrong API version or base URL.",
			"A resource that was deleted, or an id from another account or environment.",
			"A resource the caller is not allowed to know about.",
		},
		NextSteps: []string{
			"Check the URL, the API version and the id against the documentation.",
			"Check that the id belongs to the same account and environment as the credentials.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.5",
	},
	{
		Code:    405,
		Title:   "Method Not Allowed",
		Summary: "The URL exists but does not accept this method (a POST where only GET works, say). The Allow field lists the methods it accepts.",
		Causes: []string{
			"A wrong method for the endpoint.",
			"A missing or extra path segment that lands on a different route.",
			"A static file server or CDN that only serves GET and HEAD.",
		},
		NextSteps: []string{
			"Use one of the methods in the Allow field, and check the URL.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.6",
	},
	{
		Code:    406,
		Title:   "Not Acceptable",
		Summary: "The server cannot produce the resource in any form the client said it accepts (through Accept, Accept-Language and the like).",
		Causes: []string{
			"An Accept field naming a type the API does not offer, such as Accept: application/xml to a JSON-only API.",
			"A vendor media type with a version the server does not know.",
		},
		NextSteps: []string{
			"Loosen or correct the Accept field (application/json, or */*).",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.7",
	},
	{
		Code:    407,
		Title:   "Proxy Authentication Required",
		Summary: "A proxy between the client and the server wants credentials before it forwards the request. The Proxy-Authenticate field says how.",
		Causes: []string{
			"A corporate proxy that needs a login.",
			"Proxy credentials missing from the client's proxy settings.",
		},
		NextSteps: []string{
			"Give the client the proxy's credentials (Proxy-Authorization), or route around the proxy.",
			"This is the customer's network, not the API: their IT team owns the fix.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.8",
	},
	{
		Code:    408,
		Title:   "Request Timeout",
		Summary: "The server gave up waiting for the client to finish sending the request, and closed the connection. The request was not processed.",
		Causes: []string{
			"A slow or stalled upload.",
			"An idle keep-alive connection that the server closed while the client reused it.",
		},
		NextSteps: []string{
			"Send the request again on a new connection.",
			"For large uploads, check the client's network and the server's timeouts.",
		},
		Retry:     RetryWithBackoff,
		Reference: rfc9110 + "15.5.9",
		Aliases:   []string{"Request Time-out"},
	},
	{
		Code:    409,
		Title:   "Conflict",
		Summary: "The request clashes with the current state of the resource: a duplicate, a version mismatch, or an edit someone else made first.",
		Causes: []string{
			"Creating something that already exists (same e-mail, same unique name).",
			"An update based on an outdated version of the record.",
			"An idempotency key reused while the first request is still running, or with different parameters.",
		},
		NextSteps: []string{
			"Read the body for what clashed; fetch the current state and decide again.",
			"Do not resend blindly: the same request will clash again.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.10",
	},
	{
		Code:    410,
		Title:   "Gone",
		Summary: "The resource used to be here and was removed for good, with no new address. Unlike 404, the server knows it will not come back.",
		Causes: []string{
			"A retired API version or endpoint.",
			"Deleted content, or an expired link.",
		},
		NextSteps: []string{
			"Stop calling this URL; move to the replacement the documentation names.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.5.11",
	},
	{
		Code:    411,
		Title:   "Length Required",
		Summary: "The server wants a Content-Length field with the request and will not accept a body of unknown length.",
		Causes: []string{
			"A POST or PUT sent with chunked encoding to a server that does not accept it.",
			"A POST with no body and no Content-Length: 0.",
		},
		NextSteps: []string{
			"Send Content-Length (Content-Length: 0 for an empty body).",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.12",
	},
	{
		Code:    412,
		Title:   "Precondition Failed",
		Summary: "A condition the client set in the request (If-Match, If-Unmodified-Since) was false, so the server did nothing. Usually someone else changed the resource first.",
		Causes: []string{
			"An update with an If-Match ETag that no longer matches.",
			"Two clients editing the same record at once.",
		},
		NextSteps: []string{
			"Fetch the resource again, reapply the change to the new version, and send it with the new ETag.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.13",
	},
	{
		Code:    413,
		Title:   "Content Too Large",
		Summary: "The request body is bigger than the server, or a proxy in front of it, will take.",
		Causes: []string{
			"An upload over the size limit of the API, nginx (client_max_body_size) or a CDN.",
			"A base64-encoded file inside JSON, which grows the body by a third.",
		},
		NextSteps: []string{
			"Make the body smaller, split it, or use the service's upload method for large files.",
			"If Retry-After is present, the limit is temporary and the request may be sent again later.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.14",
		Aliases:   []string{"Payload Too Large", "Request Entity Too Large"},
	},
	{
		Code:    414,
		Title:   "URI Too Long",
		Summary: "The URL is longer than the server will read.",
		Causes: []string{
			"Too many or too long query parameters, such as a long list of ids.",
			"A redirect loop that keeps adding to the query string.",
		},
		NextSteps: []string{
			"Move the data into a request body (POST, or QUERY where supported) or shorten the query.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.15",
		Aliases:   []string{"Request-URI Too Long", "Request-URI Too Large"},
	},
	{
		Code:    415,
		Title:   "Unsupported Media Type",
		Summary: "The server does not accept the body in the format sent: the Content-Type or Content-Encoding is one it cannot read.",
		Causes: []string{
			"A JSON body sent without Content-Type: application/json (curl -d sends form encoding by default).",
			"A form-encoded or XML body to a JSON-only API.",
			"A compressed body the server cannot decode.",
		},
		NextSteps: []string{
			"Set Content-Type to what the API expects and make the body match it.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.16",
	},
	{
		Code:    416,
		Title:   "Range Not Satisfiable",
		Summary: "The byte range the client asked for is outside the resource, usually past its end. Content-Range: bytes */N gives the real size.",
		Causes: []string{
			"Resuming a download of a file that has since shrunk or changed.",
			"A range start beyond the end of the file.",
		},
		NextSteps: []string{
			"Drop the Range field and download the whole resource, or ask for a range inside its size.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.17",
		Aliases:   []string{"Requested Range Not Satisfiable", "Requested range not satisfiable"},
	},
	{
		Code:    417,
		Title:   "Expectation Failed",
		Summary: "The server, or a proxy, cannot meet the Expect field of the request; in practice that is Expect: 100-continue.",
		Causes: []string{
			"An old proxy that does not support Expect: 100-continue.",
			"An Expect value other than 100-continue.",
		},
		NextSteps: []string{
			"Send the request without Expect (with curl: -H 'Expect:').",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.18",
	},
	{
		Code:    418,
		Title:   "Unused",
		Summary: "Reserved: 418 began as the April Fools' \"I'm a teapot\" joke (RFC 2324) and is kept unused because so many servers send it as an easter egg. Some sites send it to refuse bots.",
		Causes: []string{
			"An easter egg in a framework or demo server.",
			"A site or WAF that answers 418 to requests it takes for automated traffic.",
		},
		NextSteps: []string{
			"Treat it as a refusal; if it is a bot block, slow down or use the service's official API.",
			"Ask the server owner what the 418 stands for in their setup.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.5.19",
		Aliases:   []string{"I'm a teapot", "I'm a Teapot", "I’m a teapot"},
	},
	{
		Code:    421,
		Title:   "Misdirected Request",
		Summary: "The request reached a server that does not serve this host name on this connection. It was not processed.",
		Causes: []string{
			"An HTTP/2 connection reused for another host name that shares the certificate but not the server.",
			"A TLS name (SNI) that does not match the Host or :authority of the request.",
		},
		NextSteps: []string{
			"Send the request again on a new connection; clients may do so whatever the method.",
			"If it keeps happening, check the CDN or load balancer's TLS and host settings.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.20",
	},
	{
		Code:    422,
		Title:   "Unprocessable Content",
		Summary: "The request is well formed but its content does not make sense to the server: usually a validation error on one or more fields.",
		Causes: []string{
			"A field with a value out of range or in the wrong format.",
			"A required field missing, or fields that contradict each other.",
		},
		NextSteps: []string{
			"Read the body: it usually lists each failing field and why.",
			"Fix the values and send the request again.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.21",
		Aliases:   []string{"Unprocessable Entity"},
	},
	{
		Code:    423,
		Title:   "Locked",
		Summary: "The resource is locked, so this change was refused. It comes from WebDAV; some APIs use it for locked or frozen accounts.",
		Causes: []string{
			"A WebDAV lock held by another user or client.",
			"An account or store locked by the service (Shopify uses 423 for locked stores).",
		},
		NextSteps: []string{
			"Wait until the lock is released, or release it if the client holds it.",
			"For a locked account, the account owner has to contact the service.",
		},
		Retry:     RetryWithBackoff,
		Reference: "https://www.rfc-editor.org/rfc/rfc4918#section-11.3",
	},
	{
		Code:    424,
		Title:   "Failed Dependency",
		Summary: "The request could not be done because another action it depended on failed first. It comes from WebDAV; some APIs use it when an upstream service failed.",
		Causes: []string{
			"One operation in a WebDAV batch failed, so the rest were not attempted.",
			"An upstream service the API calls returned an error (Stripe uses 424 this way).",
		},
		NextSteps: []string{
			"Find the action that failed first (the body usually says) and fix that.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://www.rfc-editor.org/rfc/rfc4918#section-11.4",
	},
	{
		Code:    425,
		Title:   "Too Early",
		Summary: "The server will not process a request sent as TLS early data (0-RTT), because an attacker could replay it. It was not processed.",
		Causes: []string{
			"A client sending a request in TLS 1.3 early data on a resumed connection.",
			"A CDN that forwards early-data requests with Early-Data: 1 to an origin that refuses them.",
		},
		NextSteps: []string{
			"Send the request again after the TLS handshake completes; clients and browsers do this on their own.",
		},
		Retry:     RetryWithBackoff,
		Reference: "https://www.rfc-editor.org/rfc/rfc8470#section-5.2",
	},
	{
		Code:    426,
		Title:   "Upgrade Required",
		Summary: "The server will not answer over this protocol; the client must switch to the one named in the Upgrade field (a newer TLS or HTTP version, or WebSocket).",
		Causes: []string{
			"An endpoint that only speaks WebSocket, called with plain HTTP.",
			"A server that requires TLS or a newer HTTP version.",
		},
		NextSteps: []string{
			"Switch to the protocol in the Upgrade field and send the request again.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5.22",
	},
	{
		Code:    428,
		Title:   "Precondition Required",
		Summary: "The server insists that changes be conditional: the request must carry If-Match (or similar) so two clients cannot overwrite each other.",
		Causes: []string{
			"A PUT, PATCH or DELETE without If-Match to an API that enforces optimistic locking.",
			"A client library that drops the If-Match header it was given.",
		},
		NextSteps: []string{
			"GET the resource, take its ETag, and resend the change with If-Match: that ETag.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://www.rfc-editor.org/rfc/rfc6585#section-3",
	},
	{
		Code:    429,
		Title:   "Too Many Requests",
		Summary: "The client sent too many requests in a given time and hit a rate limit. The request was not processed.",
		Causes: []string{
			"A burst of calls, a tight retry loop, or many workers sharing one key.",
			"A daily or monthly quota used up.",
			"A shared limit across all of an account's keys or apps.",
		},
		NextSteps: []string{
			"Wait for the time in Retry-After (or the reset time in the rate-limit fields) before sending again.",
			"Slow down: add backoff with jitter and spread calls over time.",
		},
		Retry:     RetryAfterRetryAfter,
		Reference: "https://www.rfc-editor.org/rfc/rfc6585#section-4",
	},
	{
		Code:    431,
		Title:   "Request Header Fields Too Large",
		Summary: "The request's header fields are too big, one of them or all together, so the server will not read them.",
		Causes: []string{
			"Too many or too large cookies for the domain.",
			"A very long token in Authorization, or headers added by every proxy on the way.",
		},
		NextSteps: []string{
			"Clear the cookies for the site, or trim the headers, and send the request again.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://www.rfc-editor.org/rfc/rfc6585#section-5",
	},
	{
		Code:    451,
		Title:   "Unavailable For Legal Reasons",
		Summary: "The server refuses to serve the resource because of a legal demand: a court order, a government block, or a sanctions rule.",
		Causes: []string{
			"Content blocked in the client's country.",
			"A takedown notice.",
		},
		NextSteps: []string{
			"Nothing the client can fix; the Link field with rel=\"blocked-by\" may name who demanded the block.",
		},
		Retry:     RetryNever,
		Reference: "https://www.rfc-editor.org/rfc/rfc7725#section-3",
	},
}
