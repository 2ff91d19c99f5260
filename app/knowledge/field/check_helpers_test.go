package field

import (
	"strconv"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/knowledge/note"
	"github.com/httpexplain/httpexplain/app/message"
)

// testEntries stands in for the registry so these tests do not move when
// the real table changes.
var testEntries = map[string]Entry{
	"date":                        {Name: "Date", Status: Permanent, Summary: "When the message was made.", Reference: "https://www.rfc-editor.org/rfc/rfc9110#section-6.6.1"},
	"content-type":                {Name: "Content-Type", Status: Permanent, Summary: "The media type of the body.", Reference: "https://www.rfc-editor.org/rfc/rfc9110#section-8.3"},
	"content-length":              {Name: "Content-Length", Status: Permanent},
	"cache-control":               {Name: "Cache-Control", Status: Permanent},
	"expires":                     {Name: "Expires", Status: Permanent},
	"etag":                        {Name: "ETag", Status: Permanent},
	"last-modified":               {Name: "Last-Modified", Status: Permanent},
	"age":                         {Name: "Age", Status: Permanent},
	"vary":                        {Name: "Vary", Status: Permanent},
	"set-cookie":                  {Name: "Set-Cookie", Status: Permanent},
	"pragma":                      {Name: "Pragma", Status: Deprecated},
	"warning":                     {Name: "Warning", Status: Obsoleted},
	"x-request-id":                {Name: "X-Request-Id", Status: Unregistered},
	"strict-transport-security":   {Name: "Strict-Transport-Security", Status: Permanent},
	"server":                      {Name: "Server", Status: Permanent},
	"connection":                  {Name: "Connection", Status: Permanent},
	"keep-alive":                  {Name: "Keep-Alive", Status: Permanent},
	"transfer-encoding":           {Name: "Transfer-Encoding", Status: Permanent},
	"x-frame-options":             {Name: "X-Frame-Options", Status: Permanent},
	"www-authenticate":            {Name: "WWW-Authenticate", Status: Permanent},
	"retry-after":                 {Name: "Retry-After", Status: Permanent},
	"cache-status":                {Name: "Cache-Status", Status: Permanent},
	"access-control-allow-origin": {Name: "Access-Control-Allow-Origin", Status: Permanent},
}

func testLookup(name string) (Entry, bool) {
	e, ok := testEntries[strings.ToLower(name)]
	return e, ok
}

// sample builds an exchange from a small text: optional "# url: …" lines,
// an optional request (request line, fields, blank line), then a response
// (status line or bare fields, blank line, body). Lines are numbered as
// in a paste.
func sample(t testing.TB, text string) *message.Exchange {
	t.Helper()
	lines := strings.Split(strings.TrimPrefix(text, "\n"), "\n")
	ex := &message.Exchange{}
	url := ""
	n := 0
	for n < len(lines) && strings.HasPrefix(lines[n], "#") {
		if u, ok := strings.CutPrefix(lines[n], "# url: "); ok {
			url = u
		}
		n++
	}
	readFields := func() message.Header {
		var h message.Header
		for n < len(lines) && lines[n] != "" {
			name, value, ok := strings.Cut(lines[n], ":")
			if !ok {
				t.Fatalf("sample line %d has no colon: %q", n+1, lines[n])
			}
			h = append(h, message.Field{Name: name, Value: strings.Trim(value, " \t"), Line: n + 1})
			n++
		}
		return h
	}
	if n < len(lines) && !strings.HasPrefix(lines[n], "HTTP/") && strings.Contains(lines[n], " HTTP/") {
		parts := strings.Fields(lines[n])
		req := &message.Request{Method: parts[0], Target: parts[1], Version: parts[2], Line: n + 1, URL: url}
		n++
		req.Header = readFields()
		n++ // blank line
		ex.Request = req
	} else if url != "" {
		ex.Request = &message.Request{Method: "GET", URL: url}
	}
	resp := &message.Response{Line: n + 1}
	if n < len(lines) && strings.HasPrefix(lines[n], "HTTP/") {
		parts := strings.SplitN(lines[n], " ", 3)
		resp.Version = parts[0]
		if len(parts) > 1 {
			resp.Status, _ = strconv.Atoi(parts[1])
		}
		if len(parts) > 2 {
			resp.Reason = parts[2]
		}
		n++
	}
	resp.Header = readFields()
	if n < len(lines)-1 {
		body := strings.Join(lines[n+1:], "\n")
		resp.Body = message.NewBody([]byte(body), resp.Header.Get("Content-Type"), n+2)
	}
	ex.Response = resp
	return ex
}

func ids(ns []note.Note) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.ID
	}
	return out
}

func hasID(ns []note.Note, id string) bool {
	for _, n := range ns {
		if n.ID == id {
			return true
		}
	}
	return false
}

func findNote(ns []note.Note, id string) (note.Note, bool) {
	for _, n := range ns {
		if n.ID == id {
			return n, true
		}
	}
	return note.Note{}, false
}
