package status

// codes3xx are the registered redirection codes, with 306, which the
// registry keeps as reserved.
var codes3xx = []Entry{
	{
		Code:    300,
		Title:   "Multiple Choices",
		Summary: "The resource exists in several forms (languages, formats) and the server lets the client pick one. Clients do not follow it on their own.",
		Causes: []string{
			"Content negotiation that the server left to the client.",
			"A server listing alternatives in the body or in Link fields.",
		},
		NextSteps: []string{
			"Pick one of the listed alternatives and request it; Location, if present, is the server's preferred one.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.4.1",
	},
	{
		Code:    301,
		Title:   "Moved Permanently",
		Summary: "The resource has a new URL for good, given in Location. Browsers and caches remember it; some clients turn a POST into a GET when following it.",
		Causes: []string{
			"A site moved to a new domain or from http:// to https://.",
			"A URL that changed shape (a trailing slash added or removed).",
		},
		NextSteps: []string{
			"Update the stored URL to the one in Location.",
			"For a POST or PUT, use 308 on the server side, or call the new URL directly, so the method and body are kept.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.4.2",
	},
	{
		Code:    302,
		Title:   "Found",
		Summary: "The resource is at another URL for now, given in Location. Keep using the original URL; most clients follow with a GET.",
		Causes: []string{
			"A login wall redirecting to a sign-in page.",
			"A temporary move, a load-balancing redirect, or a short-link service.",
		},
		NextSteps: []string{
			"Follow Location; keep the original URL for later requests.",
			"If an API call gets a 302 to a login page, the credentials are missing or expired.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.4.3",
		Aliases:   []string{"Moved Temporarily"},
	},
	{
		Code:    303,
		Title:   "See Other",
		Summary: "The result is at another URL, given in Location, and must be fetched with a GET. It is the usual answer after a form POST.",
		Causes: []string{
			"The post-redirect-get pattern after a form submission.",
			"An API pointing at a job status or result page.",
		},
		NextSteps: []string{
			"Fetch Location with a GET; the original request has been handled.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.4.4",
	},
	{
		Code:    304,
		Title:   "Not Modified",
		Summary: "The copy the client already has is still current, so the server sends no body. It answers a conditional request (If-None-Match or If-Modified-Since).",
		Causes: []string{
			"A browser or cache revalidating a stored copy.",
			"A client sending ETag or Last-Modified values back to save bandwidth.",
		},
		NextSteps: []string{
			"Use the cached copy; nothing is wrong.",
			"If the client has no cached copy, it should not send If-None-Match or If-Modified-Since.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.4.5",
	},
	{
		Code:    305,
		Title:   "Use Proxy",
		Summary: "An old code asking the client to repeat the request through a proxy. It is deprecated for security reasons and clients ignore it.",
		Causes: []string{
			"A very old server or appliance.",
			"A misconfigured application that picked the code by mistake.",
		},
		NextSteps: []string{
			"Do not configure a proxy because a response says so; ask the server owner to stop sending 305.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.4.6",
		Obsolete:  true,
	},
	{
		Code:    306,
		Title:   "Unused",
		Summary: "A code that an early draft of HTTP/1.1 used (as Switch Proxy) and then dropped. It is reserved and has no meaning today.",
		Causes: []string{
			"A broken or test server; no standard behaviour sends it.",
			"An application or library that still uses the old Switch Proxy meaning.",
		},
		NextSteps: []string{
			"Treat it as an unexplained redirect and ask the server owner what they meant.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.4.7",
		Aliases:   []string{"Switch Proxy"},
		Obsolete:  true,
	},
	{
		Code:    307,
		Title:   "Temporary Redirect",
		Summary: "The resource is at another URL for now, given in Location. Unlike 302, the client must repeat the same method and body there.",
		Causes: []string{
			"A temporary move or maintenance redirect.",
			"HSTS: browsers show an internal 307 when they switch http:// to https:// themselves.",
		},
		NextSteps: []string{
			"Send the same request to Location; keep the original URL for later requests.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.4.8",
	},
	{
		Code:    308,
		Title:   "Permanent Redirect",
		Summary: "The resource has a new URL for good, given in Location, and the client must repeat the same method and body there.",
		Causes: []string{
			"An API moved to a new host or version path.",
			"A forced move to https:// that keeps POST bodies intact.",
		},
		NextSteps: []string{
			"Update the stored URL and send the same request to Location.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.4.9",
	},
}
