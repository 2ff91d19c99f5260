package status

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/httpexplain/httpexplain/app/internal/golden"

	"github.com/httpexplain/httpexplain/app/knowledge/note"
	"github.com/httpexplain/httpexplain/app/message"
)

// sample is a response as a paste would give it: status line on line 1,
// fields from line 2.
type sample struct {
	version string
	code    int
	reason  string
	fields  []string
	body    string
	omitted bool
}

func (s sample) exchange(method string) *message.Exchange {
	v := s.version
	if v == "" {
		v = "HTTP/1.1"
	}
	r := &message.Response{Version: v, Status: s.code, Reason: s.reason, Header: header(s.fields...), Line: 1}
	if s.body != "" || s.omitted {
		r.Body = &message.Body{Bytes: []byte(s.body), Line: len(s.fields) + 3, Omitted: s.omitted}
	}
	return &message.Exchange{
		Request:  &message.Request{Method: method, Target: "/v1/orders", Version: v, Line: 1},
		Response: r,
	}
}

// checkCases pair each note with samples that raise it and samples that
// must not.
var checkCases = []struct {
	id      string
	trigger []sample
	clean   []sample
}{
	{IDReasonDiffers,
		[]sample{
			{code: 200, reason: "Okay"},
			{code: 429, reason: "TOO MANY REQUESTS", fields: []string{"Retry-After: 1"}},
			{code: 422, reason: "Unprocessable Entity"},
			{code: 413, reason: "Payload Too Large"},
		},
		[]sample{
			{code: 200, reason: "OK"},
			{version: "HTTP/2", code: 404},
			{code: 499, reason: "Client Closed Request"},
			{code: 422, reason: "Unprocessable Content"},
		}},
	{IDUnregistered,
		[]sample{
			{code: 499, reason: "Client Closed Request"},
			{code: 477, reason: "Custom"},
			{code: 522},
		},
		[]sample{{code: 404, reason: "Not Found"}, {code: 418, reason: "I'm a teapot"}}},
	{IDInvalid,
		[]sample{{code: 600, reason: "Weird"}, {code: 42}},
		[]sample{{code: 599}, {code: 100, reason: "Continue"}}},
	{IDObsolete,
		[]sample{{code: 306, reason: "Switch Proxy", fields: []string{"Location: /x"}}, {code: 510, reason: "Not Extended"}, {code: 305, fields: []string{"Location: http://proxy.example:3128/"}}},
		[]sample{{code: 308, reason: "Permanent Redirect", fields: []string{"Location: /v2/orders"}}, {code: 418}}},
	{IDCreatedNoLocation,
		[]sample{{code: 201, reason: "Created", fields: []string{"Content-Type: application/json"}, body: `{"id":"ord_81"}`}},
		[]sample{{code: 201, reason: "Created", fields: []string{"Location: /v1/orders/ord_81"}}, {code: 200}}},
	{IDRedirectNoLocation,
		[]sample{{code: 302, reason: "Found"}, {code: 308}, {code: 305}},
		[]sample{{code: 302, reason: "Found", fields: []string{"location: https://login.example.com/"}}, {code: 304, fields: []string{`ETag: "a1"`}}, {code: 300}}},
	{IDNotModifiedNoValidator,
		[]sample{{code: 304, reason: "Not Modified", fields: []string{"Cache-Control: max-age=60"}}},
		[]sample{
			{code: 304, reason: "Not Modified", fields: []string{`ETag: "33a64df5"`}},
			{code: 304, reason: "Not Modified", fields: []string{"Last-Modified: Wed, 21 Oct 2026 07:28:00 GMT"}},
		}},
	{IDMethodNotAllowedNoAllow,
		[]sample{{code: 405, reason: "Method Not Allowed"}},
		[]sample{{code: 405, reason: "Method Not Allowed", fields: []string{"Allow: GET, HEAD"}}}},
	{IDUnauthorizedNoChallenge,
		[]sample{{code: 401, reason: "Unauthorized", fields: []string{"Content-Type: application/json"}, body: `{"error":"invalid_token"}`}},
		[]sample{{code: 401, reason: "Unauthorized", fields: []string{`WWW-Authenticate: Bearer realm="api", error="invalid_token"`}}, {code: 403}}},
	{IDProxyAuthNoChallenge,
		[]sample{{code: 407, reason: "Proxy Authentication Required"}},
		[]sample{{code: 407, reason: "Proxy Authentication Required", fields: []string{`Proxy-Authenticate: Basic realm="corp"`}}}},
	{IDRetryAfterMissing,
		[]sample{{code: 503, reason: "Service Unavailable"}, {code: 429, reason: "Too Many Requests", fields: []string{"X-RateLimit-Remaining: 0"}}},
		[]sample{{code: 503, reason: "Service Unavailable", fields: []string{"Retry-After: 120"}}, {code: 429, fields: []string{"retry-after: Wed, 21 Oct 2026 07:28:00 GMT"}}, {code: 500}}},
	{IDRangeNoContentRange,
		[]sample{{code: 206, reason: "Partial Content", fields: []string{"Content-Type: video/mp4"}}, {code: 416, reason: "Range Not Satisfiable"}},
		[]sample{
			{code: 206, reason: "Partial Content", fields: []string{"Content-Range: bytes 0-1023/146515"}},
			{code: 206, reason: "Partial Content", fields: []string{"Content-Type: multipart/byteranges; boundary=THIS_STRING_SEPARATES"}},
			{code: 416, fields: []string{"Content-Range: bytes */146515"}},
		}},
	{IDNoContentHasBody,
		[]sample{{code: 204, reason: "No Content", body: `{"ok":true}`}, {code: 304, fields: []string{`ETag: "a1"`}, body: "<html></html>"}},
		[]sample{{code: 204, reason: "No Content", body: "\r\n"}, {code: 204, omitted: true}, {code: 200, body: `{"ok":true}`}}},
	{IDUpgradeNoUpgrade,
		[]sample{{code: 101, reason: "Switching Protocols", fields: []string{"Connection: Upgrade"}}, {code: 426, reason: "Upgrade Required"}},
		[]sample{{code: 101, reason: "Switching Protocols", fields: []string{"Upgrade: websocket", "Connection: Upgrade"}}, {code: 426, fields: []string{"Upgrade: TLS/1.3, HTTP/1.1"}}}},
	{IDInterim,
		[]sample{{code: 100, reason: "Continue"}, {code: 103, reason: "Early Hints", fields: []string{"Link: </style.css>; rel=preload; as=style"}}},
		[]sample{{code: 200, reason: "OK"}, {code: 101, reason: "Switching Protocols", fields: []string{"Upgrade: websocket"}}}},
}

