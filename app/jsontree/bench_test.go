package jsontree

import (
	"fmt"
	"strings"
	"testing"
)

// genAPIDoc builds a JSON document of about size bytes shaped like an API
// list response: objects with strings, numbers, booleans, nulls and nested
// arrays, some strings with escapes and non-ASCII text.
func genAPIDoc(size int) []byte {
	var b strings.Builder
	b.WriteString(`{"data":[`)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, `{"id":%d,"uuid":"6f1c%08x-4e2b-9a7d-3c5e8f0a1b2c","name":"User number %d","email":"user%d@example.com",`+
			`"active":%v,"score":%d.%02d,"balance":-%de-2,"tags":["alpha","beta","grüße"],"manager":null,`+
			`"address":{"street":"%d Main St.","city":"Springfield","zip":"%05d","note":"line1\nline2 \"quoted\" \u00e9"}}`,
			i, i, i, i, i%3 == 0, i%100, i%97, i*7, i, i%99999)
	}
	b.WriteString(`],"meta":{"total":12345678901234567890123,"next":null}}`)
	return []byte(b.String())
}

// genHAR builds a HAR-like document of about size bytes: entries with
// header arrays and JSON bodies embedded as escaped strings.
func genHAR(size int) []byte {
	var b strings.Builder
	b.WriteString(`{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"entries":[`)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `
    {
      "startedDateTime": "2026-05-01T10:00:%02d.123Z",
      "time": %d.25,
      "request": {
        "method": "POST",
        "url": "https://api.example.com/v1/orders/%d?expand=items&page=2",
        "httpVersion": "http/2.0",
        "headers": [
          {"name": ":method", "value": "POST"},
          {"name": ":path", "value": "/v1/orders/%d?expand=items&page=2"},
          {"name": "content-type", "value": "application/json"},
          {"name": "authorization", "value": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"},
          {"name": "user-agent", "value": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"}
        ],
        "queryString": [{"name": "expand", "value": "items"}, {"name": "page", "value": "2"}],
        "cookies": [],
        "postData": {"mimeType": "application/json", "text": "{\"quantity\":%d,\"currency\":\"eur\",\"note\":\"gift \\u00e9\"}"},
        "headersSize": -1,
        "bodySize": 58
      },
      "response": {
        "status": 422,
        "statusText": "",
        "httpVersion": "http/2.0",
        "headers": [
          {"name": "content-type", "value": "application/problem+json"},
          {"name": "x-ratelimit-remaining", "value": "%d"},
          {"name": "date", "value": "Fri, 01 May 2026 10:00:00 GMT"}
        ],
        "cookies": [],
        "content": {"size": 180, "mimeType": "application/problem+json", "text": "{\"type\":\"https://api.example.com/problems/validation\",\"title\":\"Your request is not valid.\",\"status\":422,\"errors\":[{\"detail\":\"must be a positive integer\",\"pointer\":\"#/quantity\"}]}"},
        "redirectURL": "",
        "headersSize": -1,
        "bodySize": 180,
        "_transferSize": 412
      },
      "cache": {},
      "timings": {"blocked": -1, "dns": -1, "send": 0.1, "wait": 80.0, "receive": 4.1}
    }`, i%60, i, i, i, i, 1000-i%1000)
	}
	b.WriteString("]}}\n")
	return []byte(b.String())
}

func benchParse(b *testing.B, src []byte) {
	if _, err := Parse(src, Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Parse(src, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParse1MB(b *testing.B)     { benchParse(b, genAPIDoc(1<<20)) }
func BenchmarkParse10MBHAR(b *testing.B) { benchParse(b, genHAR(10<<20)) }
