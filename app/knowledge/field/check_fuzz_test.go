package field

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/message"
)

// FuzzCheck feeds arbitrary field lines and bodies through every check:
// go test ./app/knowledge/field/ -run '^$' -fuzz FuzzCheck -fuzztime 1m
func FuzzCheck(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "checks", "*.http"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b), "HTTP/1.1", 200, "OPTIONS")
		}
	}
	for _, tc := range noteCases {
		f.Add(tc.hit, "HTTP/2", 401, "GET")
	}
	f.Add("%!:", "0", 401, "0") // a name that looks like a formatting fault
	f.Fuzz(func(t *testing.T, text, version string, status int, method string) {
		ex := fuzzExchange(text, version, status, method)
		rs, ns := Check(ex)
		if len(rs) != len(ex.Response.Header) {
			t.Fatalf("%d results for %d fields", len(rs), len(ex.Response.Header))
		}
		for _, n := range ns {
			// "%!" marks a formatting fault unless the paste itself held it.
			if n.ID == "" || n.Summary == "" || strings.Contains(n.Summary, "%!") && !strings.Contains(text, "%!") {
				t.Fatalf("malformed note %+v", n)
			}
		}
	})
}

// fuzzExchange splits text into request fields (before a line "--") and
// response fields and body, without the checks of the test sample reader.
func fuzzExchange(text, version string, status int, method string) *message.Exchange {
	req := &message.Request{Method: method, URL: "https://example.com/"}
	resp := &message.Response{Version: version, Status: status, Line: 1}
	head, body, _ := strings.Cut(text, "\n\n")
	reqPart, respPart, ok := strings.Cut(head, "\n--\n")
	if !ok {
		reqPart, respPart = "", head
	}
	for i, l := range strings.Split(reqPart, "\n") {
		if name, value, ok := strings.Cut(l, ":"); ok {
			req.Header = append(req.Header, message.Field{Name: name, Value: value, Line: i + 1})
		}
	}
	for i, l := range strings.Split(respPart, "\n") {
		if name, value, ok := strings.Cut(l, ":"); ok {
			resp.Header = append(resp.Header, message.Field{Name: name, Value: strings.TrimSpace(value), Line: i + 2})
		}
	}
	resp.Body = message.NewBody([]byte(body), resp.Header.Get("Content-Type"), 99)
	return &message.Exchange{Request: req, Response: resp}
}
