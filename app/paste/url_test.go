package paste

import "testing"

// A request's URL is rebuilt with https when the connection shows TLS or
// the version is one clients speak only over TLS.
func TestRebuiltURLScheme(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"h2 without connection line", "> GET /v1/me HTTP/2\n> Host: api.example.com\n>\n< HTTP/2 200\n< content-type: text/plain\n<\nok\n", "https://api.example.com/v1/me"},
		{"h1 without connection line", "> GET /v1/me HTTP/1.1\n> Host: api.example.com\n>\n< HTTP/1.1 200 OK\n< Content-Type: text/plain\n<\nok\n", "http://api.example.com/v1/me"},
		{"h1 on port 443", "* Connected to api.example.com (203.0.113.1) port 443\n> GET /v1/me HTTP/1.1\n> Host: api.example.com\n>\n< HTTP/1.1 200 OK\n<\n", "https://api.example.com/v1/me"},
	}
	for _, c := range cases {
		doc := Read([]byte(c.in))
		if len(doc.Exchanges) == 0 || doc.Exchanges[0].Request == nil {
			t.Fatalf("%s: no request read: %+v", c.name, doc)
		}
		if got := doc.Exchanges[0].Request.URL; got != c.want {
			t.Errorf("%s: URL = %q, want %q", c.name, got, c.want)
		}
	}
}
