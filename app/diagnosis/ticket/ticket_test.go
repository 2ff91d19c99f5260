package ticket

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/internal/golden"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
)

// build makes an exchange from "Name: value" lines, an optional body and an
// optional "METHOD URL" request line.
func build(request, fields, contentType, body string) *message.Exchange {
	ex := &message.Exchange{Response: &message.Response{Status: 200}}
	for i, line := range strings.Split(strings.TrimSpace(fields), "\n") {
		if name, value, ok := strings.Cut(line, ":"); ok {
			ex.Response.Header = append(ex.Response.Header, message.Field{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value), Line: i + 2})
		}
	}
	if body != "" {
		ex.Response.Body = message.NewBody([]byte(body), contentType, 20)
	}
	if request != "" {
		method, url, _ := strings.Cut(request, " ")
		ex.Request = &message.Request{Method: method, URL: url, Target: url}
	}
	return ex
}

var samples = []struct {
	name, request, fields, contentType, body string
}{
	{"anthropic-429", "POST https://api.anthropic.com/v1/messages", `
Date: Thu, 26 Mar 2026 16:00:00 GMT
Content-Type: application/json
request-id: req_011CQ7fFq3a8Zy2wWbVv4Kd9
CF-Ray: 9254d1a3fc7e3a1c-FRA
Server: cloudflare`, "application/json",
		`{"type":"error","error":{"type":"rate_limit_error","message":"Number of requests has exceeded your rate limit."},"request_id":"req_011CQ7fFq3a8Zy2wWbVv4Kd9"}`},
	{"aws-apigateway", "GET https://abc123.execute-api.eu-west-1.amazonaws.com/prod/orders/17", `
Date: Thu, 26 Mar 2026 16:00:00 GMT
x-amzn-RequestId: 6f2c1d8e-3b4a-4c5d-9e8f-0a1b2c3d4e5f
x-amz-apigw-id: Jk3lYFmPDoEFq8w=
X-Amzn-Trace-Id: Root=1-6603f2a0-1a2b3c4d5e6f7a8b9c0d1e2f;Sampled=0
X-Cache: Error from cloudfront
Via: 1.1 0123456789abcdef0123456789abcdef.cloudfront.net (CloudFront)
X-Amz-Cf-Pop: FRA56-P4
X-Amz-Cf-Id: 3xQ9b7kL2mN4pR6sT8vW0yZ1aB3cD5eF7gH9iJ==`, "application/json", `{"message":"Too Many Requests"}`},
	{"ms-graph", "GET https://graph.microsoft.com/v1.0/users/dana@example.com", `
Date: Thu, 26 Mar 2026 16:00:00 GMT
request-id: 0b9d2c7e-5f1a-4e3b-8c6d-2a4f6e8b0c1d
client-request-id: 0b9d2c7e-5f1a-4e3b-8c6d-2a4f6e8b0c1d
x-ms-ags-diagnostic: {"ServerInfo":{"DataCenter":"West Europe"}}`, "application/json",
		`{"error":{"code":"Request_ResourceNotFound","message":"Resource 'dana@example.com' does not exist.","innerError":{"date":"2026-03-26T16:00:00","request-id":"0b9d2c7e-5f1a-4e3b-8c6d-2a4f6e8b0c1d","client-request-id":"0b9d2c7e-5f1a-4e3b-8c6d-2a4f6e8b0c1d"}}}`},
	{"aspnet-problem", "POST https://shop.example.com/api/orders", `
Date: Thu, 26 Mar 2026 16:00:00 GMT
Server: Kestrel
traceparent: 00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01`, "application/problem+json",
		`{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"Email":["The Email field is required."]},"traceId":"00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00"}`},
	{"github-fastly", "GET https://api.github.com/repos/acme/app", `
Date: Thu, 26 Mar 2026 16:00:00 GMT
Server: github.com
X-GitHub-Request-Id: C1A2:3B4C:5D6E7F:8A9B0C:6603F2A0
Via: 1.1 varnish
X-Served-By: cache-fra-etou8220045-FRA
X-Fastly-Request-ID: 9f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6`, "", ""},
	{"s3-xml", "GET https://bucket.s3.eu-central-1.amazonaws.com/missing.txt", `
Date: Thu, 26 Mar 2026 16:00:00 GMT
Server: AmazonS3
x-amz-request-id: 4442587FB7D0A2F9
x-amz-id-2: vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=`, "application/xml",
		`<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>missing.txt</Key><RequestId>4442587FB7D0A2F9</RequestId></Error>`},
	{"vercel-behind-cloudflare", "", `
date: Thu, 26 Mar 2026 16:00:00 GMT
server: cloudflare
cf-ray: 8a1b2c3d4e5f6a7b-AMS
cf-cache-status: DYNAMIC
x-vercel-id: fra1::iad1::abcde-1774540800000-0123456789ab`, "", ""},
	{"akamai-spring", "PUT http://api.example.org/v2/users/7", `
Date: Thu, 26 Mar 2026 16:00:00 GMT
Server: AkamaiGHost
X-Akamai-Request-ID: 1a2b3c4d.5e6f7a8b
X-Correlation-Id: 5f0c2b1a-7d3e-4f9a-b8c6-1e2d3c4b5a69`, "application/json",
		`{"timestamp":"2026-03-26T16:00:00.000+00:00","status":500,"error":"Internal Server Error","path":"/v2/users/7","requestId":"a1b2c3d4-12"}`},
	{"request-only", "DELETE https://api-e2.authrocket.com/v2/users/usr_1", "", "", ""},
}

