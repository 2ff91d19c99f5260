package samples

import (
	"strconv"
	"strings"
)

// The generators below build the large pastes the benchmarks measure. They
// are deterministic, so runs compare like with like.

// Response2KB returns a realistic raw HTTP/1.1 response of about 2 KB: a
// 422 with a validation body, rate-limit fields and a request id.
func Response2KB() []byte {
	body := `{"message":"Validation failed","errors":{"username":["Username can't be blank"],"email":["Email is invalid","Email has already been taken"],"password":["Password is too short (minimum is 8 characters)"]},"request_id":"req_0vK3zXU3nh2hTlVJ4k4","documentation_url":"https://docs.example.com/errors/validation"}`
	var b strings.Builder
	b.WriteString("HTTP/1.1 422 Unprocessable Entity\r\n")
	for _, h := range [][2]string{
		{"Date", "Tue, 01 Dec 2026 10:00:00 GMT"},
		{"Content-Type", "application/json; charset=utf-8"},
		{"Cache-Control", "no-store"},
		{"Server", "nginx"},
		{"Strict-Transport-Security", "max-age=31536000; includeSubDomains"},
		{"X-Content-Type-Options", "nosniff"},
		{"X-Frame-Options", "DENY"},
		{"Vary", "Accept, Origin"},
		{"Access-Control-Allow-Origin", "https://app.example.com"},
		{"Access-Control-Allow-Credentials", "true"},
		{"X-RateLimit-Limit", "1234"},
		{"X-RateLimit-Remaining", "1200"},
		{"X-RateLimit-Reset", "1796119200"},
		{"X-Request-Id", "6b1d3c0e51f24a8e9d4c2f0a7c1e9b11"},
		{"Set-Cookie", "session=8f2b1c0d9e; Path=/; Secure; HttpOnly; SameSite=Lax"},
		{"Content-Length", strconv.Itoa(len(body))},
	} {
		b.WriteString(h[0] + ": " + h[1] + "\r\n")
	}
	b.WriteString("\r\n")
	b.WriteString(body)
	// Pad with a realistic trailer of devtools noise to reach about 2 KB.
	for b.Len() < 2048 {
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// JSON1MB returns a raw 200 response whose JSON body is about 1 MiB: a
// list of records with nested objects, strings and 64-bit ids.
func JSON1MB() []byte {
	var body strings.Builder
	body.WriteString(`{"data":[`)
	for i := 0; body.Len() < 1<<20; i++ {
		if i > 0 {
			body.WriteByte(',')
		}
		n := strconv.Itoa(i)
		body.WriteString(`{"id":90071992547409` + strconv.Itoa(10+i%90) + `,"name":"user ` + n + `","email":"user` + n + `@example.com","active":` + strconv.FormatBool(i%3 != 0) + `,"roles":["reader","writer"],"address":{"city":"Lisbon","zip":"1000-` + n + `"},"score":` + strconv.Itoa(i%1000) + `.5}`)
	}
	body.WriteString(`],"more":false}`)
	return []byte("HTTP/1.1 200 OK\r\nDate: Tue, 01 Dec 2026 10:00:00 GMT\r\nContent-Type: application/json\r\nContent-Length: " +
		strconv.Itoa(body.Len()) + "\r\n\r\n" + body.String())
}

// HAR10MB returns a HAR of about 10 MiB with Chrome-like entries: HTTP/2
// pseudo-headers, JSON bodies plain and base64, and an error every tenth
// entry.
func HAR10MB() []byte {
	var b strings.Builder
	b.WriteString(`{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[],"entries":[`)
	for i := 0; b.Len() < 10<<20; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		n := strconv.Itoa(i)
		status, text, enc := "200", `{\"id\":`+n+`,\"status\":\"ok\",\"items\":[1,2,3]}`, ""
		if i%2 == 1 {
			text, enc = "eyJpZCI6MSwic3RhdHVzIjoib2sifQ==", `,"encoding":"base64"`
		}
		if i%10 == 9 {
			status, text, enc = "422", `{\"message\":\"Validation failed\",\"errors\":{\"qty\":[\"must be positive\"]}}`, ""
		}
		b.WriteString(`
{"startedDateTime":"2026-12-01T10:00:00.000Z","time":12.5,
 "request":{"method":"GET","url":"https://api.example.com/v1/items/` + n + `?page=2","httpVersion":"http/2.0",
  "headers":[{"name":":method","value":"GET"},{"name":":path","value":"/v1/items/` + n + `?page=2"},{"name":"accept","value":"application/json"},
   {"name":"user-agent","value":"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"}],
  "queryString":[{"name":"page","value":"2"}],"cookies":[],"headersSize":-1,"bodySize":0},
 "response":{"status":` + status + `,"statusText":"","httpVersion":"http/2.0",
  "headers":[{"name":"content-type","value":"application/json"},{"name":"x-ratelimit-remaining","value":"` + strconv.Itoa(1000-i%1000) + `"},{"name":"date","value":"Tue, 01 Dec 2026 10:00:00 GMT"}],
  "cookies":[],"content":{"size":48,"mimeType":"application/json","text":"` + text + `"` + enc + `},
  "redirectURL":"","headersSize":-1,"bodySize":48,"_transferSize":300},
 "cache":{},"timings":{"send":0.1,"wait":10.0,"receive":2.4}}`)
	}
	b.WriteString("]}}\n")
	return []byte(b.String())
}