func ids(notes []note.Note) []string {
	var out []string
	for _, n := range notes {
		out = append(out, n.ID)
	}
	return out
}

func TestCheckTriggers(t *testing.T) {
	defs := map[string]note.Def{}
	for _, d := range Notes() {
		defs[d.ID] = d
	}
	covered := map[string]bool{}
	for _, tc := range checkCases {
		covered[tc.id] = true
		for _, s := range tc.trigger {
			notes := Check(s.exchange("GET"))
			if !slices.Contains(ids(notes), tc.id) {
				t.Errorf("%s: not raised for %d %q %v; got %v", tc.id, s.code, s.reason, s.fields, ids(notes))
			}
			for _, n := range notes {
				d, ok := defs[n.ID]
				if !ok {
					t.Errorf("%s: raised but missing from Notes()", n.ID)
				}
				if n.Level != d.Level || n.Reference != d.Reference || n.Subject != "status" || n.Line != 1 {
					t.Errorf("%s: note %+v does not match its definition", n.ID, n)
				}
				if strings.Contains(n.Summary, "%!") || strings.Contains(n.Summary, "%s") {
					t.Errorf("%s: badly filled summary %q", n.ID, n.Summary)
				}
			}
		}
		for _, s := range tc.clean {
			if got := ids(Check(s.exchange("GET"))); slices.Contains(got, tc.id) {
				t.Errorf("%s: raised for %d %q %v; got %v", tc.id, s.code, s.reason, s.fields, got)
			}
		}
	}
	for id := range defs {
		if !covered[id] {
			t.Errorf("%s: no test case", id)
		}
	}
}

