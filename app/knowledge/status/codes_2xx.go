package status

// codes2xx are the registered success codes.
var codes2xx = []Entry{
	{
		Code:    200,
		Title:   "OK",
		Summary: "The request worked. The body holds the result: the resource for a GET, the outcome of the action for a POST.",
		Causes: []string{
			"A normal, successful request.",
			"Some APIs (GraphQL, older SOAP or RPC styles) also answer 200 when the operation failed, with the error in the body.",
		},
		NextSteps: []string{
			"Nothing to fix at the HTTP level.",
			"If the customer still sees a failure, read the body: the error may be inside a 200.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.3.1",
	},
	{
		Code:    201,
		Title:   "Created",
		Summary: "The request worked and made a new resource. The Location field, when present, gives the new resource's URL.",
		Causes: []string{
			"A POST that created a record.",
			"A PUT to a URL where nothing existed before.",
		},
		NextSteps: []string{
			"Use the Location field (or the id in the body) to reach the new resource.",
			"Do not resend the request: that would create a second copy.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.3.2",
	},
	{
		Code:    202,
		Title:   "Accepted",
		Summary: "The server took the request but has not finished it; the work happens later. It may still fail, and this response cannot say.",
		Causes: []string{
			"A queued job: an export, a bulk import, a sent e-mail.",
			"An API that processes writes asynchronously.",
		},
		NextSteps: []string{
			"Follow the status URL or job id the response gives to learn the outcome.",
			"Do not resend the request to speed it up; that queues a second job.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.3.3",
	},
	{
		Code:    203,
		Title:   "Non-Authoritative Information",
		Summary: "The request worked, but a proxy between client and server changed the content. The body is not exactly what the origin server sent.",
		Causes: []string{
			"A transforming proxy that compressed images, rewrote HTML or stripped parts of the response.",
			"A mobile operator or corporate gateway optimising content on the way.",
		},
		NextSteps: []string{
			"If the content looks wrong, bypass the proxy or send Cache-Control: no-transform.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.3.4",
	},
	{
		Code:    204,
		Title:   "No Content",
		Summary: "The request worked and there is nothing to send back. A 204 never has a body.",
		Causes: []string{
			"A DELETE, or a PUT or PATCH, that succeeded with nothing to return.",
			"A ping or tracking endpoint.",
		},
		NextSteps: []string{
			"Nothing to fix; do not try to parse a body.",
			"If the client needs the updated record, fetch it with a GET.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.3.5",
	},
	{
		Code:    205,
		Title:   "Reset Content",
		Summary: "The request worked, and the server asks the client to clear the form or view that sent it. There is no body.",
		Causes: []string{
			"A form submission after which the page should be reset for the next entry.",
			"A data-entry API telling the client to clear its input after saving.",
		},
		NextSteps: []string{
			"Clear the input form; there is nothing to read.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.3.6",
	},
	{
		Code:    206,
		Title:   "Partial Content",
		Summary: "The server sent only the part of the resource the client asked for with a Range field. Content-Range says which bytes these are.",
		Causes: []string{
			"A download manager or video player fetching a file in pieces.",
			"A resumed download.",
		},
		NextSteps: []string{
			"Nothing to fix; join the parts using Content-Range.",
			"If the client did not send Range, something in between did; check proxies and the client library.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.3.7",
	},
	{
		Code:    207,
		Title:   "Multi-Status",
		Summary: "A WebDAV response that holds several results, one per resource, in an XML body. Each part has its own status, and some may have failed.",
		Causes: []string{
			"A WebDAV PROPFIND, PROPPATCH, COPY, MOVE or DELETE over several resources.",
			"A batch API that reuses the code for mixed results.",
		},
		NextSteps: []string{
			"Read each part's status in the body; do not assume all of them succeeded.",
		},
		Retry:     RetryNever,
		Reference: "https://www.rfc-editor.org/rfc/rfc4918#section-11.1",
	},
	{
		Code:    208,
		Title:   "Already Reported",
		Summary: "Used inside a WebDAV multi-status body: this resource was listed earlier in the same response, so it is not repeated.",
		Causes: []string{
			"A WebDAV collection reached twice through bindings.",
			"A PROPFIND with Depth: infinity over a tree where one folder is linked from two places.",
		},
		NextSteps: []string{
			"Nothing to fix; look for the earlier entry of the same resource.",
		},
		Retry:     RetryNever,
		Reference: "https://www.rfc-editor.org/rfc/rfc5842#section-7.1",
	},
	{
		Code:    226,
		Title:   "IM Used",
		Summary: "The server answered a GET with a delta: a change against a version the client already has, not the whole resource.",
		Causes: []string{
			"A client that sent A-IM to ask for delta encoding, to a server that supports it (rare).",
			"A feed or sync server sending only the items added since the client's version.",
		},
		NextSteps: []string{
			"Apply the delta to the cached copy; the IM field names the method used.",
		},
		Retry:     RetryNever,
		Reference: "https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1",
	},
}
