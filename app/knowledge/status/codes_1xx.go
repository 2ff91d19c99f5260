package status

// codes1xx are the registered informational codes: interim messages sent
// before the final response.
var codes1xx = []Entry{
	{
		Code:    100,
		Title:   "Continue",
		Summary: "The server has read the request headers and is ready for the body. It is an interim message; the real answer comes after the body is sent.",
		Causes: []string{
			"The client sent Expect: 100-continue before a large upload (curl does this on its own for big bodies).",
			"A server that sends 100 to every request with a body.",
		},
		NextSteps: []string{
			"Nothing to fix: send the body and read the final response that follows.",
			"If the final response is missing, the connection dropped during the upload; look at timeouts and size limits.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.2.1",
	},
	{
		Code:    101,
		Title:   "Switching Protocols",
		Summary: "The server agreed to change protocol on this connection, usually to WebSocket. After this response the connection no longer speaks HTTP/1.1.",
		Causes: []string{
			"A WebSocket handshake (Upgrade: websocket) that succeeded.",
			"A request to upgrade to another protocol named in the Upgrade field.",
		},
		NextSteps: []string{
			"Nothing to fix: continue in the protocol named by the Upgrade field.",
			"If the client expected a normal HTTP answer, it should not have sent Upgrade.",
		},
		Retry:     RetryNever,
		Reference: rfc9110 + "15.2.2",
	},
	{
		Code:    102,
		Title:   "Processing",
		Summary: "A WebDAV interim message saying the server is still working on a long request. It keeps the connection alive; the final response follows.",
		Causes: []string{
			"A slow WebDAV operation such as a deep COPY or MOVE.",
			"A server that sends keep-alive messages during long work.",
		},
		NextSteps: []string{
			"Keep waiting for the final response; do not resend the request.",
		},
		Retry:     RetryNever,
		Reference: "https://www.rfc-editor.org/rfc/rfc2518#section-10.1",
	},
	{
		Code:    103,
		Title:   "Early Hints",
		Summary: "An interim message carrying hints, mostly Link fields, so the browser can start loading styles and scripts while the server prepares the page. The final response follows.",
		Causes: []string{
			"A server or CDN (Cloudflare, Fastly, and others) configured to send early hints.",
			"An application framework that sends preload Link hints before rendering the page.",
		},
		NextSteps: []string{
			"Nothing to fix: read the final response that follows.",
			"The hints are advisory; the final response's own fields are the ones that count.",
		},
		Retry:     RetryNever,
		Reference: "https://www.rfc-editor.org/rfc/rfc8297#section-2",
	},
	{
		Code:    104,
		Title:   "Upload Resumption Supported",
		Summary: "An interim message from the resumable uploads draft: the server tells the client it can resume this upload if the connection breaks, and where. The final response follows.",
		Causes: []string{
			"A client and server that both support resumable uploads (the code is registered temporarily while the draft is finished).",
			"A server that announces resumption for every upload, even to clients that do not use it.",
		},
		NextSteps: []string{
			"Nothing to fix: keep the upload URL it gives, in case the upload has to resume, and read the final response.",
		},
		Retry:     RetryNever,
		Reference: "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/",
	},
}
