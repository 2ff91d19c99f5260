package paste

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/httpexplain/httpexplain/app/internal/golden"

	"github.com/httpexplain/httpexplain/app/message"
)

// harDumpDoc is the test-only JSON shape of a Document, so goldens show
// every field readHAR sets.
type harDumpDoc struct {
	Format      string               `json:"format"`
	Diagnostics []message.Diagnostic `json:"diagnostics"`
	Exchanges   []harDumpExchange    `json:"exchanges"`
}

type harDumpExchange struct {
	Request  *harDumpMessage `json:"request"`
	Response *harDumpMessage `json:"response"`
}

type harDumpMessage struct {
	Line    int          `json:"line"`
	Method  string       `json:"method,omitempty"`
	URL     string       `json:"url,omitempty"`
	Target  string       `json:"target,omitempty"`
	Version string       `json:"version"`
	Status  int          `json:"status,omitempty"`
	Reason  string       `json:"reason,omitempty"`
	Header  []string     `json:"header"`
	Body    *harDumpBody `json:"body,omitempty"`
}

type harDumpBody struct {
	Line      int    `json:"line"`
	MediaType string `json:"mediaType,omitempty"`
	Charset   string `json:"charset,omitempty"`
	IsJSON    bool   `json:"isJSON,omitempty"`
	Omitted   bool   `json:"omitted,omitempty"`
	Text      string `json:"text,omitempty"`
	JSONError string `json:"jsonError,omitempty"`
	JSONNodes int    `json:"jsonNodes,omitempty"`
}

func harDumpHeader(h message.Header) []string {
	out := []string{}
	for _, f := range h {
		out = append(out, fmt.Sprintf("%d %s: %s", f.Line, f.Name, f.Value))
	}
	return out
}

func harDumpBodyOf(b *message.Body) *harDumpBody {
	if b == nil {
		return nil
	}
	d := &harDumpBody{Line: b.Line, MediaType: b.MediaType, Charset: b.Charset, IsJSON: b.IsJSON, Omitted: b.Omitted, JSONNodes: b.JSON.Count()}
	if utf8.Valid(b.Bytes) {
		d.Text = string(b.Bytes)
	} else {
		d.Text = fmt.Sprintf("(%d bytes, not UTF-8)", len(b.Bytes))
	}
	if b.JSONError != nil {
		d.JSONError = b.JSONError.Message
	}
	return d
}

func harDump(doc *message.Document) []byte {
	d := harDumpDoc{Format: doc.Format, Diagnostics: doc.Diagnostics, Exchanges: []harDumpExchange{}}
	if d.Diagnostics == nil {
		d.Diagnostics = []message.Diagnostic{}
	}
	for _, ex := range doc.Exchanges {
		var de harDumpExchange
		if q := ex.Request; q != nil {
			de.Request = &harDumpMessage{Line: q.Line, Method: q.Method, URL: q.URL, Target: q.Target, Version: q.Version,
				Header: harDumpHeader(q.Header), Body: harDumpBodyOf(q.Body)}
		}
		if p := ex.Response; p != nil {
			de.Response = &harDumpMessage{Line: p.Line, Version: p.Version, Status: p.Status, Reason: p.Reason,
				Header: harDumpHeader(p.Header), Body: harDumpBodyOf(p.Body)}
		}
		d.Exchanges = append(d.Exchanges, de)
	}
	out, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		panic(err)
	}
	return append(out, '\n')
}

func TestReadHARGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "har", "*.har"))
	if err != nil || len(files) < 6 {
		t.Fatalf("want the HAR samples, found %d (%v)", len(files), err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".har")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			doc, ok := readHAR(src)
			if !ok {
				t.Fatal("readHAR refused the sample")
			}
			got := harDump(doc)
			golden.Check(t, strings.TrimSuffix(file, ".har")+".golden.json", got)
		})
	}
}

