package status

// rfc9110 is the base of RFC 9110 section links; a section number follows.
const rfc9110 = "https://www.rfc-editor.org/rfc/rfc9110#section-"

// classes explains a code that has no entry of its own by its first digit.
// RFC 9110 §15 tells clients to treat such a code as the x00 of its class.
var classes = [6]Entry{
	1: {
		Title:   "Unregistered 1xx code",
		Class:   ClassInformational,
		Summary: "An unregistered 1xx code: an interim message the server sent before its real answer, for a purpose this server did not standardise. The final response still follows.",
		Causes: []string{
			"A server or proxy experimenting with an interim message of its own.",
			"A code from a draft specification not yet registered.",
		},
		NextSteps: []string{
			"Ignore it and wait for the final response; clients treat an unknown 1xx like 100 Continue.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.2",
	},
	2: {
		Title:   "Unregistered 2xx code",
		Class:   ClassSuccess,
		Summary: "An unregistered 2xx code: the request worked, and the server used a success code of its own instead of a standard one. Clients treat it like 200 OK.",
		Causes: []string{
			"An API that invented its own success code.",
			"A framework or proxy rewriting the status.",
		},
		NextSteps: []string{
			"Treat the response as 200 OK and read the body.",
			"Ask the API owner what the code means if the client has to act on it.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.3",
	},
	3: {
		Title:   "Unregistered 3xx code",
		Class:   ClassRedirection,
		Summary: "An unregistered 3xx code: the server points elsewhere with a redirect code of its own. Clients treat it like 300 Multiple Choices and do not follow it on their own.",
		Causes: []string{
			"A custom redirect code from an application or proxy.",
			"A typo in server code or configuration.",
		},
		NextSteps: []string{
			"Look at the Location field and the body to see where the server points.",
			"Ask the server owner to use 301, 302, 303, 307 or 308 so clients follow it.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.4",
	},
	4: {
		Title:   "Unregistered 4xx code",
		Class:   ClassClientError,
		Summary: "An unregistered 4xx code: the client's request was refused for a reason this server did not standardise. Clients treat it like 400 Bad Request.",
		Causes: []string{
			"An application, gateway or vendor using a private error code.",
			"A proxy or firewall rejecting the request with its own code.",
		},
		NextSteps: []string{
			"Read the response body: it usually says what was wrong.",
			"Look the code up in the documentation of the service or proxy that sent it.",
			"Fix the request before sending it again.",
		},
		Retry:     RetryAfterFix,
		Reference: rfc9110 + "15.5",
	},
	5: {
		Title:   "Unregistered 5xx code",
		Class:   ClassServerError,
		Summary: "An unregistered 5xx code: the server, or something in front of it, failed for a reason it did not standardise. Clients treat it like 500 Internal Server Error.",
		Causes: []string{
			"A gateway, CDN or load balancer reporting its own failure code.",
			"An application using a private error code.",
		},
		NextSteps: []string{
			"Look the code up in the documentation of the CDN, proxy or service that sent it.",
			"Retry later with backoff; report it to the service owner if it persists.",
		},
		Retry:     RetryWithBackoff,
		Reference: rfc9110 + "15.6",
	},
}

// invalidClass explains a number that cannot be an HTTP status at all.
var invalidClass = Entry{
	Title:   "Invalid status code",
	Class:   ClassInvalid,
	Summary: "Not a valid HTTP status code: a status is three digits from 100 to 599. The sender is broken, or the paste was damaged on the way.",
	Causes: []string{
		"A server or proxy that writes a malformed status line.",
		"A number copied from a log or tool that is not an HTTP status (a curl exit code, an application error number).",
		"Text mangled while being copied or pasted.",
	},
	NextSteps: []string{
		"Check that the paste shows the real status line of the response.",
		"If it does, report the malformed status to whoever runs the server or proxy.",
	},
	Retry:     RetryNever,
	Reference: rfc9110 + "15",
}
