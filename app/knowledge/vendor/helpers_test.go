package vendor

import (
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/jsontree"
	"github.com/httpexplain/httpexplain/app/message"
)

// sample describes an exchange compactly for the tables: target is an
// absolute URL, an origin-form path, or "" for a response-only paste.
type sample struct {
	method  string
	target  string
	reqHdr  []string // "Name: value"
	status  int
	respHdr []string
	body    string
}

func (s sample) exchange() *message.Exchange {
	ex := &message.Exchange{}
	if s.target != "" || len(s.reqHdr) > 0 {
		r := &message.Request{Method: s.method, Version: "HTTP/1.1", Line: 1}
		if r.Method == "" {
			r.Method = "GET"
		}
		switch {
		case strings.HasPrefix(s.target, "https://") || strings.HasPrefix(s.target, "http://"):
			r.URL = s.target
			rest := s.target[strings.Index(s.target, "://")+3:]
			host, path := rest, "/"
			if i := strings.IndexByte(rest, '/'); i >= 0 {
				host, path = rest[:i], rest[i:]
			}
			r.Target = path
			r.Header = append(r.Header, message.Field{Name: "Host", Value: host, Line: 2})
		default:
			r.Target = s.target
		}
		r.Header = append(r.Header, fields(s.reqHdr, 3)...)
		ex.Request = r
	}
	resp := &message.Response{Version: "HTTP/1.1", Status: s.status, Line: 10}
	resp.Header = fields(s.respHdr, 11)
	if s.body != "" {
		resp.Body = message.NewBody([]byte(s.body), "application/json; charset=utf-8", 20)
	}
	ex.Response = resp
	return ex
}

func fields(lines []string, first int) message.Header {
	var h message.Header
	for i, l := range lines {
		name, value, _ := strings.Cut(l, ":")
		h = append(h, message.Field{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value), Line: first + i})
	}
	return h
}

// needJSON skips a test whose point is a body shape while the JSON parser
// it relies on cannot yet read a simple object.
func needJSON(t *testing.T) {
	t.Helper()
	tree, err := jsontree.Parse([]byte(`{"a":1}`), jsontree.Options{})
	if err != nil || tree.Root() == jsontree.NoNode || tree.Get(tree.Root(), "a") == jsontree.NoNode {
		t.Skip("jsontree does not parse yet; body-shape cases skipped")
	}
}

// containsAll reports the phrases (case-insensitive) missing from s.
func missing(s string, phrases []string) []string {
	var out []string
	low := strings.ToLower(s)
	for _, p := range phrases {
		if !strings.Contains(low, strings.ToLower(p)) {
			out = append(out, p)
		}
	}
	return out
}