// TestReadHARFacts checks the facts each sample exists for, so that a
// golden rewritten by mistake cannot hide a regression.
func TestReadHARFacts(t *testing.T) {
	read := func(t *testing.T, name string) *message.Document {
		src, err := os.ReadFile(filepath.Join("testdata", "har", name))
		if err != nil {
			t.Fatal(err)
		}
		doc, ok := readHAR(src)
		if !ok || doc.Format != message.FormatHAR {
			t.Fatalf("%s: ok=%v", name, ok)
		}
		return doc
	}
	hasDiag := func(doc *message.Document, level message.Level, line int, part string) bool {
		for _, d := range doc.Diagnostics {
			if d.Level == level && (line == 0 || d.Line == line) && strings.Contains(d.Message, part) {
				return true
			}
		}
		return false
	}
	tests := []struct {
		file  string
		check func(t *testing.T, doc *message.Document)
	}{
		{"chrome.har", func(t *testing.T, doc *message.Document) {
			if len(doc.Exchanges) != 3 {
				t.Fatalf("%d exchanges", len(doc.Exchanges))
			}
			q, p := doc.Exchanges[0].Request, doc.Exchanges[0].Response
			if q.Target != "/v1/cart?expand=items" || q.Version != "HTTP/2" || q.Header.Has(":path") || q.Header.Get("accept") != "application/json" {
				t.Errorf("request %+v", q)
			}
			if p.Status != 200 || p.Body == nil || !p.Body.IsJSON || p.Body.JSON == nil || p.Body.Charset != "utf-8" {
				t.Errorf("response %+v", p)
			}
			bad := doc.Exchanges[1].Response
			if bad.Status != 422 || bad.Body == nil || !bytes.HasPrefix(bad.Body.Bytes, []byte(`{"type":"https://api.example.com/problems/validation"`)) ||
				bad.Body.MediaType != "application/problem+json" || bad.Body.JSONError != nil {
				t.Errorf("base64 body not decoded: %q", bad.Body.Bytes)
			}
			if doc.Exchanges[2].Request.Target != "/" || doc.Exchanges[2].Response.Body != nil {
				t.Error("bare host URL should target / and an empty content no body")
			}
			if f, _ := p.Header.Lookup("content-type"); f.Line != 78 {
				t.Errorf("content-type field line %d, want 78 (its header object)", f.Line)
			}
			if !hasDiag(doc, message.Info, 34, ":authority, :method, :path, :scheme") {
				t.Errorf("pseudo-header diagnostic missing: %+v", doc.Diagnostics)
			}
		}},
		{"firefox.har", func(t *testing.T, doc *message.Document) {
			p := doc.Exchanges[0].Response
			if p.Status != 401 || p.Reason != "Unauthorized" || p.Version != "HTTP/2" {
				t.Errorf("response %+v", p)
			}
			if b := doc.Exchanges[1].Response.Body; b == nil || !b.Omitted || b.MediaType != "text/javascript" {
				t.Errorf("omitted body %+v", b)
			}
			if doc.Exchanges[2].Response.Status != 0 || !hasDiag(doc, message.Warn, 0, "CORS") || !hasDiag(doc, message.Warn, 0, "NS_ERROR_DOM_BAD_URI") {
				t.Errorf("status 0 diagnostic missing: %+v", doc.Diagnostics)
			}
		}},
		{"bom-trailing-commas.har", func(t *testing.T, doc *message.Document) {
			if len(doc.Exchanges) != 1 || doc.Exchanges[0].Response.Status != 204 {
				t.Fatalf("exchanges %+v", doc.Exchanges)
			}
			if !hasDiag(doc, message.Info, 1, "byte order mark") || !hasDiag(doc, message.Info, 4, "Skipped 9 trailing commas") {
				t.Errorf("diagnostics %+v", doc.Diagnostics)
			}
			if f, _ := doc.Exchanges[0].Request.Header.Lookup("Authorization"); f.Line != 13 {
				t.Errorf("field line %d, want 13", f.Line)
			}
		}},
		{"cut-off.har", func(t *testing.T, doc *message.Document) {
			if len(doc.Exchanges) != 1 || doc.Exchanges[0].Response.Status != 404 {
				t.Fatalf("exchanges %+v", doc.Exchanges)
			}
			if !hasDiag(doc, message.Warn, 19, "cut off at line 19, column 142") || !hasDiag(doc, message.Warn, 19, "the entry starting at line 12 is incomplete") {
				t.Errorf("diagnostics %+v", doc.Diagnostics)
			}
		}},
		{"object-headers.har", func(t *testing.T, doc *message.Document) {
			p := doc.Exchanges[0].Response
			if got := p.Header.Values("Set-Cookie"); len(got) != 2 || got[1] != "remember=1; Max-Age=2592000; Path=/" {
				t.Errorf("Set-Cookie %q", got)
			}
			if got := p.Header.Values("Vary"); len(got) != 2 {
				t.Errorf("Vary %q", got)
			}
			q := doc.Exchanges[0].Request
			if q.Header.Get("Content-Length") != "27" || q.Target != "/login?next=%2Fdashboard" {
				t.Errorf("request %+v", q)
			}
			q2 := doc.Exchanges[1].Request
			if q2.Header.Get("Cookie") != "session=abc123; remember=1" || len(doc.Exchanges[1].Response.Header.Values("set-cookie")) != 2 {
				t.Errorf("string headers %+v", q2.Header)
			}
			if !hasDiag(doc, message.Info, 0, "{name: value} object") || !hasDiag(doc, message.Info, 0, `"Name: value" strings`) ||
				!hasDiag(doc, message.Info, 0, "Split Set-Cookie values joined with line breaks into separate fields in 2 entries (1, 2)") {
				t.Errorf("diagnostics %+v", doc.Diagnostics)
			}
		}},
		{"request-only.har", func(t *testing.T, doc *message.Document) {
			if doc.Exchanges[0].Response != nil || doc.Exchanges[0].Request.Target != "/v1/reports/export?format=csv" {
				t.Errorf("first exchange %+v", doc.Exchanges[0])
			}
			p := doc.Exchanges[1].Response
			if p.Status != 503 || p.Version != "HTTP/3" || p.Header.Has(":status") || p.Header.Get("retry-after") != "120" {
				t.Errorf("response %+v", p)
			}
			if !hasDiag(doc, message.Warn, 6, "No response was recorded in entry 1 (GET https://api.example.com/v1/reports/export?format=csv)") || !hasDiag(doc, message.Info, 27, "Took the status from the :status pseudo-header in entry 2") {
				t.Errorf("diagnostics %+v", doc.Diagnostics)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) { tt.check(t, read(t, tt.file)) })
	}
}

func TestReadHARRefuses(t *testing.T) {
	tests := []struct {
		name, src string
		ok        bool
	}{
		{"raw http", "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"log\":1}", false},
		{"json body", `{"error":{"code":400,"message":"log is required"}}`, false},
		{"log without entries", `{"log":{"version":"1.2","creator":{"name":"x"}}}`, false},
		{"log not an object", `{"log":"entries"}`, false},
		{"entries not an array", `{"log":{"entries":{}}}`, false},
		{"array", `[{"log":{"entries":[]}}]`, false},
		{"cut before log", `{"lo`, false},
		{"empty", "", false},
		{"bom only", "\ufeff", false},
		{"empty entries", `{"log":{"entries":[]}}`, true},
		{"cut before entries", `{"log":{"version":"1.2","creator":{"name":"WebInsp`, true},
		{"syntax error in entries", "{\"log\":{\"entries\":[\n{\"request\":{\"method\":\"GET\",\"url\":\"https://a.example/x\"}},\n{\"request\" {}}]}}", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, ok := readHAR([]byte(tt.src))
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if ok && (doc == nil || doc.Format != message.FormatHAR) {
				t.Fatalf("doc %+v", doc)
			}
		})
	}
	doc, _ := readHAR([]byte("{\"log\":{\"entries\":[\n{\"request\":{\"method\":\"GET\",\"url\":\"https://a.example/x\"}},\n{\"request\" {}}]}}"))
	if len(doc.Exchanges) != 1 || len(doc.Diagnostics) < 2 || doc.Diagnostics[1].Level != message.Error ||
		!strings.Contains(doc.Diagnostics[1].Message, "line 3, column 12: expected ':' after object key") {
		t.Errorf("syntax error: %+v", doc.Diagnostics)
	}
}

