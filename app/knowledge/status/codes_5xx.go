package status

// codes5xx are the registered server error codes.
var codes5xx = []Entry{
	{
		Code:    500,
		Title:   "Internal Server Error",
		Summary: "The server hit an unexpected problem while handling the request. The fault is on the server side, and the request may or may not have been carried out.",
		Causes: []string{
			"A bug or unhandled exception in the application.",
			"A database or dependency failing in a way the code did not expect.",
			"Input the server should have rejected with a 4xx but crashed on instead.",
		},
		NextSteps: []string{
			"Retry idempotent requests a few times with backoff.",
			"Before resending a POST, check whether it took effect, or use an idempotency key.",
			"Send the service owner the time, URL and any request id from the response.",
		},
		Retry:     RetryWithBackoff,
		Reference: rfc9110 + "15.6.1",
	},
	{
		Code:    501,
		Title:   "Not Implemented",
		Summary: "The server does not support what the request needs, usually the method itself. It is not a temporary failure.",
		Causes: []string{
			"A method the server does not know (PATCH or QUERY on an old server, a WebDAV method).",
			"A feature or endpoint that is declared but not built.",
		},
		NextSteps: []string{
			"Use a method or feature the server supports; retrying will not help.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.6.2",
	},
	{
		Code:    502,
		Title:   "Bad Gateway",
		Summary: "A proxy, load balancer or CDN could not get a valid answer from the server behind it. The fault is between them, not in the client's request.",
		Causes: []string{
			"The application crashed, restarted, or closed the connection during a deploy.",
			"The proxy could not connect to the application, or got a malformed response.",
			"A TLS problem between the proxy and the origin.",
		},
		NextSteps: []string{
			"Retry with backoff; most 502s are brief.",
			"If it persists, the service owner should check the origin's health and the proxy's logs.",
		},
		Retry:     RetryWithBackoff,
		Reference: rfc9110 + "15.6.3",
	},
	{
		Code:    503,
		Title:   "Service Unavailable",
		Summary: "The server cannot handle the request right now, because it is overloaded or down for maintenance. The condition is expected to pass.",
		Causes: []string{
			"Maintenance or a deploy.",
			"Overload, or a load balancer with no healthy servers behind it.",
			"Some services use 503 for rate limiting.",
		},
		NextSteps: []string{
			"Wait for Retry-After if the response gives it; otherwise retry with backoff.",
			"Check the service's status page.",
		},
		Retry:     RetryAfterRetryAfter,
		Reference: rfc9110 + "15.6.4",
	},
	{
		Code:    504,
		Title:   "Gateway Timeout",
		Summary: "A proxy, load balancer or CDN gave up waiting for the server behind it. The server may still have finished the work after the proxy stopped waiting.",
		Causes: []string{
			"A slow request: a big report, a slow query, a slow upstream API.",
			"An application that hangs, or a proxy timeout set shorter than the work takes.",
		},
		NextSteps: []string{
			"Retry idempotent requests with backoff.",
			"Before resending a POST, check whether it took effect: it may have succeeded.",
			"For slow operations, ask whether the service offers an asynchronous version.",
		},
		Retry:     RetryWithBackoff,
		Reference: rfc9110 + "15.6.5",
		Aliases:   []string{"Gateway Time-out"},
	},
	{
		Code:    505,
		Title:   "HTTP Version Not Supported",
		Summary: "The server does not support the HTTP version the request used.",
		Causes: []string{
			"A client forcing HTTP/2 or HTTP/3 to a server that does not offer it, or HTTP/1.0 to one that refuses it.",
			"A malformed request line that the server read as a strange version.",
		},
		NextSteps: []string{
			"Send the request with HTTP/1.1 and check the request line.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.6.6",
		Aliases:   []string{"HTTP Version not supported"},
	},
	{
		Code:    506,
		Title:   "Variant Also Negotiates",
		Summary: "The server's content negotiation is misconfigured: the variant it picked points back into negotiation, in a loop.",
		Causes: []string{
			"A transparent content negotiation setup (rare, Apache mod_negotiation) with a configuration error.",
			"A type map or variant list that points at another negotiated resource.",
		},
		NextSteps: []string{
			"Nothing the client can fix; report it to the server owner.",
		},
		Retry:     RetryNever,
		Reference: "https://www.rfc-editor.org/rfc/rfc2295#section-8.1",
	},
	{
		Code:    507,
		Title:   "Insufficient Storage",
		Summary: "The server cannot store what the request needs: it is out of disk space or the account's storage quota is full. It comes from WebDAV.",
		Causes: []string{
			"A full storage quota on a file or sync service.",
			"A server whose disk is full.",
		},
		NextSteps: []string{
			"Free space or raise the quota, then send the request again.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://www.rfc-editor.org/rfc/rfc4918#section-11.5",
	},
	{
		Code:    508,
		Title:   "Loop Detected",
		Summary: "The server stopped a WebDAV operation because it found an endless loop, such as a folder that contains itself through bindings.",
		Causes: []string{
			"A WebDAV request with Depth: infinity over a collection that loops.",
			"Some shared hosts (CloudLinux) reuse 508 as Resource Limit Is Reached when an account exceeds its limits.",
		},
		NextSteps: []string{
			"Use a smaller Depth, or remove the binding that makes the loop.",
			"On shared hosting, ask the host about the account's resource limits.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://www.rfc-editor.org/rfc/rfc5842#section-7.2",
		Aliases:   []string{"Resource Limit Is Reached"},
	},
	{
		Code:    510,
		Title:   "Not Extended",
		Summary: "Obsoleted: the code belongs to the HTTP Extension Framework (RFC 2774), which was moved to Historic status, and the registry marks it obsoleted. It meant the request lacked an extension the server required.",
		Causes: []string{
			"An old or custom server still using the extension framework.",
			"An application that picked the code for its own purposes.",
		},
		NextSteps: []string{
			"Read the body for what the server wants; ask the server owner to use a current code.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://www.rfc-editor.org/rfc/rfc2774#section-7",
		Obsolete:  true,
	},
	{
		Code:    511,
		Title:   "Network Authentication Required",
		Summary: "The network the client is on wants it to log in before it reaches the internet: a captive portal at a hotel, airport or café.",
		Causes: []string{
			"A Wi-Fi captive portal intercepting the request.",
			"A login session on the network that expired while the device stayed connected.",
		},
		NextSteps: []string{
			"Open a browser, complete the network's login page, then send the request again.",
			"This comes from the customer's network, not from the API.",
		},
		Retry:     RetryAfterFix,
		Reference: "https://www.rfc-editor.org/rfc/rfc6585#section-6",
	},
}
