package paste

import (
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
)

// lastResponse returns the response of the last exchange that has one.
func lastResponse(doc *message.Document) *message.Response {
	for i := len(doc.Exchanges) - 1; i >= 0; i-- {
		if doc.Exchanges[i].Response != nil {
			return doc.Exchanges[i].Response
		}
	}
	return nil
}

// hasDiag reports whether doc has a diagnostic of level on line whose
// message contains part.
func hasDiag(doc *message.Document, level message.Level, lineNum int, part string) bool {
	for _, d := range doc.Diagnostics {
		if d.Level == level && d.Line == lineNum && strings.Contains(d.Message, part) {
			return true
		}
	}
	return false
}

func TestReadShapes(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		format    string
		exchanges int
		status    int
		version   string
		reason    string
		field     string // "Name: value @line" of the last response, "" to skip
		bodyLen   int    // -1: no body
		diag      string // part of a diagnostic that must be there, "" to skip
	}{
		{"http11 crlf", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok",
			message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "Content-Length: 2 @3", 2, ""},
		{"http10 lf", "HTTP/1.0 503 Service Unavailable\nRetry-After: 120\n\n",
			message.FormatHTTP, 1, 503, "HTTP/1.0", "Service Unavailable", "Retry-After: 120 @2", -1, ""},
		{"http2 curl trailing space", "HTTP/2 429 \ncontent-type: application/json\n\n{\"a\":1}",
			message.FormatHTTP, 1, 429, "HTTP/2", "", "content-type: application/json @2", 7, ""},
		{"http3", "HTTP/3 200 \nserver: h3\n", message.FormatHTTP, 1, 200, "HTTP/3", "", "server: h3 @2", -1, ""},
		{"no reason", "HTTP/1.1 404\nX-A: 1\n", message.FormatHTTP, 1, 404, "HTTP/1.1", "", "X-A: 1 @2", -1, "no reason phrase"},
		{"lone cr", "HTTP/1.1 204 No Content\rX-A: 1\r", message.FormatHTTP, 1, 204, "HTTP/1.1", "No Content", "X-A: 1 @2", -1, "lone CR"},
		{"obs-fold", "HTTP/1.1 200 OK\nX-Long: a,\n\tb\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "X-Long: a, b @2", -1, "obsolete line folding"},
		{"space before colon", "HTTP/1.1 200 OK\nX-A : 1\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @2", -1, "a strict client rejects"},
		{"values trimmed", "HTTP/1.1 200 OK\nX-A:    1   \n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @2", -1, ""},
		{"continue then 201", "HTTP/1.1 100 Continue\n\nHTTP/1.1 201 Created\nLocation: /u/1\n\n",
			message.FormatHTTP, 2, 201, "HTTP/1.1", "Created", "Location: /u/1 @4", -1, ""},
		{"redirect chain", "HTTP/2 301 \nlocation: /b\n\nHTTP/2 302 \nlocation: /c\n\nHTTP/2 200 \ncontent-type: text/plain\n\nhi\n",
			message.FormatHTTP, 3, 200, "HTTP/2", "", "content-type: text/plain @8", 3, ""},
		{"no blank between blocks", "HTTP/1.1 100 Continue\nHTTP/1.1 200 OK\nX-A: 1\n",
			message.FormatHTTP, 2, 200, "HTTP/1.1", "OK", "X-A: 1 @3", -1, ""},
		{"headers only", "Content-Type: text/html\nVary: Accept\n", message.FormatHeaders, 1, 0, "", "", "Vary: Accept @2", -1, "header block alone"},
		{"headers then body", "Content-Type: application/json\n\n{\"a\":1}\n", message.FormatHeaders, 1, 0, "", "", "Content-Type: application/json @1", 8, ""},
		{"body only json", "\n\n[{\"id\":1}]\n", message.FormatBody, 1, 0, "", "", "", 11, "body alone"},
		{"body only xml", "<error><code>42</code></error>", message.FormatBody, 1, 0, "", "", "", 30, ""},
		{"request only", "GET /x HTTP/1.1\nHost: a.example\n", message.FormatHTTP, 1, 0, "", "", "", -1, "has no response"},
		{"httpie", "GET /v1/me HTTP/1.1\nHost: api.example.com\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n    \"id\": 1\n}\n",
			message.FormatHTTPie, 1, 200, "HTTP/1.1", "OK", "Content-Type: application/json @5", 16, ""},
		{"devtools alternating", "content-type\napplication/json\nx-request-id\nabc\n", message.FormatDevtools, 1, 0, "", "", "x-request-id: abc @3", -1, "no status code"},
		{"devtools status pseudo", ":status: 204\nserver: gws\n", message.FormatDevtools, 1, 204, "HTTP/2", "", "server: gws @2", -1, ""},
		{"devtools general", "Request URL: https://a.example/v1\nRequest Method: DELETE\nStatus Code: 409 Conflict\ncontent-type: text/plain\n",
			message.FormatDevtools, 1, 409, "", "Conflict", "content-type: text/plain @4", -1, ""},
		{"wget", "--2026-12-01 10:00:00--  https://a.example/x\nHTTP request sent, awaiting response... \n  HTTP/1.1 404 Not Found\n  Server: nginx\n",
			message.FormatWget, 1, 404, "HTTP/1.1", "Not Found", "Server: nginx @4", -1, ""},
		{"wget in German", "--2026-12-01 10:00:00--  https://a.example/x\nHTTP-Anforderung gesendet, auf Antwort wird gewartet … \n  HTTP/1.1 403 Forbidden\n  Server: nginx\n",
			message.FormatWget, 1, 403, "HTTP/1.1", "Forbidden", "Server: nginx @4", -1, ""},
		{"wget without -S", "--2026-12-01 10:00:00--  https://a.example/x\nHTTP request sent, awaiting response... 500 Internal Server Error\n",
			message.FormatWget, 1, 500, "", "Internal Server Error", "", -1, "without -S"},
		{"quoted", "> HTTP/1.1 401 Unauthorized\n> WWW-Authenticate: Bearer\n>\n", message.FormatHTTP, 1, 401, "HTTP/1.1", "Unauthorized", "WWW-Authenticate: Bearer @2", -1, "quote markers"},
		{"fence", "```\nHTTP/1.1 200 OK\nX-A: 1\n```\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @3", -1, "code fence"},
		{"intro line", "Here is the response:\nHTTP/1.1 200 OK\nX-A: 1\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @3", -1, "dropped the caption"},
		{"prose intro", "Hi, this started today.\nWe get this back\n\nHTTP/1.1 200 OK\nX-A: 1\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @5", -1, "dropped the text"},
		{"caption between", "GET / HTTP/1.1\nHost: a\n\nResponse:\nHTTP/1.1 200 OK\nX-A: 1\n", message.FormatHTTPie, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @6", -1, "dropped the caption"},
		{"indented", "  HTTP/1.1 200 OK\n  X-A: 1\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @2", -1, "indentation"},
		{"indented after status", "HTTP/1.1 200 OK\n    Content-Type: text/plain\n    X-A: 1\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @3", -1, "indentation of header lines"},
		{"quoted curl -v", "> * Connected to a.example (1.2.3.4) port 443\n> > GET / HTTP/1.1\n> > Host: a.example\n> >\n> < HTTP/1.1 200 OK\n> < X-A: 1\n> <\n",
			message.FormatCurlVerbose, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @6", -1, "quote markers"},
		{"request body then response, no blank", "POST /u HTTP/1.1\nHost: a\n\n{\"a\":1}\nHTTP/1.1 201 Created\nX-A: 1\n", message.FormatHTTPie, 1, 201, "HTTP/1.1", "Created", "X-A: 1 @6", -1, ""},
		{"indented second block", "HTTP/1.1 100 Continue\n  HTTP/1.1 200 OK\n  X-A: 1\n", message.FormatHTTP, 2, 200, "HTTP/1.1", "OK", "X-A: 1 @3", -1, ""},
		{"collapsed lines", "HTTP/1.1 429 Too Many Requests Retry-After: 30 Content-Type: text/plain", message.FormatHTTP, 1, 429, "HTTP/1.1", "Too Many Requests Retry-After: 30 Content-Type: text/plain", "", -1, "line breaks"},
		{"zero-width space", "HTTP/1.1 200 OK\nContent\u200b-Type: text/plain\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "Content-Type: text/plain @2", -1, "zero-width"},
		{"curly quotes", "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{\u201cerror\u201d: \u201cbad\u201d}\n", message.FormatHTTP, 1, 400, "HTTP/1.1", "Bad Request", "", 25, "curly quotes"},
		{"devtools tab rows", "content-type\tapplication/json\nretry-after\t30\ndate\tTue, 01 Dec 2026 10:00:00 GMT\n", message.FormatDevtools, 1, 0, "", "", "date: Tue, 01 Dec 2026 10:00:00 GMT @3", -1, ""},
		{"nbsp", "HTTP/1.1 200 OK\nX-A:\u00a01\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @2", -1, "non-breaking"},
		{"bom", "\ufeffHTTP/1.1 200 OK\nX-A: 1\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @2", -1, "byte order mark"},
		{"ansi", "\x1b[32mHTTP/1.1 200 OK\x1b[0m\nX-A: 1\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @2", -1, "colour"},
		{"wrapped", "HTTP/1.1 200 OK\nLink: <https://a.example/x>; rel=\"next\",\n<https://a.example/y>; rel=\"last\"\n",
			message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "Link: <https://a.example/x>; rel=\"next\", <https://a.example/y>; rel=\"last\" @2", -1, "wrapped"},
		{"wrapped url", "HTTP/1.1 302 Found\nLocation:\nhttps://a.example/next\n", message.FormatHTTP, 1, 302, "HTTP/1.1", "Found", "Location: https://a.example/next @2", -1, "wrapped"},
		{"missing blank before body", "HTTP/1.1 400 Bad Request\nContent-Type: application/json\n{\"e\":1}", message.FormatHTTP, 1, 400, "HTTP/1.1", "Bad Request", "", 7, "no blank line"},
		{"head has no body", "HEAD / HTTP/1.1\nHost: a\n\nHTTP/1.1 200 OK\nContent-Length: 10\n\n", message.FormatHTTPie, 1, 200, "HTTP/1.1", "OK", "", -1, ""},
		{"204 ignores text", "HTTP/1.1 204 No Content\n\nstray\n", message.FormatHTTP, 1, 204, "HTTP/1.1", "No Content", "", -1, "has no body"},
		{"curl -v", "* Connected to a.example (1.2.3.4) port 443\n> GET /v1 HTTP/1.1\n> Host: a.example\n>\n< HTTP/1.1 200 OK\n< X-A: 1\n<\nbody\n",
			message.FormatCurlVerbose, 1, 200, "HTTP/1.1", "OK", "X-A: 1 @6", 5, ""},
		{"curl -v omitted", "> GET / HTTP/2\n> Host: a\n> \n< HTTP/2 200 \n< content-length: 5\n< \n{ [5 bytes data]\n",
			message.FormatCurlVerbose, 1, 200, "HTTP/2", "", "content-length: 5 @5", 0, "did not show the body"},
		{"trace-ascii", "=> Send header, 16 bytes (0x10)\n0000: GET / HTTP/1.1\n<= Recv header, 17 bytes (0x11)\n0000: HTTP/1.1 200 OK\n<= Recv header, 2 bytes (0x2)\n0000: \n<= Recv data, 2 bytes (0x2)\n0000: hi\n",
			message.FormatCurlVerbose, 1, 200, "HTTP/1.1", "OK", "", 2, ""},
		{"chunked", "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n3\nabc\n2;x=y\nde\n0\nX-T: 1\n\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "", 5, "chunk extension"},
		{"chunked already decoded", "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n{\"a\":1}\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "", 8, "already removed"},
		{"chunked cut off", "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n10\nabc\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "", 4, "cut off"},
		{"content-length crlf", "HTTP/1.1 200 OK\nContent-Length: 9\n\na\nb\nc\n", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "", 6, "line breaks"},
		{"content-length short", "HTTP/1.1 200 OK\nContent-Length: 100\n\nabc", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "", 3, "body cut off: 3 of 100 bytes"},
		{"content-length long", "HTTP/1.1 200 OK\nContent-Length: 2\n\nabcdef", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "", 2, "extra data"},
		{"content-length bad", "HTTP/1.1 200 OK\nContent-Length: lots\n\nabc", message.FormatHTTP, 1, 200, "HTTP/1.1", "OK", "", 3, "not a number"},
		{"unknown", "hello there\n", message.FormatUnknown, 0, 0, "", "", "", -1, "line 1 reads 'hello there'"},
		{"empty", "", message.FormatUnknown, 0, 0, "", "", "", -1, "empty"},
		{"blank", " \n\t\n", message.FormatUnknown, 0, 0, "", "", "", -1, "empty"},
		{"binary", "\x00\x01\x02\x03HTTP", message.FormatUnknown, 0, 0, "", "", "", -1, "looks like binary data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Read([]byte(tt.in))
			if doc.Format != tt.format {
				t.Errorf("format = %q, want %q (diagnostics %v)", doc.Format, tt.format, doc.Diagnostics)
			}
			if len(doc.Exchanges) != tt.exchanges {
				t.Fatalf("%d exchanges, want %d", len(doc.Exchanges), tt.exchanges)
			}
			if tt.diag != "" {
				found := false
				for _, d := range doc.Diagnostics {
					found = found || strings.Contains(d.Message, tt.diag)
				}
				if !found {
					t.Errorf("no diagnostic with %q in %v", tt.diag, doc.Diagnostics)
				}
			}
			resp := lastResponse(doc)
			if resp == nil {
				return
			}
			if resp.Status != tt.status || resp.Version != tt.version || resp.Reason != tt.reason {
				t.Errorf("status = %q %d %q, want %q %d %q", resp.Version, resp.Status, resp.Reason, tt.version, tt.status, tt.reason)
			}
			if tt.field != "" {
				found := false
				for _, f := range resp.Header {
					found = found || f.Name+": "+f.Value+" @"+itoa(f.Line) == tt.field
				}
				if !found {
					t.Errorf("no field %q in %v", tt.field, resp.Header)
				}
			}
			switch {
			case tt.bodyLen < 0 && resp.Body != nil:
				t.Errorf("body %q, want none", resp.Body.Bytes)
			case tt.bodyLen >= 0 && resp.Body == nil:
				t.Errorf("no body, want %d bytes", tt.bodyLen)
			case tt.bodyLen >= 0 && len(resp.Body.Bytes) != tt.bodyLen:
				t.Errorf("body %q is %d bytes, want %d", resp.Body.Bytes, len(resp.Body.Bytes), tt.bodyLen)
			}
		})
	}
}

func TestCurlVerboseRequest(t *testing.T) {
	tests := []struct {
		name, in, method, target, url string
	}{
		{"port 443", "* Connected to api.example.com (1.2.3.4) port 443\n> GET /v1?x=1 HTTP/1.1\n> Host: api.example.com\n>\n< HTTP/1.1 200 OK\n<\n",
			"GET", "/v1?x=1", "https://api.example.com/v1?x=1"},
		{"port 80", "* Connected to example.com (1.2.3.4) port 80\n> HEAD / HTTP/1.1\n> Host: example.com\n>\n< HTTP/1.1 200 OK\n<\n",
			"HEAD", "/", "http://example.com/"},
		{"port 8080 in host", "* Connected to localhost (127.0.0.1) port 8080\n> GET /h HTTP/1.1\n> Host: localhost:8080\n>\n< HTTP/1.1 200 OK\n<\n",
			"GET", "/h", "http://localhost:8080/h"},
		{"h2 authority", "* [HTTP/2] [1] [:authority: h2.example]\n* [HTTP/2] [1] [:scheme: https]\n> GET /p HTTP/2\n>\n< HTTP/2 200 \n<\n",
			"GET", "/p", "https://h2.example/p"},
		{"issue another request", "* Connected to a.example (1.2.3.4) port 443\n> GET /a HTTP/1.1\n> Host: a.example\n>\n< HTTP/1.1 301 Moved\n< Location: https://b.example/b\n<\n* Issue another request to this URL: 'https://b.example/b'\n> GET /b HTTP/1.1\n> Host: b.example\n>\n< HTTP/1.1 200 OK\n<\n",
			"GET", "/b", "https://b.example/b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Read([]byte(tt.in))
			if doc.Format != message.FormatCurlVerbose || len(doc.Exchanges) == 0 {
				t.Fatalf("format %q, %d exchanges", doc.Format, len(doc.Exchanges))
			}
			q := doc.Exchanges[len(doc.Exchanges)-1].Request
			if q == nil {
				t.Fatal("no request")
			}
			if q.Method != tt.method || q.Target != tt.target || q.URL != tt.url {
				t.Errorf("request = %s %s %s, want %s %s %s", q.Method, q.Target, q.URL, tt.method, tt.target, tt.url)
			}
		})
	}
}

func TestLineNumbersAfterRepairs(t *testing.T) {
	// Fence, intro and quote markers are removed, but the field stays on
	// the line it had in the paste.
	in := "Hi, this is what we get:\n\n```\n> HTTP/1.1 200 OK\n> X-Request-Id: r1\n```\n"
	doc := Read([]byte(in))
	resp := lastResponse(doc)
	if resp == nil || resp.Line != 4 {
		t.Fatalf("response %+v, want it on line 4", resp)
	}
	if f, ok := resp.Header.Lookup("X-Request-Id"); !ok || f.Line != 5 {
		t.Errorf("X-Request-Id %+v, want line 5", f)
	}
	if !hasDiag(doc, message.Info, 3, "code fence") {
		t.Errorf("no fence diagnostic on line 3: %v", doc.Diagnostics)
	}
}

func TestTrailers(t *testing.T) {
	doc := Read([]byte("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n0\r\nExpires: never\r\nX-Sum: 9\r\n\r\n"))
	resp := lastResponse(doc)
	if resp == nil || resp.Body == nil || string(resp.Body.Bytes) != "Wiki" {
		t.Fatalf("body %+v, want Wiki", resp)
	}
	if len(resp.Trailers) != 2 || resp.Trailers[1].Name != "X-Sum" || resp.Trailers[1].Line != 8 {
		t.Errorf("trailers %+v", resp.Trailers)
	}
}

func TestHARFirst(t *testing.T) {
	// A HAR goes to readHAR; what Read repaired before (the BOM) stays.
	in := "\ufeff{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"t\"},\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"https://a.example/x\",\"headers\":[]}," +
		"\"response\":{\"status\":429,\"headers\":[{\"name\":\"retry-after\",\"value\":\"3\"}],\"content\":{\"text\":\"{}\",\"mimeType\":\"application/json\"}}}]}}"
	doc := Read([]byte(in))
	if doc.Format != message.FormatHAR || len(doc.Exchanges) != 1 {
		t.Fatalf("format %q with %d exchanges, want har with 1", doc.Format, len(doc.Exchanges))
	}
	if !hasDiag(doc, message.Info, 1, "byte order mark") {
		t.Errorf("BOM diagnostic lost: %v", doc.Diagnostics)
	}
	// JSON that is not a HAR is a body.
	if doc := Read([]byte(`{"log":"rotated"}`)); doc.Format != message.FormatBody {
		t.Errorf("non-HAR JSON read as %q", doc.Format)
	}
}

func TestTraceData(t *testing.T) {
	in := strings.Join([]string{
		"== Info: Connected to a.example (1.2.3.4) port 80 (#0)",
		"=> Send header, 56 bytes (0x38)",
		"0000: POST /v1 HTTP/1.1",
		"0013: Host: a.example",
		"0024: Content-Length: 7",
		"0036: ",
		"=> Send data, 7 bytes (0x7)",
		"0000: {\"a\":1}",
		"<= Recv header, 17 bytes (0x11)",
		"0000: HTTP/1.1 200 OK",
		"<= Recv header, 2 bytes (0x2)",
		"0000: ",
		"<= Recv data, 5 bytes (0x5)",
		"0000: {\"ok\"",
		"<= Recv data, 8 bytes (0x8)",
		"0000: :true}",
		"0006: ",
	}, "\n")
	doc := Read([]byte(in))
	if doc.Format != message.FormatCurlVerbose || len(doc.Exchanges) != 1 {
		t.Fatalf("format %q, %d exchanges: %v", doc.Format, len(doc.Exchanges), doc.Diagnostics)
	}
	ex := doc.Exchanges[0]
	if q := ex.Request; q == nil || q.URL != "http://a.example/v1" || q.Body == nil || string(q.Body.Bytes) != `{"a":1}` || q.Body.Line != 8 {
		t.Errorf("request %+v", q)
	}
	if b := ex.Response.Body; b == nil || string(b.Bytes) != "{\"ok\":true}\r\n" || b.Line != 14 {
		t.Errorf("response body %+v", b)
	}
}

func TestCommandLine(t *testing.T) {
	tests := []struct {
		name, in, method, url string
		body                  bool
	}{
		{"curl -i", "$ curl -i https://api.example.com/v1/users?page=2\nHTTP/2 200 \ncontent-type: application/json\n\n[]\n", "GET", "https://api.example.com/v1/users?page=2", true},
		{"curl -I is HEAD", "% curl -I https://example.com/\nHTTP/2 200 \ncontent-length: 1256\n\n", "HEAD", "https://example.com/", false},
		{"curl -X with continuation", "$ curl -si -X DELETE \\\n    -H 'X-Authrocket-Api-Key: ko_1' \\\n    https://api-e1.authrocket.com/v1/realms/rl_1\nHTTP/1.1 409 Conflict\n\n", "DELETE", "https://api-e1.authrocket.com/v1/realms/rl_1", false},
		{"curl -d is POST", "curl -i -d '{\"a\":1}' -H \"Content-Type: application/json\" http://localhost:3000/x\nHTTP/1.1 201 Created\n\n", "POST", "http://localhost:3000/x", false},
		{"httpie", "$ http --print=hb PUT api.example.com/v1/me name=x\nHTTP/1.1 200 OK\n\n", "PUT", "http://api.example.com/v1/me", false},
		{"httpie shorthand", "$ https :8443/health\nHTTP/1.1 200 OK\n\n", "GET", "https://localhost:8443/health", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Read([]byte(tt.in))
			if len(doc.Exchanges) == 0 || doc.Exchanges[0].Request == nil {
				t.Fatalf("no request read from the command: %v", doc.Diagnostics)
			}
			q := doc.Exchanges[0].Request
			if q.Method != tt.method || q.URL != tt.url || q.Line != 1 {
				t.Errorf("request %s %s @%d, want %s %s @1", q.Method, q.URL, q.Line, tt.method, tt.url)
			}
			if got := doc.Exchanges[0].Response.Body != nil; got != tt.body {
				t.Errorf("body present = %v, want %v", got, tt.body)
			}
		})
	}
}
