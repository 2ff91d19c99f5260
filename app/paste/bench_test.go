package paste

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// sample2KB is a typical paste: a curl -i response with a JSON error body.
func sample2KB() []byte {
	var b bytes.Buffer
	b.WriteString("HTTP/2 422 \r\ncontent-type: application/json; charset=utf-8\r\ndate: Tue, 01 Dec 2026 09:15:02 GMT\r\n")
	b.WriteString("x-ratelimit-limit: 1234\r\nx-ratelimit-remaining: 1187\r\nx-ratelimit-reset: 1388534400\r\n")
	for i := 0; b.Len() < 1200; i++ {
		b.WriteString("x-trace-" + strconv.Itoa(i) + ": 4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7\r\n")
	}
	b.WriteString("\r\n{\"message\":\"Validation failed\",\"errors\":{")
	for i := 0; b.Len() < 2040; i++ {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\"field" + strconv.Itoa(i) + "\":[\"can't be blank\"]")
	}
	b.WriteString("}}")
	return b.Bytes()
}

// sample1MBJSON is a response with a 1 MB pretty-printed JSON body.
func sample1MBJSON() []byte {
	var b bytes.Buffer
	b.WriteString("HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"collection\": [\n")
	item := "    {\"id\": \"usr_0vWmJhV5\", \"username\": \"someone\", \"email\": \"someone@example.com\", \"created_at\": 1764580000.5},\n"
	for b.Len() < 1<<20 {
		b.WriteString(item)
	}
	b.WriteString("    {}\n  ],\n  \"more_results\": false\n}\n")
	return b.Bytes()
}

func BenchmarkRead2KB(b *testing.B) {
	in := sample2KB()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Read(in)
	}
}

func BenchmarkRead1MBJSON(b *testing.B) {
	in := sample1MBJSON()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Read(in)
	}
}

func TestBenchSamples(t *testing.T) {
	// The benchmarks must measure a real reading, not an error path.
	for name, in := range map[string][]byte{"2KB": sample2KB(), "1MB": sample1MBJSON()} {
		doc := Read(in)
		resp := lastResponse(doc)
		if resp == nil || resp.Body == nil || !resp.Body.IsJSON || resp.Body.JSONError != nil {
			t.Errorf("%s: sample not read as a JSON response: %v", name, doc.Diagnostics)
		}
		if len(doc.Diagnostics) > 0 && !strings.Contains(doc.Diagnostics[0].Message, "reason") {
			t.Errorf("%s: unexpected diagnostics %v", name, doc.Diagnostics)
		}
	}
}