func TestGolden(t *testing.T) {
	for _, s := range samples {
		t.Run(s.name, func(t *testing.T) {
			ex := build(s.request, s.fields, s.contentType, s.body)
			if s.fields == "" {
				ex.Response = nil
			}
			got, err := json.MarshalIndent(Read(ex), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", s.name+".golden.json")
			golden.Check(t, path, got)
		})
	}
}

func TestIDs(t *testing.T) {
	tests := []struct {
		name, fields, body string
		want               string // "name=value;..." in order
	}{
		{"table order not paste order", "Traceparent: 00-aa-bb-01\nX-Request-Id: r1\nCF-Ray: c1-FRA",
			"", "X-Request-Id=r1;CF-Ray=c1-FRA;Traceparent=00-aa-bb-01"},
		{"name kept as pasted", "x-request-id: abc", "", "x-request-id=abc"},
		{"repeated field", "X-Request-Id: one\nX-Request-Id: two", "", "X-Request-Id=one;X-Request-Id=two"},
		{"header and body same value once", "Request-Id: req_1", `{"request_id":"req_1"}`, "Request-Id=req_1"},
		{"nested body id", "", `{"error":{"innerError":{"request-id":"g-1"}}}`, "body:error.innerError.request-id=g-1"},
		{"numeric body id", "", `{"meta":{"requestId":12345678901234567890}}`, "body:meta.requestId=12345678901234567890"},
		{"id in array item", "", `{"errors":[{"trace_id":"t-9"}]}`, "body:errors.trace_id=t-9"},
		{"non-id keys ignored", "", `{"id":"x","request":"y","requestIds":["z"]}`, ""},
		{"broken json keeps what was read", "", `{"request_id":"r-7", "oops`, "body:request_id=r-7"},
		{"empty and huge values skipped", "X-Request-Id:\nX-Trace-Id: " + strings.Repeat("a", 300), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := build("", tt.fields, "application/json", tt.body)
			var parts []string
			for _, id := range Read(ex).IDs {
				parts = append(parts, id.Name+"="+id.Value)
			}
			if got := strings.Join(parts, ";"); got != tt.want {
				t.Errorf("ids = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCDN(t *testing.T) {
	tests := []struct{ fields, want string }{
		{"Server: cloudflare", "Cloudflare"},
		{"CF-Ray: 1-LHR", "Cloudflare"},
		{"Via: 1.1 a.cloudfront.net (CloudFront)", "Amazon CloudFront"},
		{"X-Served-By: cache-lhr7321-LHR", "Fastly"},
		{"X-Served-By: web-3", ""},
		{"Server: AkamaiGHost", "Akamai"},
		{"X-Vercel-Id: fra1::x", "Vercel"},
		{"Server: Netlify", "Netlify"},
		{"Fly-Request-Id: 01J-fra", "Fly.io"},
		{"X-Azure-Ref: 0aBc", "Azure Front Door"},
		{"Via: 1.1 google", "Google Cloud"},
		{"Via: 1.1 varnish (Varnish/7.4)", "Varnish cache"},
		{"Server: nginx", ""},
		{"Server: cloudflare\nX-Vercel-Id: fra1::x", "Cloudflare, Vercel"},
	}
	for _, tt := range tests {
		if got := Read(build("", tt.fields, "", "")).CDN; got != tt.want {
			t.Errorf("%q: CDN = %q, want %q", tt.fields, got, tt.want)
		}
	}
}

func TestHostileBody(t *testing.T) {
	deep := strings.Repeat(`{"a":`, 100000) + `"x"` + strings.Repeat("}", 100000)
	many := "{" + strings.Repeat(`"request_id":"r",`, 100000) + `"z":1}`
	for _, b := range []string{deep, many, "[" + strings.Repeat("[", 1<<20), "<RequestId>" + strings.Repeat("x", 1<<20)} {
		f := Read(build("", "X-Request-Id: a", "application/json", b))
		if len(f.IDs) > maxIDs+1 {
			t.Errorf("%d ids", len(f.IDs))
		}
	}
	if got := Read(nil); got.Endpoint != "" || got.IDs != nil {
		t.Errorf("nil exchange gave %+v", got)
	}
}

// TestBodyIDKeyLens checks that the length filter lets every id name
// through, and that an id key written with escapes is still found.
func TestBodyIDKeyLens(t *testing.T) {
	keys, lens := bodyIDKeys()
	for k := range keys {
		if len(k) >= 64 || lens&(1<<len(k)) == 0 {
			t.Errorf("%q is filtered out by its length", k)
		}
	}
	tr, err := jsontree.Parse([]byte(`{"data":{"id":1,"address":"x"},"trace\u0049d":"abc","request_id":7}`), jsontree.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ids := treeIDs(tr)
	if len(ids) != 2 || ids[0] != (ID{Name: "body:traceId", Value: "abc"}) || ids[1] != (ID{Name: "body:request_id", Value: "7"}) {
		t.Errorf("ids %+v", ids)
	}
}