func TestReasonDiffersDetail(t *testing.T) {
	for _, tc := range []struct {
		s    sample
		want string
	}{
		{sample{code: 429, reason: "TOO MANY REQUESTS"}, "letter case"},
		{sample{code: 422, reason: "Unprocessable Entity"}, "another name in use for 422"},
		{sample{code: 418, reason: "I'm a teapot"}, "another name in use for 418"},
		{sample{code: 200, reason: "Everything is fine"}, "proxy"},
	} {
		var found bool
		for _, n := range Check(tc.s.exchange("GET")) {
			if n.ID == IDReasonDiffers {
				found = true
				if !strings.Contains(n.Detail, tc.want) {
					t.Errorf("%d %q: detail %q lacks %q", tc.s.code, tc.s.reason, n.Detail, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%d %q: no reason-differs note", tc.s.code, tc.s.reason)
		}
	}
}

func TestCheckNothingToSay(t *testing.T) {
	for name, ex := range map[string]*message.Exchange{
		"nil":          nil,
		"no response":  {Request: &message.Request{Method: "GET"}},
		"headers only": {Response: &message.Response{Header: header("Content-Type: text/plain")}},
		"clean 200":    sample{code: 200, reason: "OK", fields: []string{"Content-Type: application/json"}, body: "{}"}.exchange("GET"),
	} {
		if got := Check(ex); len(got) != 0 {
			t.Errorf("%s: want no notes, got %v", name, ids(got))
		}
	}
}

func TestCheckBoundsHostileReason(t *testing.T) {
	s := sample{code: 200, reason: strings.Repeat("é", 50000)}
	for _, n := range Check(s.exchange("GET")) {
		if len(n.Summary) > 1000 {
			t.Fatalf("summary of %d bytes repeats the whole reason", len(n.Summary))
		}
	}
}

func TestNotesDefs(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range Notes() {
		if seen[d.ID] {
			t.Errorf("%s: duplicate id", d.ID)
		}
		seen[d.ID] = true
		if !strings.HasPrefix(d.ID, "status.") || d.Summary == "" || d.Detail == "" || !strings.HasPrefix(d.Reference, "https://") {
			t.Errorf("%s: incomplete definition", d.ID)
		}
		switch d.Level {
		case note.Good, note.Info, note.Warn, note.Bad:
		default:
			t.Errorf("%s: level %q", d.ID, d.Level)
		}
	}
	if len(seen) != 15 {
		t.Errorf("got %d definitions, want 15", len(seen))
	}
}

// TestCheckGolden pins the full notes for one sample of each check.
func TestCheckGolden(t *testing.T) {
	got := map[string][]note.Note{}
	for _, tc := range checkCases {
		s := tc.trigger[0]
		got[tc.id] = Check(s.exchange("POST"))
	}
	data, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	data = append(data, '\n')
	const goldenPath = "testdata/check.golden.json"
	golden.Check(t, goldenPath, data)
}

// TestCheckEveryCode runs every check over every code a paste could hold,
// with and without the fields the checks look for, to catch panics and
// unfilled summaries.
func TestCheckEveryCode(t *testing.T) {
	full := []string{"Location: /x", "ETag: \"1\"", "Allow: GET", "WWW-Authenticate: Basic", "Proxy-Authenticate: Basic",
		"Retry-After: 5", "Content-Range: bytes 0-1/2", "Upgrade: websocket"}
	for code := -1; code <= 1000; code++ {
		for _, fields := range [][]string{nil, full} {
			for _, n := range Check(sample{code: code, reason: "X", fields: fields, body: "x"}.exchange("POST")) {
				if strings.Contains(n.Summary, "%!") {
					t.Fatalf("%d: bad summary %q", code, n.Summary)
				}
				if fields != nil && n.ID != IDReasonDiffers && n.ID != IDUnregistered && n.ID != IDInvalid &&
					n.ID != IDObsolete && n.ID != IDInterim && n.ID != IDNoContentHasBody {
					t.Errorf("%d: %s raised although every field is present", code, n.ID)
				}
			}
		}
		RetrySafe("POST", code)
		RetrySafe("GET", code)
	}
}

func TestUnregisteredSummary(t *testing.T) {
	for _, tc := range []struct {
		code int
		want string
	}{
		{499, `499 is not a registered HTTP status code: "Client Closed Request" from nginx`},
		{522, `"Connection Timed Out" from Cloudflare`},
		{477, "clients treat it as 400 Bad Request"},
		{299, "clients treat it as 200 OK"},
	} {
		var got string
		for _, n := range Check(sample{code: tc.code}.exchange("GET")) {
			if n.ID == IDUnregistered {
				got = n.Summary
			}
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%d: summary %q lacks %q", tc.code, got, tc.want)
		}
	}
}