func TestHARVersion(t *testing.T) {
	for in, want := range map[string]string{
		"h2": "HTTP/2", "http/2.0": "HTTP/2", "HTTP/2": "HTTP/2", "HTTP/1.1": "HTTP/1.1", "http/1.0": "HTTP/1.0",
		"h3": "HTTP/3", "h3-29": "HTTP/3", "http/2+quic/46": "HTTP/3", "": "", "spdy/3.1": "spdy/3.1",
	} {
		if got := harVersion(in); got != want {
			t.Errorf("harVersion(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHARTarget(t *testing.T) {
	for in, want := range map[string]string{
		"https://a.example/v1/x?y=1#frag": "/v1/x?y=1",
		"https://a.example":               "/",
		"https://a.example?q=1":           "/?q=1",
		"http://a.example:8080/p":         "/p",
		"/already/a/path":                 "/already/a/path",
		"":                                "",
	} {
		if got := harTarget(in); got != want {
			t.Errorf("harTarget(%q) = %q, want %q", in, got, want)
		}
	}
}

// genHAR10MB builds a HAR of about 10 MB with Chrome-like entries: pseudo
// headers, JSON bodies in plain and base64 form.
func genHAR10MB() []byte {
	var b strings.Builder
	b.WriteString(`{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[],"entries":[`)
	for i := 0; b.Len() < 10<<20; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		text, enc := `{\"id\":`+fmt.Sprint(i)+`,\"status\":\"ok\",\"items\":[1,2,3]}`, ""
		if i%2 == 1 {
			text, enc = "eyJlcnJvciI6eyJjb2RlIjo0MjIsIm1lc3NhZ2UiOiJpbnZhbGlkIn19", `,"encoding":"base64"`
		}
		fmt.Fprintf(&b, `
{"startedDateTime":"2026-05-01T10:00:00.000Z","time":12.5,
 "request":{"method":"GET","url":"https://api.example.com/v1/items/%d?page=2","httpVersion":"http/2.0",
  "headers":[{"name":":method","value":"GET"},{"name":":path","value":"/v1/items/%d?page=2"},{"name":"accept","value":"application/json"},
   {"name":"user-agent","value":"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"}],
  "queryString":[{"name":"page","value":"2"}],"cookies":[],"headersSize":-1,"bodySize":0},
 "response":{"status":200,"statusText":"","httpVersion":"http/2.0",
  "headers":[{"name":"content-type","value":"application/json"},{"name":"x-ratelimit-remaining","value":"%d"},{"name":"date","value":"Fri, 01 May 2026 10:00:00 GMT"}],
  "cookies":[],"content":{"size":48,"mimeType":"application/json","text":"%s"%s},
  "redirectURL":"","headersSize":-1,"bodySize":48,"_transferSize":300},
 "cache":{},"timings":{"send":0.1,"wait":10.0,"receive":2.4}}`, i, i, 1000-i%1000, text, enc)
	}
	b.WriteString("]}}\n")
	return []byte(b.String())
}

func BenchmarkReadHAR10MB(b *testing.B) {
	src := genHAR10MB()
	doc, ok := readHAR(src)
	if !ok || len(doc.Exchanges) == 0 || len(doc.Diagnostics) != 1 {
		b.Fatalf("ok=%v, %d exchanges, diagnostics %+v", ok, len(doc.Exchanges), doc.Diagnostics)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		readHAR(src)
	}
}

// TestReadHARPrefixes cuts each sample at every byte: reading must never
// panic, and once the entries list has begun the cut HAR is still taken as
// a HAR and the cut is reported.
func TestReadHARPrefixes(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "har", "*.har"))
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		full := len(bytes.TrimRight(src, " \r\n"))
		begun := bytes.Index(src, []byte(`"entries"`)) + len(`"entries"`)
		for n := 0; n < full; n++ {
			doc, ok := readHAR(src[:n])
			if n <= begun {
				continue
			}
			if !ok {
				t.Fatalf("%s cut at %d: not taken as a HAR", file, n)
			}
			cut := false
			for _, d := range doc.Diagnostics {
				cut = cut || strings.Contains(d.Message, "cut off")
			}
			if !cut {
				t.Fatalf("%s cut at %d: no cut-off diagnostic in %+v", file, n, doc.Diagnostics)
			}
		}
	}
}

// FuzzReadHAR checks that no paste makes readHAR panic, and that what it
// accepts is labelled a HAR. The samples are the seeds.
func FuzzReadHAR(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "har", "*.har"))
	for _, file := range files {
		if src, err := os.ReadFile(file); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte(`{"log":{"entries":[{"request":{"headers":{"a":[1,null,{}]}},"response":{"status":"2e2","headers":[":x",7,{"name":1}]}}]}}`))
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, ok := readHAR(src)
		if ok && (doc == nil || doc.Format != message.FormatHAR) {
			t.Fatalf("accepted without a HAR document: %+v", doc)
		}
	})
}
